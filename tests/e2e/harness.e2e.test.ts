// The harness itself, against a throwaway stub extension: proves that each browser starts
// headless here, loads an unpacked MV3 extension, runs its content script on the demo site,
// opens extension pages and finds tab ids, so a failure in the Parallax scenarios is Parallax's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, startDemoServer, type DemoServer } from '../../scripts/demo-server.ts';
import { ChromiumBrowser } from './harness/chromium.ts';
import type { TestBrowser } from './harness/driver.ts';
import { freshTempDir } from './harness/paths.ts';
import { STUB_POPUP, writeStubExtension } from './harness/stub-extension.ts';
import { STUB_LAUNCHERS } from './harness/stub-launchers.ts';

let server: DemoServer;
const temp = freshTempDir('stub');

beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe.each(STUB_LAUNCHERS)('harness in %s', (name, launch) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(join(temp, name));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs the stub content script on the demo article and reads the shared highlight registry', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(DEMO_PAGES.blinkenHerald));
    const ranges = await page.waitFor(() => document.querySelector('px-stub')?.getAttribute('data-ranges'));
    expect(Number(ranges)).toBeGreaterThan(5);
    const size = await page.evaluate(() => CSS.highlights.get('px-stub')?.size ?? 0);
    expect(size).toBe(Number(ranges));
    await page.close();
  });

  it('opens an extension page for a tab and finds that tab id', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(DEMO_PAGES.sectionFront));
    const tabId = await browser.tabIdOf(page);
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.openExtensionPage(`${STUB_POPUP}?tab=${tabId}`);
    expect(await popup.waitFor(() => document.getElementById('tab')?.textContent)).toBe(String(tabId));
    await popup.close();
    await page.close();
  });

  it('reaches localhost on the same port, where the stub does not run', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.localhostOrigin}${DEMO_PAGES.blinkenHerald}`);
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toContain('Pakistan');
    expect(await page.evaluate(() => document.querySelector('px-stub'))).toBeNull();
    await page.close();
  });
});

describe('harness: Chromium service worker restart', () => {
  it('stops the worker through CDP and a new page load starts a fresh one', async () => {
    const browser = await ChromiumBrowser.launch(writeStubExtension(join(temp, 'restart'), 'chrome'), STUB_POPUP);
    try {
      const page = await browser.newPage();
      await page.goto(server.url(DEMO_PAGES.blinkenHerald));
      const first = await page.waitFor(() => document.querySelector('px-stub')?.getAttribute('data-worker-started'));
      await browser.stopServiceWorker();
      await page.goto(server.url(DEMO_PAGES.blinkenCourier));
      const second = await page.waitFor(() => document.querySelector('px-stub')?.getAttribute('data-worker-started'));
      expect(second).not.toBe(first);
    } finally {
      await browser.close();
    }
  });
});
