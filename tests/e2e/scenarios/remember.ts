// Scenario 10 (issue 11): remember what I read. Outlet A's article on one demo site (localhost,
// switched on, "remember" switched on in the popup), then outlet B's telling of the same story on
// another (127.0.0.1, remembering off): B's notes (a different figure, a quote in other words)
// come from A. Forgetting A in the popup takes them away. Across it all, Parallax makes no
// request to anything but the demo server. The popup's new panels are checked with axe-core and
// photographed; so is an open hover card.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { seriousViolations } from '../harness/axe.ts';
import { locateWord, openCardSettled } from '../harness/page-probes.ts';
import { popupSettled, popupView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil, waitSettled } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';
import { flipSiteSwitch, restoreSiteSwitch } from './switching.ts';

function rememberedPanel(): { count: string | null; toggle: string | null; stories: string[]; articles: { id: string | null; text: string }[]; usage: string | null } {
  return {
    stories: [...document.querySelectorAll('[data-testid="remembered-story"]')].map((s) => s.textContent ?? ''),
    count: document.querySelector('[data-testid="remembered-count"]')?.textContent ?? null,
    toggle: document.querySelector('[data-testid="remember-toggle"]')?.getAttribute('aria-checked') ?? null,
    articles: [...document.querySelectorAll('[data-testid="remembered-article"]')].map((a) => ({ id: a.getAttribute('data-article-id'), text: a.textContent ?? '' })),
    usage: document.querySelector('[data-testid="remembered-usage"]')?.textContent ?? null,
  };
}

function openRememberedPanel(): boolean {
  const details = document.querySelector('[data-testid="remembered"]') as HTMLDetailsElement | null;
  if (!details) return false;
  if (!details.open) details.querySelector('summary')?.click();
  return details.open;
}

/** Fails on any request, from the background, the popups or the pages, to anything but the demo server. */
async function expectNoOutsideRequests(suite: Suite, pages: TestPage[]): Promise<void> {
  const allowed = (url: string) =>
    url.startsWith(suite.browser.extensionOrigin) || url.startsWith(suite.server.origin) || url.startsWith(suite.server.localhostOrigin) ||
    /^(data|blob|about):/.test(url);
  // Chromium reports every request of its pages and service worker to the driver; Firefox's event
  // page is read through its resource timing. A request the test makes from the background itself
  // must be among them, or this check would be watching nothing.
  const canary = suite.server.url('/assets/page-probe.js?px-canary');
  const seen = await suite.browser.backgroundRequests(canary);
  expect(seen.includes(canary), `the background's requests are watched: ${seen.slice(-5).join(', ')}`).toBe(true);
  for (const page of pages) seen.push(...(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))));
  expect(seen.filter((u) => !allowed(u)), 'requests to anything but the demo server').toEqual([]);
}

