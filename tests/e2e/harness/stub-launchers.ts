// Each browser with the throwaway stub extension instead of Parallax: for tests of the harness
// and of the browsers' own behaviour (text fragments), where Parallax must not be involved.
import { ChromiumBrowser } from './chromium.ts';
import type { TestBrowser } from './driver.ts';
import { FirefoxBrowser } from './firefox.ts';
import { STUB_POPUP, writeStubExtension } from './stub-extension.ts';

export const STUB_LAUNCHERS: [string, (dir: string) => Promise<TestBrowser>][] = [
  ['chromium', (dir) => ChromiumBrowser.launch(writeStubExtension(dir, 'chrome'), STUB_POPUP)],
  ['firefox', (dir) => FirefoxBrowser.launch(writeStubExtension(dir, 'firefox'), STUB_POPUP)],
];
