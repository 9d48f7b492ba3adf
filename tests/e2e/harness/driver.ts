// One small driver interface over Playwright (Chromium) and Puppeteer over WebDriver BiDi
// (Firefox), so every scenario is written once and run in both browsers.
import type { BrowserName } from './paths.ts';

export interface TestPage {
  readonly browser: BrowserName;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  /** Runs a script's source in the page's main world (e.g. a library such as axe-core). */
  evaluateSource(source: string): Promise<void>;
  /** Runs `fn` in the page's own (main) world; `fn` must not close over anything. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value (returned), or throws after `timeoutMs`. */
  waitFor<R, A = undefined>(fn: (arg: A) => R, arg?: A, timeoutMs?: number): Promise<NonNullable<R>>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key with modifiers, e.g. ['Alt', 'Shift', 'KeyN'] or ['Escape']. */
  press(keys: string[]): Promise<void>;
  /** A real pointer click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  /** A real click on `selector` that downloads a file: the file's suggested name and its text. */
  clickToDownload(selector: string): Promise<{ name: string; text: string }>;
  /** Chooses the file at `path` (absolute) in the file input `selector`, as the reader's file picker would. */
  uploadFile(selector: string, path: string): Promise<void>;
  /** A real click on `selector` (a link that opens a new tab): the page it opened, loaded. */
  clickToOpenPage(selector: string): Promise<TestPage>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  readonly extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens `path` of the extension (e.g. the popup) in a new tab and waits for its DOM. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The browser's tab id for a page (asked from an extension page). */
  tabIdOf(page: TestPage): Promise<number>;
  /**
   * The http(s) requests the extension's background made, as the driver can see them: it first
   * fetches `canary` from the background itself, so a caller can tell that the watch works.
   */
  backgroundRequests(canary: string): Promise<string[]>;
  /** Every request the browser saw since launch, where the driver can watch them (Chromium: pages and workers); else null. */
  allRequests(): string[] | null;
  /**
   * Runs one of the extension's keyboard commands for `page`'s tab, from the extension's side:
   * a headless browser delivers no real command shortcut, so this calls the background's command
   * handler (the e2e build exposes it as `__pxE2E.onCommand`) as the browser would.
   */
  runCommand(command: string, page: TestPage): Promise<void>;
  whenClosed(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT = 15_000;
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * A function and its JSON argument as one expression for the page. Tools like tsx (esbuild
 * keepNames) wrap inner functions in `__name(...)`, which the page does not have: the
 * expression defines a do-nothing one around the call.
 */
export function pageExpression(fn: (arg: never) => unknown, arg: unknown, wrapAsync = false): string {
  const call = `(${String(fn)})(${arg === undefined ? '' : JSON.stringify(arg)})`;
  return wrapAsync
    ? `(async () => { const __name = (f) => f; return await ${call}; })()`
    : `(() => { const __name = (f) => f; return ${call}; })()`;
}

/**
 * Polls `fn` in the page from Node until it returns a truthy value. Polling from outside (rather
 * than the drivers' own wait functions) survives navigations and reloads, and works in extension
 * pages, whose CSP forbids the string evaluation that in-page waiting would need.
 */
export async function pollInPage<R>(
  evaluateExpression: (expression: string) => Promise<unknown>,
  describe: () => string,
  fn: (arg: never) => R,
  arg: unknown,
  timeoutMs: number,
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  // A DOM node cannot cross to Node as a value: report it as `true`.
  const expression = `(() => { const v = ${pageExpression(fn as never, arg)}; return v instanceof Node ? true : v; })()`;
  let lastError = '';
  for (;;) {
    try {
      const value = (await evaluateExpression(expression)) as R;
      if (value) return value as NonNullable<R>;
      lastError = '';
    } catch (error) {
      lastError = `; last error: ${(error as Error).message.split('\n')[0]}`;
    }
    if (Date.now() > deadline) {
      const what = `${String(fn).replace(/\s+/g, ' ').slice(0, 160)}${arg === undefined ? '' : ` (${JSON.stringify(arg)})`}`;
      throw new Error(`waited ${timeoutMs} ms in ${describe()} for ${what}${lastError}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
