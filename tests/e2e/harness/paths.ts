// Where the end-to-end suite finds the builds, the browsers and where it writes artifacts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Each browser tests its own e2e build (`npm run build:e2e`). */
export const E2E_BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, 'dist/e2e/chrome'),
  firefox: join(ROOT, 'dist/e2e/firefox'),
};

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.PARALLAX_FIREFOX ?? '/usr/bin/firefox-esr',
};

/** The Firefox add-on id fixed by the manifest (CONTRACT.md). */
export const GECKO_ID = 'parallax@parallax.example';
/** A fixed internal UUID, so the suite knows the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '7d2f3b1c-5a4e-4c8b-9f60-2b1d0e9a7c41';

export function artifactsDir(browser: BrowserName): string {
  const dir = join(ROOT, 'artifacts/e2e', browser);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A fresh temporary folder (profiles, stub extensions) under the system temp dir. */
export function freshTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `parallax-${prefix}-`));
}

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  action?: { default_popup?: string };
  [key: string]: unknown;
}

export function readManifest(buildDir: string): BuiltManifest {
  const path = join(buildDir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(`No extension build at ${buildDir}: run \`npm run build:e2e\` first (npm test does).`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/** The popup's path inside the build, from `action.default_popup` (never hard-coded). */
export function popupPath(buildDir: string): string {
  const popup = readManifest(buildDir).action?.default_popup;
  if (!popup) throw new Error(`${buildDir}/manifest.json has no action.default_popup`);
  return popup.replace(/^\//, '');
}
