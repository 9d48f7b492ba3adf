// One browser per test file: launched in beforeAll with its own e2e build, the demo site served
// on a random port, closed in afterAll. Scenario groups share it through `Suite`.
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server.ts';
import type { TestBrowser, TestPage } from '../harness/driver.ts';
import type { OpenCard } from '../harness/page-probes.ts';
import { artifactsDir, E2E_BUILDS, popupPath, type BrowserName } from '../harness/paths.ts';

export interface Suite<B extends TestBrowser = TestBrowser> {
  name: BrowserName;
  browser: B;
  server: DemoServer;
  /** The popup's path in this build (from the manifest's action.default_popup). */
  popupPath: string;
  /** artifacts/e2e/<browser>/NAME.png */
  shot(name: string): string;
  /** Opens the popup as an extension page for `page`'s tab, sized like a toolbar popup. */
  openPopupFor(page: TestPage): Promise<TestPage>;
  /** Filled by earlier scenarios for later ones. */
  notes: { cardStyleOnDemoArticle?: OpenCard['style'] };
}

export const POPUP_SIZE = { width: 420, height: 640 };

export function useSuite<B extends TestBrowser>(
  name: BrowserName,
  launch: (buildDir: string, popupPath: string) => Promise<B>,
): () => Suite<B> {
  let suite: Suite<B> | null = null;
  beforeAll(async () => {
    const build = E2E_BUILDS[name];
    const popup = popupPath(build);
    const server = await startDemoServer();
    let browser: B;
    try {
      browser = await launch(build, popup);
    } catch (error) {
      await server.close();
      throw error;
    }
    const dir = artifactsDir(name);
    suite = {
      name,
      browser,
      server,
      popupPath: popup,
      shot: (file) => join(dir, `${file}.png`),
      openPopupFor: async (page) => {
        const tabId = await browser.tabIdOf(page);
        const popupPage = await browser.openExtensionPage(`${popup}?tab=${tabId}`);
        await popupPage.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
        return popupPage;
      },
      notes: {},
    };
  });
  afterAll(async () => {
    await suite?.browser.close();
    await suite?.server.close();
  });
  return () => {
    if (!suite) throw new Error(`the ${name} suite did not start (see beforeAll's error)`);
    return suite;
  };
}
