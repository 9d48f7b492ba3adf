// Scenario 9: a page that attacks Parallax itself (the Gatecrash demo page, whose own scripts do
// what any page could): it defines the overlay's tag first, takes the host away, fakes or empties
// the highlights, fakes the reader's input and uses Alt+Shift+N / P for itself.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { focusedAnnotation, locateWord, openCard, parallaxView, type ParallaxView } from '../harness/page-probes.ts';
import { popupView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, noteAnnotationTime, pollUntil, waitSettled } from '../harness/waiting.ts';
import type { Suite } from './suite.ts';

const CARD_TIMEOUT = 10_000;
/** The host guard's budget (src/content/overlay.ts MAX_HOST_RESTORES). */
const MAX_HOST_RESTORES = 5;

interface Gate {
  keys: { code: string; prevented: boolean }[];
  evictions: number;
  upgrades: string[];
  suppressHighlights(): string[];
  removeHost(): boolean;
  hideHost(): boolean;
  synthesizeEscape(): void;
  synthesizePointer(x: number, y: number, ms: number): Promise<boolean>;
}

async function openGatecrash(suite: Suite, attacks: string[] = []): Promise<TestPage> {
  const page = await suite.browser.newPage();
  const query = attacks.map((a) => `attack=${a}`).join('&');
  await page.goto(suite.server.url(`${DEMO_PAGES.gatecrash}${query ? `?${query}` : ''}`));
  await page.bringToFront();
  return page;
}

async function openAnnotatedGatecrash(suite: Suite, attacks: string[] = []): Promise<TestPage> {
  const page = await openGatecrash(suite, attacks);
  const settled = await waitSettled(page);
  expect(settled.state, "Parallax's state on the Gatecrash page").toBe('ready');
  noteAnnotationTime(settled.ms);
  return page;
}

/** Where the host is: its tag and whether it sits on <html> (null when the page has none). */
function hostPlace(): { tag: string; onRoot: boolean } | null {
  const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('px-'));
  return host ? { tag: host.localName, onRoot: host.parentNode === document.documentElement } : null;
}

/** Hovers `word` with the real pointer and waits for its card; returns how long that took. */
async function hoverForCard(page: TestPage, word: string): Promise<number> {
  const at = await page.evaluate(locateWord, { word, scope: '.story-body' });
  expect(at, `"${word}" in the article`).not.toBeNull();
  const start = Date.now();
  await page.mouseMove(at!.x, at!.y);
  await page.waitFor(openCard, undefined, CARD_TIMEOUT);
  return Date.now() - start;
}

const sizes = (view: ParallaxView) => view.highlights;

