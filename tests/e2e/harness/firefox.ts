// Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi, the extension installed as
// a temporary add-on with a fixed internal UUID. See ../shared/BROWSERS.md.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { DEFAULT_TIMEOUT, pageExpression, pollInPage, VIEWPORT, type TestBrowser, type TestPage } from './driver.ts';
import { EXECUTABLES, FIREFOX_UUID, GECKO_ID } from './paths.ts';
import { tabIdFromExtensionPage } from './tab-id.ts';

const MODIFIERS = new Set(['Alt', 'Shift', 'Control', 'Meta']);

class FirefoxPage implements TestPage {
  readonly browser = 'firefox' as const;
  constructor(readonly page: Page) {}
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load', timeout: DEFAULT_TIMEOUT * 2 });
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: DEFAULT_TIMEOUT * 2 });
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
    const mods = keys.filter((k) => MODIFIERS.has(k));
    const key = keys.find((k) => !MODIFIERS.has(k));
    for (const m of mods) await this.page.keyboard.down(m as 'Alt');
    if (key) await this.page.keyboard.press(key as 'KeyN');
    for (const m of mods.reverse()) await this.page.keyboard.up(m as 'Alt');
  }
  async click(selector: string) {
    const el = await this.page.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT });
    if (!el) throw new Error(`no element matches ${selector}`);
    await el.click();
    await el.dispose();
  }
  async evaluateSource(source: string) {
    await this.page.evaluate(source);
  }
  async screenshot(path: string, fullPage = false) {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage });
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close();
  }
}

export class FirefoxBrowser implements TestBrowser {
  readonly name = 'firefox' as const;
  readonly extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  private queryPage: FirefoxPage | null = null;

  private constructor(
    readonly browser: Browser,
    private readonly queryPath: string,
  ) {}

  /** Launches headless Firefox ESR and installs the extension at `extensionDir` (absolute). */
  static async launch(extensionDir: string, queryPath: string, headless = true): Promise<FirefoxBrowser> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless,
      defaultViewport: headless ? VIEWPORT : null, // a window on screen keeps its own size
      // Needed to open moz-extension:// pages (the popup) from the driver.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      },
      timeout: DEFAULT_TIMEOUT * 2,
    });
    try {
      await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new FirefoxBrowser(browser, queryPath);
  }

  async newPage(): Promise<FirefoxPage> {
    return new FirefoxPage(await this.browser.newPage());
  }

  /**
   * Opens an extension page in a new window. Puppeteer never sees a moz-extension://
   * navigation finish, so start it without waiting and wait on the document (BROWSERS.md).
   */
  async openExtensionPage(path: string): Promise<FirefoxPage> {
    // Its own window, like a toolbar popup over the page: a tab would hide the page, and Firefox
    // does not scroll hidden tabs ("show on page").
    const page = new FirefoxPage(await this.browser.newPage({ type: 'window' }));
    const url = `${this.extensionOrigin}/${path.replace(/^\//, '')}`;
    page.page.goto(url).catch(() => {});
    // The wait may start in about:blank and lose its realm when the navigation commits: retry.
    const deadline = Date.now() + DEFAULT_TIMEOUT * 2;
    for (;;) {
      const ready = await page.page
        .evaluate((wanted: string) => location.href === wanted && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${url} did not load within ${DEFAULT_TIMEOUT * 2} ms`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
    return page;
  }

  async tabIdOf(page: TestPage): Promise<number> {
    this.queryPage ??= await this.openExtensionPage(this.queryPath);
    return tabIdFromExtensionPage(this.queryPage, page.url());
  }

  /** The event page's resource timing (http(s) requests), read through runtime.getBackgroundPage(). */
  async backgroundRequests(canary: string): Promise<string[]> {
    this.queryPage ??= await this.openExtensionPage(this.queryPath);
    return this.queryPage.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
      const background = await api.runtime.getBackgroundPage();
      if (!background) throw new Error('no background page to read');
      await (await background.fetch(url)).text();
      return background.performance.getEntriesByType('resource').map((e) => e.name);
    }, canary);
  }

  allRequests(): null {
    return null;
  }

  /** Resolves when the browser goes away (its window closed by the user, or close()). */
  whenClosed(): Promise<void> {
    return new Promise((ok) => this.browser.once('disconnected', () => ok()));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
  }
}
