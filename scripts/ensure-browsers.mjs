#!/usr/bin/env node
// Makes sure Debian's Chromium and Firefox ESR are present for the real-browser tests and the
// demo. Installs them through the system package manager when we are root on Debian/Ubuntu;
// otherwise stops and prints the exact command to run. Never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const browsers = [
  { name: 'chromium', path: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium' },
  { name: 'firefox-esr', path: process.env.PARALLAX_FIREFOX ?? '/usr/bin/firefox-esr' },
];
const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((b) => b.name).join(' ');
const command = `apt-get install --no-install-recommends ${packages}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Parallax needs ${packages} for its browser tests and demo.\nRun: sudo ${command}`);
  process.exit(1);
}
console.error(`Installing ${packages} with apt-get (one-time, about a minute)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((b) => b.name)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
} catch {
  console.error(`Installing failed. Run: ${command}`);
  process.exit(1);
}
