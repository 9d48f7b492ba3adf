// Scenario 6: the hostile page. Payloads in quotes and names never run, the page keeps working,
// Parallax's card keeps its look under `* { all: unset }`, no long task is Parallax's, no hang.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import type { TestPage } from '../harness/driver.ts';
import { injectedMarkup, locateWord, openCard, openCardSettled } from '../harness/page-probes.ts';
import { popupSettled, popupView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil, waitSettled } from '../harness/waiting.ts';
import type { Suite } from './suite.ts';

/** Parallax's synchronous steps: a long task overlapping one of them is Parallax's. */
const SYNC_STEPS = ['px:detect', 'px:extract', 'px:anchor', 'px:highlight'];

interface Blocking {
  start: number;
  duration: number;
}

/** Long tasks (Chromium) or heartbeat gaps (Firefox) and the px: measures, from the page. */
function mainThreadRecord(steps: string[]) {
  const probe = (window as unknown as { __pxDemo: { longTaskApi: boolean; longTasks: Blocking[]; gaps: Blocking[] } }).__pxDemo;
  const measures = performance
    .getEntriesByType('measure')
    .filter((m) => m.name.startsWith('px:'))
    .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
  // Plain copies: WebDriver BiDi serialises page objects by value, and only plain ones reliably.
  const plain = (xs: Blocking[]) => xs.map((x) => ({ start: Number(x.start), duration: Number(x.duration) }));
  return {
    source: probe.longTaskApi ? 'longtask' : 'heartbeat',
    blocking: plain(probe.longTaskApi ? probe.longTasks : probe.gaps),
    measures,
    // Copies, not the same objects twice: BiDi sends a repeated object as a reference that arrives empty.
    syncSteps: measures.filter((m) => steps.includes(m.name)).map((m) => ({ ...m })),
  };
}

/** Blocking periods over 50 ms that overlap one of Parallax's synchronous steps (named). */
export function attributeToParallax(record: ReturnType<typeof mainThreadRecord>): (Blocking & { steps: string })[] {
  return record.blocking
    .filter((b) => b.duration > 50)
    .map((b) => ({
      ...b,
      steps: record.syncSteps
        .filter((m) => b.start < m.start + m.duration && m.start < b.start + b.duration)
        .map((m) => `${m.name} ${m.start.toFixed(0)}+${m.duration.toFixed(0)}`)
        .join(', '),
    }))
    .filter((b) => b.steps !== '');
}

async function respondsWithin(page: TestPage, ms: number): Promise<boolean> {
  const answer = page.evaluate(() => 1).then(() => true);
  const timeout = new Promise<boolean>((ok) => setTimeout(() => ok(false), ms));
  return Promise.race([answer, timeout]);
}

export function hostileScenarios(get: () => Suite): void {
  describe('6. the hostile page', () => {
    it('runs no payload, keeps the page working, keeps the card look, causes no long task, does not hang', async () => {
      const suite = get();
      const page = await suite.browser.newPage();
      await page.goto(suite.server.url(DEMO_PAGES.hostile));
      await page.bringToFront();
      const nodes = await page.evaluate(() => {
        let n = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) n++;
        return n;
      });
      expect(nodes, 'nodes in the hostile page').toBeGreaterThanOrEqual(50_000);
      const settled = await waitSettled(page);
      expect(['ready', 'empty'], `state ${settled.state}`).toContain(settled.state);

      // The page still works: its timer ticks, its button answers.
      const ticks = await page.evaluate(() => (window as unknown as { __pxDemo: { ticks: number } }).__pxDemo.ticks);
      await page.waitFor((t: number) => (window as unknown as { __pxDemo: { ticks: number } }).__pxDemo.ticks >= t + 5, ticks);
      await page.click('#load-more');
      await page.waitFor(() => document.getElementById('clicks')?.textContent === '1');

      // A name outside the rewritten paragraph opens a card that keeps its own look.
      const at = await page.evaluate(locateWord, { word: 'Maas', scope: '#story' });
      expect(at).not.toBeNull();
      await page.mouseMove(at!.x, at!.y);
      const card = await page.waitFor(openCard, undefined, 10_000);
      expect(Number.parseFloat(card.style.fontSize), 'card font size under `* { font-size: 44px }`').toBeLessThan(24);
      expect(card.style.fontFamily).not.toMatch(/DejaVu Serif/);
      expect(card.style.background).not.toBe('rgb(255, 246, 168)');
      const reference = suite.notes.cardStyleOnDemoArticle;
      if (reference) {
        expect({ fontSize: card.style.fontSize, fontFamily: card.style.fontFamily, color: card.style.color, background: card.style.background }).toEqual({
          fontSize: reference.fontSize,
          fontFamily: reference.fontFamily,
          color: reference.color,
          background: reference.background,
        });
      }
      await page.waitFor(openCardSettled, undefined, 10_000);
      await page.screenshot(suite.shot('hostile-card'));

      // Let the popup render every quote and name of this page too, then look for payloads.
      const popup = await suite.openPopupFor(page);
      await pollUntil(() => popup.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
      const inPopup = await popup.evaluate(injectedMarkup);
      expect(inPopup.elements, 'payload elements in the popup').toEqual([]);
      await popup.screenshot(suite.shot('hostile-popup'), true);
      await popup.close();
      await page.bringToFront();

      const injected = await page.evaluate(injectedMarkup);
      expect(injected.executed, 'payloads that ran').toEqual([]);
      expect(injected.title).not.toMatch(/PWNED/);
      expect(injected.elements, 'payload elements in the page or the overlay').toEqual([]);

      const record = await page.evaluate(mainThreadRecord, SYNC_STEPS);
      expect(record.syncSteps.length, `px: measures seen: ${record.measures.map((m) => m.name).join(', ')}`).toBeGreaterThan(0);
      const timeline = record.measures.map((m) => `${m.name} ${m.start.toFixed(0)}+${m.duration.toFixed(0)}`).join('; ');
      expect(attributeToParallax(record), `blocking periods (${record.source}) overlapping Parallax's steps; px: measures: ${timeline}`).toEqual([]);
      expect(await respondsWithin(page, 5_000), 'the tab answers within 5 s').toBe(true);
      await page.close();
    });
  });
}