export function pageAttackScenarios(get: () => Suite): void {
  describe('9. a page that attacks Parallax', () => {
    it('defined px-overlay before Parallax ran, and defines every px- tag it sees: Parallax annotates and its cards open', async () => {
      const suite = get();
      const page = await openAnnotatedGatecrash(suite, ['define']);
      const place = await page.evaluate(hostPlace);
      expect(place?.tag).toMatch(/^px-overlay-[a-z0-9]+$/);
      expect(place?.onRoot).toBe(true);
      const upgrades = await page.evaluate(() => (window as unknown as { __pxGate: Gate }).__pxGate.upgrades);
      expect(upgrades, 'the page defined the host\'s tag once it saw it').toContain(`defined ${place!.tag}`);
      await hoverForCard(page, 'Blinken');
      await page.close();
    });

    it("registers empty highlights under Parallax's names and empties its own: Parallax's are back at the reader's next move, and left alone otherwise", async () => {
      const suite = get();
      const page = await openAnnotatedGatecrash(suite);
      const before = sizes(await page.evaluate(parallaxView));
      const names = await page.evaluate(() => (window as unknown as { __pxGate: Gate }).__pxGate.suppressHighlights());
      expect(names).toEqual(expect.arrayContaining(['px-entity']));
      expect((await page.evaluate(parallaxView)).ranges, 'ranges left after the page suppressed them').toBe(0);

      await page.mouseMove(5, 5);
      const { ok, value } = await pollUntil(() => page.evaluate(parallaxView), (v) => JSON.stringify(sizes(v)) === JSON.stringify(before), CARD_TIMEOUT);
      expect(ok, `highlights after the reader's move: ${JSON.stringify(sizes(value))} vs ${JSON.stringify(before)}`).toBe(true);

      // Nothing changed since: a hover (which checks the registry first) must not register anew.
      await page.evaluate(() => {
        (window as unknown as { __pxKept: unknown }).__pxKept = CSS.highlights.get('px-entity');
      });
      await hoverForCard(page, 'Blinken');
      expect(await page.evaluate(() => CSS.highlights.get('px-entity') === (window as unknown as { __pxKept: unknown }).__pxKept)).toBe(true);
      await page.close();
    });

    it('removes the host, then hides it in an element of its own: it is back on <html> each time, and cards still open', async () => {
      const suite = get();
      const page = await openAnnotatedGatecrash(suite);
      expect(await page.evaluate(() => (window as unknown as { __pxGate: Gate }).__pxGate.removeHost())).toBe(true);
      await page.waitFor(() => {
        const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('px-'));
        return host?.parentNode === document.documentElement;
      }, undefined, CARD_TIMEOUT);
      expect(await page.evaluate(() => (window as unknown as { __pxGate: Gate }).__pxGate.hideHost())).toBe(true);
      await page.waitFor(() => {
        const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('px-'));
        return host?.parentNode === document.documentElement;
      }, undefined, CARD_TIMEOUT);
      await hoverForCard(page, 'Qureshi');
      await page.close();
    });

    it('keeps removing the host: Parallax tries a few times, then leaves the page and the popup says it could not show its cards', async () => {
      const suite = get();
      const page = await openGatecrash(suite, ['evict']);
      const popup = await suite.openPopupFor(page);
      const { ok, value } = await pollUntil(() => popup.evaluate(popupView), (v) => v.state === 'no-overlay', ANNOTATE_TIMEOUT);
      expect(ok, `popup state: ${JSON.stringify(value.state)}`).toBe(true);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="state"]')?.textContent ?? '')).toMatch(/could not show its cards on this page/);
      await popup.close();
      const evictions = await page.evaluate(() => (window as unknown as { __pxGate: Gate }).__pxGate.evictions);
      expect(evictions, 'times the page removed the host').toBe(MAX_HOST_RESTORES + 1);
      const view = await page.evaluate(parallaxView);
      expect(view.ranges, 'highlight ranges left').toBe(0);
      expect(view.hosts).toEqual([]);
      await page.close();
    });

    it("fakes the reader's input: its Escape closes no card and its pointer moves open none; the reader's do", async () => {
      const suite = get();
      const page = await openAnnotatedGatecrash(suite);
      const hoverMs = await hoverForCard(page, 'Blinken');
      const stillOpen = await page.evaluate(() => {
        (window as unknown as { __pxGate: Gate }).__pxGate.synthesizeEscape();
        const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
        return (host?.shadowRoot?.querySelectorAll('[data-px-card]').length ?? 0) > 0;
      });
      expect(stillOpen, 'a card after the page\'s synthetic Escape').toBe(true);
      await page.press(['Escape']);
      await page.waitFor(() => {
        const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
        return host?.shadowRoot?.querySelectorAll('[data-px-card]').length === 0;
      }, undefined, CARD_TIMEOUT);

      // Absence cannot be waited for: the page moves its fake pointer over a name for three times
      // as long as the reader's hover took to open a card (never less than 1 s).
      const at = await page.evaluate(locateWord, { word: 'Qureshi', scope: '.story-body' });
      await page.mouseMove(2, 2);
      const windowMs = Math.max(1_000, 3 * hoverMs);
      const watch = pollUntil(() => page.evaluate(openCard), (card) => card !== null, windowMs, 50);
      await page.evaluate((args: { x: number; y: number; ms: number }) => (window as unknown as { __pxGate: Gate }).__pxGate.synthesizePointer(args.x, args.y, args.ms), { x: at!.x, y: at!.y, ms: windowMs });
      const seen = await watch;
      expect(seen.ok ? seen.value : null, 'a card opened by synthetic pointer moves').toBeNull();
      await hoverForCard(page, 'Qureshi');
      await page.close();
    });

    it('uses Alt+Shift+N and Alt+Shift+P itself: the page gets them, Parallax does not step; the commands do', async () => {
      const suite = get();
      const page = await openAnnotatedGatecrash(suite);
      await page.mouseMove(2, 2);
      await page.press(['Alt', 'Shift', 'KeyN']);
      await page.press(['Alt', 'Shift', 'KeyP']);
      const keys = await page.waitFor(() => {
        const seen = (window as unknown as { __pxGate: Gate }).__pxGate.keys;
        return seen.length >= 2 ? seen.map((k) => ({ ...k })) : null;
      }, undefined, CARD_TIMEOUT);
      expect(keys).toEqual([{ code: 'KeyN', prevented: false }, { code: 'KeyP', prevented: false }]);
      expect(await page.evaluate(focusedAnnotation), 'px-focus after the page\'s own keys').toBeNull();

      await suite.browser.runCommand('next-annotation', page);
      const first = await page.waitFor(focusedAnnotation, undefined, CARD_TIMEOUT);
      await page.waitFor(openCard, undefined, CARD_TIMEOUT);
      await suite.browser.runCommand('next-annotation', page);
      await page.waitFor((before: number) => {
        let range: Range | null = null;
        CSS.highlights.get('px-focus')?.forEach((r) => {
          range ??= r as Range;
        });
        if (!range) return false;
        const prefix = document.createRange();
        prefix.setStart(document.body, 0);
        prefix.setEnd((range as Range).startContainer, (range as Range).startOffset);
        return prefix.toString().length > before;
      }, first.order, CARD_TIMEOUT);
      await suite.browser.runCommand('previous-annotation', page);
      await page.waitFor((wanted: number) => {
        let range: Range | null = null;
        CSS.highlights.get('px-focus')?.forEach((r) => {
          range ??= r as Range;
        });
        if (!range) return false;
        const prefix = document.createRange();
        prefix.setStart(document.body, 0);
        prefix.setEnd((range as Range).startContainer, (range as Range).startOffset);
        return prefix.toString().length === wanted;
      }, first.order, CARD_TIMEOUT);
      await page.close();
    });
  });
}