export function rememberScenarios(get: () => Suite): void {
  describe('10. remember what I read', () => {
    it('A read with "remember" on one site; B on another shows notes from A; forgetting A takes them away; no request leaves the machine', async () => {
      const suite = get();
      const a = await suite.browser.newPage();
      await a.goto(suite.server.localhostOrigin + DEMO_PAGES.ferryLedger);
      let b: TestPage | null = null;
      try {
        await flipSiteSwitch(suite, a, 'true');
        expect((await waitSettled(a)).state).toBe('ready');

        const popupA = await suite.openPopupFor(a);
        await pollUntil(() => popupA.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
        expect((await popupA.evaluate(rememberedPanel)).toggle, 'remembering is off by default').toBe('false');
        await popupA.click('[data-testid="remember-toggle"]');
        const { value: remembered, ok } = await pollUntil(() => popupA.evaluate(rememberedPanel), (p) => p.toggle === 'true' && p.count === '1', ANNOTATE_TIMEOUT);
        expect(ok, `A remembered once "remember" is on: ${JSON.stringify(remembered)}`).toBe(true);
        await popupA.waitFor(openRememberedPanel);
        const { value: listed } = await pollUntil(() => popupA.evaluate(rememberedPanel), (p) => p.articles.length === 1 && p.usage !== null, ANNOTATE_TIMEOUT);
        expect(listed.stories[0]).toMatch(/^Ferry crews end nine-day strike on Lake Orlen.*The Lakeside Ledger · .*2026.*Forget/);
        await popupA.screenshot(suite.shot('remembered-popup'));
        await popupA.screenshot(suite.shot('remembered-popup-full'), true);
        expect(await seriousViolations(popupA, 'document'), 'axe: the popup with its remembered panel').toEqual([]);
        await popupA.close();

        // Outlet B, on 127.0.0.1 (remembering off there): its notes come from A.
        b = await openAnnotatedArticle(suite, DEMO_PAGES.ferryObserver);
        const popupB = await suite.openPopupFor(b);
        const { value: withNotes, ok: noted } = await pollUntil(
          () => popupB.evaluate(popupView),
          (v) => v.differences.some((d) => d.kind === 'number') && v.differences.some((d) => d.kind === 'quote-wording'),
          ANNOTATE_TIMEOUT,
        );
        expect(noted, `B's notes: ${JSON.stringify(withNotes.differences.map((d) => d.kind))}`).toBe(true);
        expect(withNotes.outlets.some((o) => o.includes('The Lakeside Ledger')), `outlets: ${withNotes.outlets.join(' | ')}`).toBe(true);
        expect(withNotes.differences.find((d) => d.kind === 'number')!.text).toMatch(/1,400.*1,200|1,200.*1,400/);
        expect((await b.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('px-diff')))).length, 'differences marked on B').toBeGreaterThan(0);
        expect((await popupB.evaluate(rememberedPanel)).count, 'B is not remembered (its site does not remember)').toBe('1');
        await popupB.screenshot(suite.shot('remembered-notes-popup'), true);
        expect(await seriousViolations(popupB, 'document'), 'axe: the popup with notes from a remembered article').toEqual([]);

        // The hover card of B's different figure, checked with axe-core.
        await b.bringToFront();
        const at = await b.evaluate(locateWord, { word: '1,400', scope: '.story-body' });
        expect(at, 'the figure "1,400" on B').not.toBeNull();
        await b.mouseMove(at!.x, at!.y);
        await b.waitFor(openCardSettled, undefined, 10_000);
        expect(await seriousViolations(b, 'card'), 'axe: an open hover card').toEqual([]);
        await b.screenshot(suite.shot('remembered-notes-card'));

        // Forget A: B is analysed again and its notes go.
        await popupB.waitFor(openRememberedPanel);
        await pollUntil(() => popupB.evaluate(rememberedPanel), (p) => p.articles.length === 1, ANNOTATE_TIMEOUT);
        await popupB.click('[data-testid="forget-article"]');
        const { ok: gone, value: after } = await pollUntil(
          () => popupB.evaluate(popupView),
          (v) => v.state === 'no-story' && v.differences.length === 0,
          ANNOTATE_TIMEOUT,
        );
        expect(gone, `B after forgetting A: ${JSON.stringify(after)}`).toBe(true);
        const { ok: emptied } = await pollUntil(() => popupB.evaluate(rememberedPanel), (p) => p.count === '0' && p.articles.length === 0, ANNOTATE_TIMEOUT);
        expect(emptied, 'nothing remembered any more').toBe(true);
        await popupB.close();

        await expectNoOutsideRequests(suite, [a, b]);
      } finally {
        await restoreRemember(suite, a);
        await restoreSiteSwitch(suite, a, false);
        await b?.close();
        await a.close();
      }
    });
  });
}

/** Leaves remembering off and nothing remembered, so later scenarios see the corpus they expect. */
async function restoreRemember(suite: Suite, page: TestPage): Promise<void> {
  const popup = await suite.openPopupFor(page).catch(() => null);
  if (!popup) return;
  try {
    await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.runtime.sendMessage({ type: 'setRemember', site: 'localhost', on: false });
      await api.runtime.sendMessage({ type: 'forgetRemembered', scope: 'all' });
    });
  } finally {
    await popup.close();
  }
}
