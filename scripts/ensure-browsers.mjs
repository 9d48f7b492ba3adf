#!/usr/bin/env node
// Makes sure Debian's Chromium and Firefox ESR are present for the real-browser tests, the demo
// (`npm start`) and `npm run bench:browser`. When one is missing: as root on Debian or Ubuntu,
// installs it with apt-get (the way `playwright install --with-deps` would); otherwise stops and
// prints the exact command to run. Never downloads a browser of its own.
//   node scripts/ensure-browsers.mjs [chromium] [firefox-esr]   (default: both)
// PARALLAX_CHROMIUM / PARALLAX_FIREFOX point at other executables.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ALL = [
  { name: 'chromium', path: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium' },
  { name: 'firefox-esr', path: process.env.PARALLAX_FIREFOX ?? '/usr/bin/firefox-esr' },
];
const wanted = process.argv.slice(2);
const browsers = wanted.length ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((b) => b.name);
const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const hasApt = existsSync('/usr/bin/apt-get');

console.error(`Parallax needs ${packages.join(' and ')} for its browser tests, the demo and the browser benchmark.`);
if (!isRoot || !hasApt || !debianLike) {
  const how = hasApt && debianLike ? `sudo apt-get update && sudo ${command}` : `install ${packages.join(' and ')} with your system's package manager`;
  console.error(`Run: ${how}\n(or point PARALLAX_CHROMIUM / PARALLAX_FIREFOX at the executables), then try again.`);
  process.exit(1);
}
console.error(`Installing ${packages.join(' ')} with apt-get (one time, about a minute)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
} catch {
  console.error(`Installing failed. Run: apt-get update && ${command}`);
  process.exit(1);
}
const still = missing.filter((b) => !existsSync(b.path));
if (still.length) {
  console.error(`apt-get finished but ${still.map((b) => b.path).join(' and ')} is still missing (on Ubuntu, chromium is a snap: set PARALLAX_CHROMIUM to a Chromium executable).`);
  process.exit(1);
}
console.error('Browsers installed.');
