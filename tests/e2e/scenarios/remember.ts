// Scenario 11 (issue 11): remember what I read. Outlet A's article (the demo server's outlets are
// paths on 127.0.0.1, "remember" switched on there in the popup), then outlet B's telling of the
// same story: B's notes (a different figure, a quote in other words) come from A, and the quote's
// evidence link opens A at the passage. Forgetting A in
// the popup takes them away. (localhost would be a second site, but once a test switched it off,
// Firefox has taken its permission back and a popup opened as a page, without the toolbar's
// activeTab, cannot see its tabs' addresses to offer the switch again.) Across it all, Parallax makes no
// request to anything but the demo server. The popup's new panels are checked with axe-core and
// photographed; so is an open hover card.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { seriousViolations } from '../harness/axe.ts';
import { locateWord, openCardSettled, textInViewport } from '../harness/page-probes.ts';
import { evidenceLinks, popupSettled, popupView, tagEvidenceLink } from '../harness/popup-probes.ts';
import { decodeTextDirective } from '../../../src/core/anchor/text-fragment.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';

export function rememberedPanel(): { count: string | null; toggle: string | null; stories: string[]; articles: { id: string | null; text: string }[]; usage: string | null } {
  return {
    stories: [...document.querySelectorAll('[data-testid="remembered-story"]')].map((s) => s.textContent ?? ''),
    count: document.querySelector('[data-testid="remembered-count"]')?.textContent ?? null,
    toggle: document.querySelector('[data-testid="remember-toggle"]')?.getAttribute('aria-checked') ?? null,
    articles: [...document.querySelectorAll('[data-testid="remembered-article"]')].map((a) => ({ id: a.getAttribute('data-article-id'), text: a.textContent ?? '' })),
    usage: document.querySelector('[data-testid="remembered-usage"]')?.textContent ?? null,
  };
}

/** Ranges under `px-diff…` highlights in the page (read from the page's shared registry). */
export function diffRanges(): number {
  let n = 0;
  CSS.highlights.forEach((h, name) => void (name.startsWith('px-diff') && (n += h.size)));
  return n;
}

export function openRememberedPanel(): boolean {
  const details = document.querySelector('[data-testid="remembered"]') as HTMLDetailsElement | null;
  if (!details) return false;
  if (!details.open) details.querySelector('summary')?.click();
  return details.open;
}

/** Fails on any request, from the background, the popups or the pages, to anything but the demo server. */
export async function expectNoOutsideRequests(suite: Suite, pages: TestPage[]): Promise<void> {
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
  describe('11. remember what I read', () => {
    it('A read with "remember" on; B, another outlet, shows notes from A; forgetting A takes them away; no request leaves the machine', async () => {
      const suite = get();
      const a = await openAnnotatedArticle(suite, DEMO_PAGES.ferryLedger);
      let b: TestPage | null = null;
      try {

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

        // Outlet B: its notes come from A.
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
        expect(await b.evaluate(diffRanges), 'differences marked on B').toBeGreaterThan(0);
        // The quote worded differently links to A's article, and a real click opens A at that passage.
        const aUrl = suite.server.url(DEMO_PAGES.ferryLedger);
        const links = await popupB.evaluate(evidenceLinks);
        const wording = links.find((l) => l.kind === 'quote-wording' && l.href.startsWith(`${aUrl}#:~:text=`));
        expect(wording, `B's evidence links: ${JSON.stringify(links)}`).toBeTruthy();
        expect(wording!.text).toMatch(/^Read in The Lakeside Ledger, .*2026 \(opens in a new tab\) ↗$/);
        const passage = decodeTextDirective(wording!.href.split('#:~:')[1]!)!.start;
        expect(await popupB.evaluate(tagEvidenceLink, { kind: 'quote-wording', prefix: aUrl })).toBe(true);
        const opened = await popupB.clickToOpenPage('[data-e2e-target="evidence-link"]');
        try {
          await opened.waitFor(textInViewport, passage, 10_000);
          expect(opened.url().split('#')[0]).toBe(aUrl);
        } finally {
          await opened.close();
        }
        const { ok: both } = await pollUntil(() => popupB.evaluate(rememberedPanel), (p) => p.count === '2', ANNOTATE_TIMEOUT);
        expect(both, 'B remembered too (same site)').toBe(true);
        await popupB.screenshot(suite.shot('remembered-notes-popup'), true);
        expect(await seriousViolations(popupB, 'document'), 'axe: the popup with notes from a remembered article').toEqual([]);

        // The hover card of B's reworded quote, checked with axe-core.
        await b.bringToFront();
        // (The figure note is listed as possible, not marked: the card is the reworded quote's.)
        const at = await b.evaluate(locateWord, { word: 'deck', scope: '.story-body' });
        expect(at, 'the reworded quote ("… on each deck") on B').not.toBeNull();
        await b.mouseMove(at!.x, at!.y);
        await b.waitFor(openCardSettled, undefined, 10_000);
        expect(await seriousViolations(b, 'card'), 'axe: an open hover card').toEqual([]);
        await b.screenshot(suite.shot('remembered-notes-card'));

        // Forget A: B is analysed again and its notes go.
        await popupB.waitFor(openRememberedPanel);
        const { value: panel } = await pollUntil(() => popupB.evaluate(rememberedPanel), (p) => p.articles.length === 2, ANNOTATE_TIMEOUT);
        const aId = panel.articles.find((x) => x.text.includes('The Lakeside Ledger'))?.id;
        expect(aId, `A in the panel: ${JSON.stringify(panel.articles)}`).toBeTruthy();
        await popupB.click(`[data-article-id="${aId}"] [data-testid="forget-article"]`);
        const { ok: gone, value: after } = await pollUntil(
          () => popupB.evaluate(popupView),
          (v) => v.differences.length === 0 && !v.outlets.some((o) => o.includes('The Lakeside Ledger')) && (v.state !== null || v.storyTitle !== null),
          ANNOTATE_TIMEOUT,
        );
        expect(gone, `B after forgetting A: ${JSON.stringify(after)}`).toBe(true);
        await b.waitFor(() => (() => {
          let n = 0;
          CSS.highlights.forEach((h, name) => void (name.startsWith('px-diff') && (n += h.size)));
          return n === 0;
        })(), undefined, ANNOTATE_TIMEOUT);
        const { ok: onlyB } = await pollUntil(() => popupB.evaluate(rememberedPanel), (p) => p.count === '1' && p.articles.length === 1, ANNOTATE_TIMEOUT);
        expect(onlyB, 'only B remembered now').toBe(true);
        await popupB.close();

        await expectNoOutsideRequests(suite, [a, b]);
      } finally {
        await restoreRemember(suite, a);
        await b?.close();
        await a.close();
      }
    });
  });
}

/** Leaves remembering off and nothing remembered, so later scenarios see the corpus they expect. */
export async function restoreRemember(suite: Suite, page: TestPage): Promise<void> {
  const popup = await suite.openPopupFor(page).catch(() => null);
  if (!popup) return;
  try {
    await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.runtime.sendMessage({ type: 'setRemember', site: '127.0.0.1', on: false });
      await api.runtime.sendMessage({ type: 'forgetRemembered', scope: 'all' });
    });
  } finally {
    await popup.close();
  }
}
