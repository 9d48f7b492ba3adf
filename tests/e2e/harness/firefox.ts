// Firefox ESR (Debian's) through puppeteer-core over WebDriver BiDi, the extension installed as
// a temporary add-on with a fixed internal UUID. See ../shared/BROWSERS.md.
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT, pageExpression, pollInPage, VIEWPORT, type TestBrowser, type TestPage } from './driver.ts';
import { EXECUTABLES, FIREFOX_UUID, freshTempDir, GECKO_ID } from './paths.ts';
import { tabIdFromExtensionPage } from './tab-id.ts';

const MODIFIERS = new Set(['Alt', 'Shift', 'Control', 'Meta']);

class FirefoxPage implements TestPage {
  readonly browser = 'firefox' as const;
  constructor(
    readonly page: Page,
    private readonly downloads: string,
  ) {}
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
  /** Firefox saves downloads into the profile's download folder without asking: wait for the file. */
  async clickToDownload(selector: string) {
    const before = new Set(readdirSync(this.downloads));
    await this.click(selector);
    const deadline = Date.now() + DEFAULT_TIMEOUT;
    let lastSize = -1;
    for (;;) {
      const name = readdirSync(this.downloads).find((f) => !before.has(f) && !f.endsWith('.part'));
      const partial = readdirSync(this.downloads).some((f) => f.endsWith('.part'));
      if (name && !partial) {
        const size = statSync(join(this.downloads, name)).size;
        if (size > 0 && size === lastSize) return { name, text: readFileSync(join(this.downloads, name), 'utf8') };
        lastSize = size;
      }
      if (Date.now() > deadline) throw new Error(`no download appeared in ${this.downloads} within ${DEFAULT_TIMEOUT} ms`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  /** WebDriver BiDi's input.setFiles, through Puppeteer. */
  async uploadFile(selector: string, path: string) {
    const el = await this.page.waitForSelector(selector, { timeout: DEFAULT_TIMEOUT });
    if (!el) throw new Error(`no element matches ${selector}`);
    await (el as ElementHandle<HTMLInputElement>).uploadFile(path);
    await el.dispose();
  }
  /**
   * Puppeteer over BiDi is not told about a tab that a link in an extension page opens, so the
   * tab is found through the tabs API, and read through `scripting.executeScript` from this
   * (extension) page: the same observables, reached another way.
   */
  async clickToOpenPage(selector: string) {
    const tabIds = () => this.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((t) => t.id!));
    const before = new Set(await tabIds());
    await this.click(selector);
    const deadline = Date.now() + DEFAULT_TIMEOUT * 2;
    for (;;) {
      const tabs = await this.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).map((t) => ({ id: t.id!, url: t.url ?? '', status: t.status ?? '' })));
      const opened = tabs.find((t) => !before.has(t.id) && /^https?:/.test(t.url) && t.status === 'complete');
      if (opened) return new ExtensionReadTab(this, opened.id) as unknown as TestPage;
      if (Date.now() > deadline) throw new Error(`no tab opened by ${selector}: ${JSON.stringify(tabs)}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  async bringToFront() {
    await this.page.bringToFront();
  }
  async close() {
    await this.page.close();
  }
}

/** A tab the driver cannot see, read from an extension page (see `clickToOpenPage`). */
class ExtensionReadTab {
  readonly browser = 'firefox' as const;
  private lastUrl = '';
  constructor(
    private readonly extensionPage: FirefoxPage,
    private readonly tabId: number,
  ) {}
  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const expression = `(async () => {
      const api = globalThis.browser;
      const tab = await api.tabs.get(${this.tabId});
      const [result] = await api.scripting.executeScript({ target: { tabId: ${this.tabId} }, func: (${String(fn)}), args: [${JSON.stringify(arg ?? null)}] });
      return { url: tab.url, value: result ? result.result : undefined };
    })()`;
    const { url, value } = (await this.extensionPage.page.evaluate(expression)) as { url: string; value: R };
    this.lastUrl = url;
    return value;
  }
  async waitFor<R, A>(fn: (arg: A) => R, arg?: A, timeoutMs = DEFAULT_TIMEOUT): Promise<NonNullable<R>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate(fn, arg).catch(() => null);
      if (value) return value as NonNullable<R>;
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms in tab ${this.tabId} (${this.lastUrl}) for ${String(fn).slice(0, 120)}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  url() {
    return this.lastUrl;
  }
  async close() {
    await this.extensionPage.page.evaluate(`globalThis.browser.tabs.remove(${this.tabId})`);
  }
}

export class FirefoxBrowser implements TestBrowser {
  readonly name = 'firefox' as const;
  readonly extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  private queryPage: FirefoxPage | null = null;

  private constructor(
    readonly browser: Browser,
    private readonly queryPath: string,
    /** Where Firefox saves downloads (set in the profile's prefs at launch). */
    readonly downloads: string,
  ) {}

  /** Launches headless Firefox ESR and installs the extension at `extensionDir` (absolute). */
  static async launch(extensionDir: string, queryPath: string, headless = true): Promise<FirefoxBrowser> {
    const downloads = freshTempDir('firefox-downloads');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless,
      defaultViewport: headless ? VIEWPORT : null, // a window on screen keeps its own size
      // Needed to open moz-extension:// pages (the popup) from the driver.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Downloads go straight to a folder the tests read, with no dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
      },
      timeout: DEFAULT_TIMEOUT * 2,
    });
    try {
      await browser.installExtension(extensionDir);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new FirefoxBrowser(browser, queryPath, downloads);
  }

  async newPage(): Promise<FirefoxPage> {
    return new FirefoxPage(await this.browser.newPage(), this.downloads);
  }

  /**
   * Opens an extension page in a new window. Puppeteer never sees a moz-extension://
   * navigation finish, so start it without waiting and wait on the document (BROWSERS.md).
   */
  async openExtensionPage(path: string): Promise<FirefoxPage> {
    // Its own window, like a toolbar popup over the page: a tab would hide the page, and Firefox
    // does not scroll hidden tabs ("show on page").
    const page = new FirefoxPage(await this.browser.newPage({ type: 'window' }), this.downloads);
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
    return tabIdFromExtensionPage(this.queryPage, page);
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

  /** Firefox's background is an event page: an extension page reaches it with runtime.getBackgroundPage(). */
  async runCommand(command: string, page: TestPage): Promise<void> {
    const tabId = await this.tabIdOf(page);
    await this.queryPage!.evaluate(async ({ command, tabId }: { command: string; tabId: number }) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as { __pxE2E?: { onCommand(command: string, tab: { id: number }): Promise<void> } } | null;
      if (!background?.__pxE2E) throw new Error('no __pxE2E in the background page: is this the e2e build?');
      await background.__pxE2E.onCommand(command, { id: tabId });
    }, { command, tabId });
  }

  /** Resolves when the browser goes away (its window closed by the user, or close()). */
  whenClosed(): Promise<void> {
    return new Promise((ok) => this.browser.once('disconnected', () => ok()));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    rmSync(this.downloads, { recursive: true, force: true });
  }
}
