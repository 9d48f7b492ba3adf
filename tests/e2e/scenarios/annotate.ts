// Scenarios 1 and 2: the demo article is annotated without touching the page's DOM; hovering a
// name opens its card, Escape closes it, the "next annotation" command (Alt+Shift+N unless the
// reader rebinds it) steps through the annotations.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { domSnapshots, focusedAnnotation, focusedInViewport, highlightTexts, locateWord, openCard, openCardSettled, parallaxView } from '../harness/page-probes.ts';
import { firstDifference, noteAnnotationTime, waitSettled } from '../harness/waiting.ts';
import type { Suite } from './suite.ts';

const CARD_TIMEOUT = 10_000;

/** Opens the first demo article and waits for Parallax to finish with it. */
export async function openAnnotatedArticle(suite: Suite, path: string = DEMO_PAGES.blinkenHerald): Promise<TestPage> {
  const page = await suite.browser.newPage();
  await page.goto(suite.server.url(path));
  const settled = await waitSettled(page);
  expect(settled.state, `Parallax's state on ${path}`).toBe('ready');
  noteAnnotationTime(settled.ms);
  return page;
}

export function annotateScenarios(get: () => Suite): void {
  describe('1. the demo article is annotated, its DOM untouched', () => {
    it('highlights quotes and names through CSS.highlights and one px- host on <html>', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      const view = await page.evaluate(parallaxView);
      expect(view.hosts, 'exactly one px- element, a child of <html>').toHaveLength(1);
      expect(view.hosts[0]).toMatchObject({ tag: expect.stringMatching(/^px-overlay-[a-z0-9]+$/), parentIsRoot: true, state: 'ready' });
      expect(Number(view.hosts[0]!.annotations), 'data-px-annotations').toBeGreaterThan(0);
      expect(view.highlights['px-entity'] ?? 0, 'px-entity ranges').toBeGreaterThan(0);
      const quoteRanges = Object.entries(view.highlights).filter(([n]) => /^px-quote-[0-7]$/.test(n));
      expect(quoteRanges.reduce((sum, [, size]) => sum + size, 0), 'px-quote-N ranges').toBeGreaterThan(0);

      const names = await page.evaluate(highlightTexts, 'px-entity');
      expect(names.some((t) => t.includes('Blinken')), `names highlighted: ${names.join(', ')}`).toBe(true);
      expect(names.some((t) => t.includes('Qureshi')), `names highlighted: ${names.join(', ')}`).toBe(true);
      const quotes = await page.evaluate(highlightTexts, 'px-quote');
      expect(quotes.some((t) => t.includes('Any legitimacy')), `quotes highlighted: ${quotes.join(' | ')}`).toBe(true);

      const dom = await page.evaluate(domSnapshots);
      expect(firstDifference(dom.now, dom.before), 'the page DOM apart from the px- host').toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('mark, [class^="px-"], [data-px]').length)).toBe(0);

      await page.evaluate(locateWord, { word: 'The Taliban seek', scope: '.story-body' });
      await page.screenshot(suite.shot('annotated-page'));
      await page.close();
    });
  });

  describe('2. hover card, Escape, keyboard stepping', () => {
    it('hovering "Blinken" opens a card with his role; Escape closes it', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      await page.bringToFront();
      const at = await page.evaluate(locateWord, { word: 'Blinken', scope: '.story-body' });
      expect(at, 'the word "Blinken" in the article').not.toBeNull();
      await page.mouseMove(at!.x, at!.y);
      await page.waitFor(() => {
        const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
        return host?.shadowRoot?.querySelector('[data-px-card-kind="entity"]') ?? null;
      }, undefined, CARD_TIMEOUT);
      const card = await page.evaluate(openCard);
      expect(card, 'an open card').not.toBeNull();
      expect(card!.kind).toBe('entity');
      expect(card!.role).toBe('dialog');
      expect(card!.label ?? '').toMatch(/Blinken/);
      expect(card!.text).toMatch(/Antony Blinken/);
      expect(card!.text).toMatch(/Secretary of State/);
      suite.notes.cardStyleOnDemoArticle = card!.style;
      await page.waitFor(openCardSettled, undefined, CARD_TIMEOUT);
      await page.screenshot(suite.shot('hover-card'));

      await page.press(['Escape']);
      await page.waitFor(() => {
        const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
        const cards = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-px-card]')] : [];
        return cards.every((c) => c.getBoundingClientRect().width === 0 || getComputedStyle(c).visibility === 'hidden');
      }, undefined, CARD_TIMEOUT);
      await page.close();
    });

    it('the next-annotation command steps to the next annotation in reading order, scrolls to it and opens its card', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      await page.bringToFront();
      await page.mouseMove(2, 2);
      await suite.browser.runCommand('next-annotation', page);
      const first = await page.waitFor(focusedAnnotation, undefined, CARD_TIMEOUT);
      // Scrolling may be smooth: wait for the passage to arrive in view.
      await page.waitFor(focusedInViewport, undefined, CARD_TIMEOUT);
      await page.waitFor(openCard, undefined, CARD_TIMEOUT);

      await suite.browser.runCommand('next-annotation', page);
      const second = await page.waitFor(
        (before: number) => {
          const highlight = CSS.highlights.get('px-focus');
          let range: Range | null = null;
          highlight?.forEach((r) => {
            range ??= r as Range;
          });
          if (!range) return null;
          const prefix = document.createRange();
          prefix.setStart(document.body, 0);
          prefix.setEnd((range as Range).startContainer, (range as Range).startOffset);
          const order = prefix.toString().length;
          return order > before ? { text: (range as Range).toString(), order } : null;
        },
        first.order,
        CARD_TIMEOUT,
      );
      expect(second.order, `next after "${first.text}" is "${second.text}"`).toBeGreaterThan(first.order);
      expect(await page.evaluate(openCard), 'a card for the focused annotation').not.toBeNull();
      await page.waitFor(openCardSettled, undefined, CARD_TIMEOUT);
      await page.screenshot(suite.shot('keyboard-step'));
      await page.close();
    });
  });
}
