// `npm run package`: rebuilds the production extension (`npm run build`) and writes
// parallax-chrome-VERSION.zip and parallax-firefox-VERSION.zip from dist/chrome and dist/firefox.
// Refuses to package a build that carries loopback hosts, source maps with absolute paths, or
// files outside the build folder (symlinks). Options: --out DIR (default: the repository root),
// --no-build (package the builds as they are).
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

export const ROOT = resolve(import.meta.dirname, '..');
export const TARGETS = [
  { browser: 'chrome', dir: 'dist/chrome' },
  { browser: 'firefox', dir: 'dist/firefox' },
] as const;

/** Hosts that only the e2e build may carry. */
export const LOOPBACK = /(^|[/.])(127\.0\.0\.1|localhost|\[::1\])([:/]|$)/;

export function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new Error(`${path} is a symbolic link: the package must hold only the build's own files`);
    if (stat.isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

/** What makes a build unfit to ship; empty when it is fine. */
export function buildProblems(dir: string): string[] {
  const problems: string[] = [];
  const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const patterns = [
    ...((manifest.host_permissions as string[] | undefined) ?? []),
    ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
    ...(((manifest.content_scripts as { matches?: string[] }[] | undefined) ?? []).flatMap((c) => c.matches ?? [])),
    ...(((manifest.web_accessible_resources as { matches?: string[] }[] | undefined) ?? []).flatMap((w) => w.matches ?? [])),
  ];
  for (const pattern of patterns) if (LOOPBACK.test(pattern)) problems.push(`manifest.json lists the test host ${pattern}`);
  for (const file of listFiles(dir)) {
    const rel = relative(dir, file);
    if (!rel.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources?: string[]; sourceRoot?: string; file?: string };
    const paths = [...(map.sources ?? []), map.sourceRoot ?? '', map.file ?? ''];
    if (paths.some((p) => /^(\/|[A-Za-z]:[\\/]|file:)/.test(p) || p.includes(ROOT))) problems.push(`${rel} holds absolute source paths`);
  }
  return problems;
}

/** Zips every file of `dir` (paths relative to it, forward slashes, fixed timestamps). */
export function zipDirectory(dir: string): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date('2021-09-08T00:00:00Z');
  for (const file of listFiles(dir)) {
    entries[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

export function packageName(browser: string, version: string): string {
  return `parallax-${browser}-${version}.zip`;
}

/** Builds (unless `build` is false) and zips both browsers' builds into `outDir`. */
export function packageAll(outDir: string, build: boolean, quiet = false): string[] {
  if (build) {
    try {
      execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`npm run build failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
    }
  }
  const written: string[] = [];
  for (const target of TARGETS) {
    const dir = join(ROOT, target.dir);
    const problems = buildProblems(dir);
    if (problems.length) throw new Error(`${target.dir} cannot be packaged:\n  ${problems.join('\n  ')}`);
    const version = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;
    const out = join(outDir, packageName(target.browser, version));
    writeFileSync(out, zipDirectory(dir));
    written.push(out);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = resolve(outIndex >= 0 ? args[outIndex + 1]! : ROOT);
  try {
    for (const file of packageAll(outDir, !args.includes('--no-build'))) {
      console.log(`${relative(process.cwd(), file) || file} (${Math.round(lstatSync(file).size / 1024)} KB)`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
