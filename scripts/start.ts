// `npm start`: builds the extension (e2e flavour), serves the demo news site on 127.0.0.1 and
// opens Chromium with Parallax loaded on the first demo article, in a fresh temporary profile.
//   npm start -- --firefox                    the same in Firefox ESR
//   npm start -- --headless --screenshot DIR  no window: write screenshots of the annotated page,
//                                             an open hover card and the popup into DIR
//   --no-build                                use the existing dist/e2e build
// Without a display (Linux, $DISPLAY and $WAYLAND_DISPLAY unset) it says so and does the
// headless screenshot run into ./artifacts/screenshots instead of failing.
// `npm start` runs scripts/ensure-browsers.mjs first (see package.json).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { DEMO_PAGES, startDemoServer } from './demo-server.ts';
import { ChromiumBrowser } from '../tests/e2e/harness/chromium.ts';
import type { TestBrowser } from '../tests/e2e/harness/driver.ts';
import { FirefoxBrowser } from '../tests/e2e/harness/firefox.ts';
import { E2E_BUILDS, popupPath, ROOT, type BrowserName } from '../tests/e2e/harness/paths.ts';
import { captureShowcase } from '../tests/e2e/harness/showcase.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (flag('--help') || flag('-h')) {
  console.log('usage: npm start [-- --firefox] [--headless] [--screenshot DIR] [--no-build]');
  process.exit(0);
}

const browserName: BrowserName = flag('--firefox') ? 'firefox' : 'chromium';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let headless = flag('--headless');
let screenshotDir = option('--screenshot');
if (!headless && !hasDisplay) {
  screenshotDir ??= 'artifacts/screenshots';
  headless = true;
  console.log(
    `No display available ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open.\n` +
      `Running headless instead and writing screenshots to ${screenshotDir}/.`,
  );
}
if (headless) screenshotDir ??= 'artifacts/screenshots';

if (!flag('--no-build')) {
  console.log('Building the extension (npm run build:e2e)…');
  execFileSync('npm', ['run', '-s', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}
const build = E2E_BUILDS[browserName];
const popup = popupPath(build);
const server = await startDemoServer();
const articleUrl = server.url(DEMO_PAGES.blinkenHerald);

async function launch(): Promise<TestBrowser> {
  return browserName === 'firefox'
    ? FirefoxBrowser.launch(build, popup, headless)
    : ChromiumBrowser.launch(build, popup, headless);
}

let browser: TestBrowser | null = null;
const shutdown = async (code: number) => {
  await browser?.close();
  await server.close();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(130));
process.on('SIGTERM', () => void shutdown(143));

try {
  browser = await launch();
  if (headless) {
    const outDir = resolve(screenshotDir!);
    mkdirSync(outDir, { recursive: true });
    const { files, problems } = await captureShowcase(browser, articleUrl, popup, outDir);
    console.log(`Screenshots (${browserName}, headless):`);
    for (const file of files) console.log(`  ${relative(process.cwd(), file)}`);
    for (const problem of problems) console.warn(`warning: ${problem}`);
    await shutdown(problems.length ? 1 : 0);
  } else {
    const page = await browser.newPage();
    await page.goto(articleUrl);
    console.log(`Parallax is running in ${browserName} on ${articleUrl}`);
    console.log(`More demo pages: ${server.origin}/  (the same site on ${server.localhostOrigin}/ is not enabled until you switch it on)`);
    console.log('Close the browser window or press Ctrl+C to stop.');
    await browser.whenClosed();
    await shutdown(0);
  }
} catch (error) {
  console.error(`npm start failed: ${(error as Error).message}`);
  await shutdown(1);
}
