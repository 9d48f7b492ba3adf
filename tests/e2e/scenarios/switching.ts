// Scenarios 4 and 5: the site switch removes and restores every annotation live; a page that is
// not an article, and a site that is not enabled, get nothing (until switched on).
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { domSnapshots, parallaxView } from '../harness/page-probes.ts';
import { popupSettled, popupView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, firstDifference, pollUntil, waitSettled, watchForAnnotations } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';

/** Opens the popup for `page`, flips the site switch with a real click, and closes the popup. */
export async function flipSiteSwitch(suite: Suite, page: TestPage, expected: 'true' | 'false'): Promise<void> {
  const popup = await suite.openPopupFor(page);
  const { ok, value } = await pollUntil(() => popup.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
  expect(ok, `the popup before flipping the site switch: ${JSON.stringify(value)}`).toBe(true);
  await popup.click('[data-testid="site-toggle"]');
  await popup.waitFor(
    (want: string) => document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') === want,
    expected,
  );
  await popup.close();
}

/** Leaves the site switched `on` whatever happened, so that one failure does not cascade. */
export async function restoreSiteSwitch(suite: Suite, page: TestPage, on: boolean): Promise<void> {
  const popup = await suite.openPopupFor(page).catch(() => null);
  if (!popup) return;
  try {
    const { value } = await pollUntil(() => popup.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
    if (value.siteToggle !== null && (value.siteToggle === 'true') !== on) await popup.click('[data-testid="site-toggle"]');
  } catch {
    // Best effort: the test's own failure is what matters.
  } finally {
    await popup.close();
  }
}

/** The popup's view of `page`'s tab once it has rendered a state or a story. */
async function popupFor(suite: Suite, page: TestPage) {
  const popup = await suite.openPopupFor(page);
  const { value } = await pollUntil(() => popup.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
  return { popup, view: value };
}

export function switchingScenarios(get: () => Suite): void {
  describe('4. switching the site off and on', () => {
    it('removes every annotation at once without a reload, keeps it off on reload, restores it when switched on', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      const on = await page.evaluate(parallaxView);
      expect(on.ranges).toBeGreaterThan(0);
      try {
        await flipSiteSwitch(suite, page, 'false');
        // "At once": the first change seen from outside is already the end state.
        const { value: firstChange } = await pollUntil(() => page.evaluate(parallaxView), (v) => v.ranges !== on.ranges, 10_000, 20);
        expect(firstChange.ranges, 'highlight ranges left at the first change').toBe(0);
        expect(firstChange.hosts.every((h) => h.state === 'off'), `px- elements left: ${JSON.stringify(firstChange.hosts)}`).toBe(true);
        const dom = await page.evaluate(domSnapshots);
        expect(firstDifference(dom.now, dom.before), 'the page DOM after switching off vs before Parallax').toBeNull();

        await page.reload();
        expect(await watchForAnnotations(page), 'annotations after a reload with the site off').toBeNull();
        const offView = await popupFor(suite, page);
        expect(offView.view.siteToggle).toBe('false');
        await offView.popup.close();

        await flipSiteSwitch(suite, page, 'true');
        const back = await waitSettled(page);
        expect(back.state).toBe('ready');
        expect(back.view.ranges, 'ranges after switching back on').toBe(on.ranges);
      } finally {
        await restoreSiteSwitch(suite, page, true);
        await page.close();
      }
    });
  });

  describe('5. pages Parallax must leave alone', () => {
    it('the section front (not an article) gets nothing, and the popup says so', async () => {
      const suite = get();
      const page = await suite.browser.newPage();
      await page.goto(suite.server.url(DEMO_PAGES.sectionFront));
      expect(await watchForAnnotations(page), 'annotations on the section front').toBeNull();
      const view = await page.evaluate(parallaxView);
      expect(view.hosts, 'px- elements on the section front').toEqual([]);
      const dom = await page.evaluate(domSnapshots);
      expect(firstDifference(dom.now, dom.before)).toBeNull();
      const { popup, view: shown } = await popupFor(suite, page);
      expect(shown.state).toBe('not-article');
      await popup.close();
      await page.close();
    });

    it('an article on a site not enabled (localhost) gets nothing until switched on from the popup', async () => {
      const suite = get();
      const page = await suite.browser.newPage();
      await page.goto(suite.server.localhostOrigin + DEMO_PAGES.blinkenHerald);
      try {
        expect(await watchForAnnotations(page), 'annotations on localhost before switching on').toBeNull();
        expect((await page.evaluate(parallaxView)).hosts).toEqual([]);
        const { popup, view } = await popupFor(suite, page);
        expect(view.siteToggle, 'site switch for localhost').toBe('false');
        expect(view.state).toBe('site-off');
        await popup.close();

        await flipSiteSwitch(suite, page, 'true');
        const settled = await waitSettled(page);
        expect(settled.state).toBe('ready');
        expect(settled.view.ranges).toBeGreaterThan(0);
        await page.screenshot(suite.shot('localhost-switched-on'));

      } finally {
        await restoreSiteSwitch(suite, page, false);
        await page.close();
      }
    });
  });
}
