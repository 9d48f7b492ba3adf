// Scenario 3: the popup, opened as an extension page for the article's tab, shows the story,
// the other outlets, the speakers and the quote-wording difference; "show on page" scrolls.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { popupView, tagShowOnPage, type PopupView } from '../harness/popup-probes.ts';
import { textInViewport } from '../harness/page-probes.ts';
import { ROOT } from '../harness/paths.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';

/** The other outlet of the Blinken story, as the bundled corpus metadata names it. */
function otherOutletName(): string | null {
  const file = join(ROOT, 'seeds/documents.json');
  if (!existsSync(file)) return null;
  const documents = (JSON.parse(readFileSync(file, 'utf8')) as { documents: { id: string; outlet: string }[] }).documents;
  return documents.find((d) => d.id.startsWith('003_'))?.outlet ?? null;
}

const SPEAKERS = ['antony-blinken', 'shah-mahmood-qureshi', 'heiko-maas'];

function complete(view: PopupView): boolean {
  return (
    Boolean(view.storyTitle) &&
    view.outlets.length > 0 &&
    SPEAKERS.every((id) => view.speakers.some((s) => s.id === id)) &&
    view.speakers.some((s) => s.anonymous) &&
    view.differences.some((d) => d.kind === 'quote-wording')
  );
}

export function popupScenarios(get: () => Suite): void {
  describe('3. the popup for the demo article', () => {
    it('shows the story, the other outlets, the speakers and the marked quote-wording difference; "show on page" scrolls', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      const popup = await suite.openPopupFor(page);
      const { value: view } = await pollUntil(() => popup.evaluate(popupView), complete, ANNOTATE_TIMEOUT);

      expect(view.storyTitle, 'story title').toBeTruthy();
      expect(view.outlets.length, `outlets: ${view.outlets.join(' | ')}`).toBeGreaterThan(0);
      const outlet = otherOutletName();
      if (outlet) {
        const shortName = outlet.split(' ').slice(0, 3).join(' ');
        expect(view.outlets.some((o) => o.includes(shortName)), `outlets: ${view.outlets.join(' | ')}`).toBe(true);
      }
      const ids = view.speakers.map((s) => `${s.id}${s.anonymous ? ' (anonymous)' : ''}`).join(', ');
      for (const id of SPEAKERS) expect(view.speakers.some((s) => s.id === id), `speaker cards: ${ids}`).toBe(true);
      const anonymous = view.speakers.find((s) => s.anonymous);
      expect(anonymous, `an anonymous speaker card among: ${ids}`).toBeDefined();
      expect(anonymous!.text).toMatch(/official/i);

      const wording = view.differences.find((d) => d.kind === 'quote-wording' && /legitimacy/i.test(d.text));
      expect(wording, `quote-wording differences: ${JSON.stringify(view.differences.map((d) => d.kind))}`).toBeDefined();
      expect(wording!.here.join(' '), 'changed words here').toMatch(/seek|earned|any/i);
      expect(wording!.there.join(' '), 'changed words there').toMatch(/looking|fought|all/i);
      const blinken = view.speakers.find((s) => s.id === 'antony-blinken')!;
      expect(blinken.elsewhereMarks.here + blinken.elsewhereMarks.there, 'marked words in Blinken\'s "how others quoted it"').toBeGreaterThan(0);
      await popup.screenshot(suite.shot('popup'));
      await popup.screenshot(suite.shot('popup-full'), true);

      // Start far from the passage, then ask the popup to show it.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(textInViewport, 'Any legitimacy')).toBe(false);
      expect(await popup.evaluate(tagShowOnPage, { kind: 'quote-wording', contains: 'legitimacy' }), 'a "show on page" button').toBe(true);
      await popup.click('[data-e2e-target="show-on-page"]');
      await page.bringToFront();
      await page.waitFor(textInViewport, 'Any legitimacy', 10_000);
      await popup.close();
      await page.close();
    });
  });
}
