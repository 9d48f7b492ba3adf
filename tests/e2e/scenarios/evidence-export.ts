// Scenario 8: evidence links and the export. Outlet B's article (the demo site's own rewrite) is
// added to the reader's corpus; on outlet A's article the popup's quote-wording note then links to
// B's passage with a text fragment, and a real click opens B scrolled to it. The popup's "Export
// annotations" downloads a .jsonld file that is a valid W3C Web Annotation collection.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import { decodeTextDirective } from '../../../src/core/anchor/text-fragment.ts';
import { checkCollection } from '../../core/export/web-annotation-schema.ts';
import { cardEvidenceLinks, locateBadge, openCardSettled, textInViewport } from '../harness/page-probes.ts';
import { clearMyCorpus, evidenceLinks, tagEvidenceLink, type EvidenceLinkView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';

/** Words of the rewrite's version of Blinken's legitimacy remark (our own text, on the demo site). */
const PASSAGE_START = 'The Taliban want legitimacy';

export function evidenceAndExportScenarios(get: () => Suite): void {
  describe('8. evidence links and the export', () => {
    it('"Export annotations" downloads the page\'s annotations as a valid JSON-LD file', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      const popup = await suite.openPopupFor(page);
      try {
        await popup.waitFor(() => document.querySelector('[data-testid="export-annotations"]') && document.querySelector('[data-testid="speaker-card"]'), undefined, ANNOTATE_TIMEOUT);
        const file = await popup.clickToDownload('[data-testid="export-annotations"]');
        expect(file.name).toMatch(/^parallax-127\.0\.0\.1-.+\.jsonld$/);
        const doc = JSON.parse(file.text) as { total: number; first: { items: { body: { value: string }[]; target: { source: string } }[] } };
        const checked = checkCollection(doc);
        expect(checked.ok ? [] : checked.issues).toEqual([]);
        expect(doc.total).toBeGreaterThan(10);
        const pageUrl = page.url().split('#')[0];
        expect(doc.first.items.every((a) => a.target.source === pageUrl)).toBe(true);
        expect(doc.first.items.some((a) => a.body.some((b) => b.value === 'Antony Blinken'))).toBe(true);
        const status = await popup.evaluate(() => document.querySelector('[data-testid="export-status"]')?.textContent ?? null);
        expect(status).toBe(`Saved ${doc.total} annotations as ${file.name}.`);
        await popup.screenshot(suite.shot('popup-export'));
      } finally {
        await popup.close();
        await page.close();
      }
    });

    it('a difference links to its passage in the other outlet\'s article, which opens scrolled to it', async () => {
      const suite = get();
      const otherUrl = suite.server.url(DEMO_PAGES.blinkenMeridian);
      const other = await openAnnotatedArticle(suite, DEMO_PAGES.blinkenMeridian);
      const otherPopup = await suite.openPopupFor(other);
      try {
        await otherPopup.waitFor(() => document.querySelector('[data-testid="add-to-corpus"]:not([disabled])'), undefined, ANNOTATE_TIMEOUT);
        await otherPopup.click('[data-testid="add-to-corpus"]');
        await otherPopup.waitFor(() => document.querySelector('[data-testid="add-confirmation"]'), undefined, ANNOTATE_TIMEOUT);

        const page = await openAnnotatedArticle(suite);
        const popup = await suite.openPopupFor(page);
        const wanted = (links: EvidenceLinkView[]) => links.some((l) => l.kind === 'quote-wording' && l.href.startsWith(`${otherUrl}#:~:text=`));
        const { value: links, ok } = await pollUntil(() => popup.evaluate(evidenceLinks), wanted, ANNOTATE_TIMEOUT);
        expect(ok, `evidence links: ${JSON.stringify(links)}`).toBe(true);
        for (const link of links) {
          expect(link.href, link.text).toMatch(/^https?:\/\/[^#]+#:~:text=[^#\s]+$/);
          expect(link.target).toBe('_blank');
          expect(link.rel).toBe('noopener noreferrer');
          expect(link.text).toMatch(/^Read in .+, .*2021 \(opens in a new tab\) ↗$/);
        }
        const wording = links.find((l) => l.kind === 'quote-wording' && l.href.startsWith(otherUrl))!;
        const directive = decodeTextDirective(wording.href.split('#:~:')[1]!);
        expect(directive?.start, wording.href).toMatch(/^The Taliban want/);
        expect(links.some((l) => l.kind === 'elsewhere' && l.href.startsWith(otherUrl)), 'a speaker card\'s "how others quoted it" link').toBe(true);
        await popup.screenshot(suite.shot('popup-evidence'), true);

        // The page's card for that difference offers the same link.
        await page.bringToFront();
        const outletName = /^Read in (.+?), (?=\d{1,2} \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2}, \d{4})/u.exec(wording.text)?.[1] ?? wording.text;
        const badge = await page.waitFor(locateBadge, outletName, ANNOTATE_TIMEOUT);
        await page.mouseMove(badge.x, badge.y);
        const cardLinks = await page.waitFor((prefix: string) => {
          const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
          const links = [...(host?.shadowRoot?.querySelectorAll('[data-px-card] a[data-px-evidence]') ?? [])];
          return links.some((a) => (a.getAttribute('href') ?? '').startsWith(prefix)) ? links.length : null;
        }, `${otherUrl}#:~:text=`, 10_000);
        expect(cardLinks).toBeGreaterThan(0);
        for (const link of await page.evaluate(cardEvidenceLinks)) {
          expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
          expect(link.text).toMatch(new RegExp(`^Read in ${outletName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .*2021 \\(opens in a new tab\\)$`));
        }
        await page.waitFor(openCardSettled, undefined, 10_000);
        await page.screenshot(suite.shot('card-evidence'));

        // Without the fragment the passage is below the fold; through the link it is in view.
        const plain = await suite.browser.newPage();
        await plain.goto(otherUrl);
        expect(await plain.evaluate(textInViewport, PASSAGE_START), 'the passage starts out of view').toBe(false);
        await plain.close();

        expect(await popup.evaluate(tagEvidenceLink, { kind: 'quote-wording', prefix: otherUrl })).toBe(true);
        // A real click opens a new tab at the link, scrolled to the passage.
        const opened = await popup.clickToOpenPage('[data-e2e-target="evidence-link"]');
        try {
          await opened.waitFor(textInViewport, PASSAGE_START, 10_000);
          expect(await opened.evaluate(() => scrollY)).toBeGreaterThan(0);
          expect(opened.url().split('#')[0]).toBe(otherUrl);
        } finally {
          await opened.close();
        }
        // So does the address itself, typed or pasted (and this page can be photographed in both).
        const direct = await suite.browser.newPage();
        try {
          await direct.goto(wording.href);
          await direct.waitFor(textInViewport, PASSAGE_START, 10_000);
          expect(await direct.evaluate(() => scrollY)).toBeGreaterThan(0);
          await direct.screenshot(suite.shot('evidence-opened'));
        } finally {
          await direct.close();
        }
        await popup.close();
        await page.close();
      } finally {
        expect(await otherPopup.evaluate(clearMyCorpus), 'the added article removed again').toBe(1);
        await otherPopup.close();
        await other.close();
      }
    });
  });
}
