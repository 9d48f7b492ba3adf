// Chromium (Debian's) through playwright-core, with the extension loaded unpacked into a fresh
// persistent profile (extensions need one). See ../shared/BROWSERS.md.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { DEFAULT_TIMEOUT, pageExpression, pollInPage, VIEWPORT, type TestBrowser, type TestPage } from './driver.ts';
import { EXECUTABLES, freshTempDir } from './paths.ts';
import { tabIdFromExtensionPage } from './tab-id.ts';

class ChromiumPage implements TestPage {
  readonly browser = 'chromium' as const;
  constructor(readonly page: Page) {}
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  url() {
    return this.page.url();
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(pageExpression(fn as never, arg, true)) as Promise<R>;
  }
  waitFor<R, A>(fn: (arg: A) => R, arg?: A, timeoutMs = DEFAULT_TIMEOUT): Promise<NonNullable<R>> {
    return pollInPage((e) => this.page.evaluate(e), () => this.url(), fn as never, arg, timeoutMs) as Promise<NonNullable<R>>;
  }
  async mouseMove(x: number, y: number) {
    await this.page.mouse.move(x, y, { steps: 4 });
  }
  async press(keys: string[]) {
    await this.page.keyboard.press(keys.join('+'));
  }
  async click(selector: string) {
    await this.page.click(selector, { timeout: DEFAULT_TIMEOUT });
  }
  async evaluateSource(source: string) {
    await this.page.evaluate(source);
  }
  async screenshot(path: string, fullPage = false) {
    await this.page.screenshot({ path, fullPage });
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async clickToDownload(selector: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: DEFAULT_TIMEOUT }), this.page.click(selector, { timeout: DEFAULT_TIMEOUT })]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
  async uploadFile(selector: string, path: string) {
    await this.page.setInputFiles(selector, path, { timeout: DEFAULT_TIMEOUT });
  }
  async clickToOpenPage(selector: string) {
    const [opened] = await Promise.all([this.page.context().waitForEvent('page', { timeout: DEFAULT_TIMEOUT }), this.page.click(selector, { timeout: DEFAULT_TIMEOUT })]);
    await opened.waitForLoadState('load');
    return new ChromiumPage(opened);
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close();
  }
}

export class ChromiumBrowser implements TestBrowser {
  readonly name = 'chromium' as const;
  private queryPage: ChromiumPage | null = null;
  private readonly requests: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly extensionOrigin: string,
    private readonly profile: string,
    private readonly queryPath: string,
  ) {}

  /** Launches headless Chromium with the unpacked extension at `extensionDir` (absolute). */
  static async launch(extensionDir: string, queryPath: string, headless = true): Promise<ChromiumBrowser> {
    const profile = freshTempDir('chromium-profile');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLES.chromium,
      headless,
      viewport: headless ? VIEWPORT : null, // a window on screen keeps its own size
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
    });
    const worker = await ChromiumBrowser.serviceWorkerOf(context);
    const origin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())![0];
    const browser = new ChromiumBrowser(context, origin, profile, queryPath);
    context.on('request', (request) => browser.requests.push(request.url()));
    return browser;
  }

  static async serviceWorkerOf(context: BrowserContext): Promise<Worker> {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? (await context.waitForEvent('serviceworker', { timeout: DEFAULT_TIMEOUT }));
  }

  async newPage(): Promise<ChromiumPage> {
    return new ChromiumPage(await this.context.newPage());
  }

  async openExtensionPage(path: string): Promise<ChromiumPage> {
    const page = await this.newPage();
    await page.goto(`${this.extensionOrigin}/${path.replace(/^\//, '')}`);
    return page;
  }

  async tabIdOf(page: TestPage): Promise<number> {
    this.queryPage ??= await this.openExtensionPage(this.queryPath);
    return tabIdFromExtensionPage(this.queryPage, page);
  }

  /** The service worker's requests reach the context's `request` event. */
  async backgroundRequests(canary: string): Promise<string[]> {
    const worker = await ChromiumBrowser.serviceWorkerOf(this.context);
    await worker.evaluate(async (url) => void (await fetch(url)).text(), canary);
    return [...this.requests];
  }

  allRequests(): string[] {
    return [...this.requests];
  }

  async runCommand(command: string, page: TestPage): Promise<void> {
    const tabId = await this.tabIdOf(page);
    const worker = await this.runningWorker();
    await worker.evaluate(async ({ command, tabId }) => {
      const hooks = (globalThis as { __pxE2E?: { onCommand(command: string, tab: { id: number }): Promise<void> } }).__pxE2E;
      if (!hooks) throw new Error('no __pxE2E in the service worker: is this the e2e build?');
      await hooks.onCommand(command, { id: tabId });
    }, { command, tabId });
  }

  /** The extension's service worker, woken (by a message from an extension page) if it was stopped. */
  private async runningWorker(): Promise<Worker> {
    const running = this.context.serviceWorkers().find((w) => w.url().startsWith(this.extensionOrigin));
    if (running) return running;
    const started = this.context.waitForEvent('serviceworker', { timeout: DEFAULT_TIMEOUT });
    this.queryPage ??= await this.openExtensionPage(this.queryPath);
    await this.queryPage.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
    return started;
  }

  /**
   * Stops the extension's service worker through CDP (`Target.closeTarget` on its target, as
   * Chrome's own docs do to simulate the browser ending an idle worker; `ServiceWorker.
   * stopAllWorkers` was seen to leave it running) and waits until it is gone.
   */
  async stopServiceWorker(): Promise<void> {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const cdp = await this.context.newCDPSession(page);
    try {
      const ours = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(this.extensionOrigin),
        );
      for (const target of await ours()) await cdp.send('Target.closeTarget', { targetId: target.targetId });
      const deadline = Date.now() + DEFAULT_TIMEOUT;
      while ((await ours()).length > 0) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await new Promise((ok) => setTimeout(ok, 50));
      }
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  /** Resolves when the browser goes away (its window closed by the user, or close()). */
  whenClosed(): Promise<void> {
    return new Promise((ok) => this.context.once('close', () => ok()));
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    rmSync(this.profile, { recursive: true, force: true });
  }
}
