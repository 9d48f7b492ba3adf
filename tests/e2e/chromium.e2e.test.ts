// Parallax's e2e build (dist/e2e/chrome) in headless Chromium: scenarios 1–6, 8 and 9, and 7, the
// service worker stopped between two page loads.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/demo-server.ts';
import { ChromiumBrowser } from './harness/chromium.ts';
import { parallaxView } from './harness/page-probes.ts';
import { sharedScenarios } from './scenarios/all.ts';
import { openAnnotatedArticle } from './scenarios/annotate.ts';
import { useSuite } from './scenarios/suite.ts';

const suite = useSuite('chromium', (build, popup) => ChromiumBrowser.launch(build, popup));

describe('Parallax in Chromium', () => {
  sharedScenarios(suite);

  describe('7. the background survives a service worker restart', () => {
    it('annotates the next page after the worker was stopped through CDP', async () => {
      const { browser } = suite();
      const page = await openAnnotatedArticle(suite());
      await browser.stopServiceWorker();
      const after = await openAnnotatedArticle(suite(), DEMO_PAGES.blinkenCourier);
      expect((await after.evaluate(parallaxView)).ranges).toBeGreaterThan(0);
      await after.close();
      await page.close();
    });
  });
});
