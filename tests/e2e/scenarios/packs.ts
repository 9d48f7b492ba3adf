// Scenario 12 (issue 11, packs): outlet A's article remembered ("remember" on for it, then off),
// outlet B's telling shows notes from A. The popup exports the reader's corpus as a pack (a real
// download, observed as scenario 8 does); everything is forgotten and B's notes go; the pack,
// chosen in the popup's file input, brings them back; the same file with one character changed
// is refused with the reason shown, and nothing changes. Across it all Parallax makes no request
// to anything but the demo server. The panel is checked with axe-core and photographed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import { readPack } from '../../../src/core/corpus/pack.ts';
import type { TestPage } from '../harness/driver.ts';
import { seriousViolations } from '../harness/axe.ts';
import { popupSettled, popupView, type PopupView } from '../harness/popup-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import { diffRanges, expectNoOutsideRequests, openRememberedPanel, rememberedPanel, restoreRemember } from './remember.ts';
import type { Suite } from './suite.ts';

const LEDGER = 'The Lakeside Ledger';

function openPacksPanel(): boolean {
  const details = document.querySelector('[data-testid="corpus-packs"]') as HTMLDetailsElement | null;
  if (!details) return false;
  if (!details.open) details.querySelector('summary')?.click();
  details.scrollIntoView({ block: 'start' });
  return details.open;
}

function packStatus(): { status: string | null; state: string | null; error: string | null; exported: string | null } {
  const status = document.querySelector('[data-testid="import-pack-status"]');
  return {
    status: status?.textContent ?? null,
    state: status?.getAttribute('data-state') ?? null,
    error: document.querySelector('[data-testid="import-pack-error"]')?.textContent ?? null,
    exported: document.querySelector('[data-testid="export-pack-status"]')?.textContent ?? null,
  };
}

/** B's popup shows notes from A: a different figure and a quote in other words, A among the outlets. */
const notesFromA = (v: PopupView) => v.differences.some((d) => d.kind === 'number') && v.differences.some((d) => d.kind === 'quote-wording') && v.outlets.some((o) => o.includes(LEDGER));
const noNotesFromA = (v: PopupView) => v.differences.length === 0 && !v.outlets.some((o) => o.includes(LEDGER)) && (v.state !== null || v.storyTitle !== null);

export function packScenarios(get: () => Suite): void {
  describe('12. corpus packs', () => {
    it('export a pack, forget everything, import it: B\'s notes from A are back; a pack with one character changed is refused and changes nothing', async () => {
      const suite = get();
      const files = mkdtempSync(join(tmpdir(), `px-packs-${suite.name}-`));
      const a = await openAnnotatedArticle(suite, DEMO_PAGES.ferryLedger);
      let b: TestPage | null = null;
      try {
        // A remembered, then "remember" off again: only A is in the reader's corpus.
        const popupA = await suite.openPopupFor(a);
        await pollUntil(() => popupA.evaluate(popupView), popupSettled, ANNOTATE_TIMEOUT);
        await popupA.click('[data-testid="remember-toggle"]');
        const { ok: kept, value: keptPanel } = await pollUntil(() => popupA.evaluate(rememberedPanel), (p) => p.toggle === 'true' && p.count === '1', ANNOTATE_TIMEOUT);
        expect(kept, `A remembered: ${JSON.stringify(keptPanel)}`).toBe(true);
        await popupA.click('[data-testid="remember-toggle"]');
        await pollUntil(() => popupA.evaluate(rememberedPanel), (p) => p.toggle === 'false', ANNOTATE_TIMEOUT);
        await popupA.close();

        b = await openAnnotatedArticle(suite, DEMO_PAGES.ferryObserver);
        const popup = await suite.openPopupFor(b);
        const { ok: noted, value: first } = await pollUntil(() => popup.evaluate(popupView), notesFromA, ANNOTATE_TIMEOUT);
        expect(noted, `B's notes from A: ${JSON.stringify(first.differences.map((d) => d.kind))}`).toBe(true);

        // From the keyboard: Tab goes from the export button to the file input, whose label shows the focus.
        await popup.waitFor(openPacksPanel);
        await popup.bringToFront();
        await popup.evaluate(() => (document.querySelector('[data-testid="export-pack"]') as HTMLElement).focus());
        await popup.press(['Tab']);
        const focused = await popup.evaluate(() => ({
          id: document.activeElement?.id ?? null,
          label: document.activeElement?.id ? (document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent ?? null) : null,
          outline: getComputedStyle(document.querySelector('label[for="pack-file"]')!).outlineStyle,
        }));
        expect(focused).toEqual({ id: 'pack-file', label: 'Import a pack…', outline: 'solid' });
        await popup.screenshot(suite.shot('packs-keyboard'));

        // Export: a real download of the pack.
        const file = await popup.clickToDownload('[data-testid="export-pack"]');
        expect(file.name).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
        const read = readPack(file.text);
        expect(read.ok, read.ok ? '' : read.error.message).toBe(true);
        if (!read.ok) return;
        expect(read.pack.corpus.corpus.articles.map((x) => x.outlet)).toEqual([LEDGER]);
        expect(read.pack.corpus.corpus.articles[0]!.url).toBe(suite.server.url(DEMO_PAGES.ferryLedger));
        const { value: exported } = await pollUntil(() => popup.evaluate(packStatus), (s) => s.exported !== null, ANNOTATE_TIMEOUT);
        expect(exported.exported).toBe(`Saved 1 article (1 story) as ${file.name}.`);

        // Forget everything: B's notes go.
        await popup.waitFor(openRememberedPanel);
        await pollUntil(() => popup.evaluate(rememberedPanel), (p) => p.articles.length === 1, ANNOTATE_TIMEOUT);
        await popup.click('[data-testid="forget-all"]');
        const { ok: gone, value: cleared } = await pollUntil(() => popup.evaluate(popupView), noNotesFromA, ANNOTATE_TIMEOUT);
        expect(gone, `B after forgetting everything: ${JSON.stringify(cleared)}`).toBe(true);
        await b.waitFor(() => (() => {
          let n = 0;
          CSS.highlights.forEach((h, name) => void (name.startsWith('px-diff') && (n += h.size)));
          return n === 0;
        })(), undefined, ANNOTATE_TIMEOUT);

        // Import the pack through the file input: the notes are back, on B's page too.
        const packPath = join(files, file.name);
        writeFileSync(packPath, file.text);
        await popup.waitFor(openPacksPanel);
        await popup.uploadFile('[data-testid="import-pack"]', packPath);
        const { ok: done, value: imported } = await pollUntil(() => popup.evaluate(packStatus), (s) => s.state === 'done' || s.error !== null, ANNOTATE_TIMEOUT);
        expect(imported.error, 'no refusal').toBeNull();
        expect(done && imported.status).toMatch(new RegExp(`^Imported 1 article from ${file.name.replace(/\./g, '\\.')} into your remembered articles`));
        const { ok: back, value: after } = await pollUntil(() => popup.evaluate(popupView), notesFromA, ANNOTATE_TIMEOUT);
        expect(back, `B after the import: ${JSON.stringify(after.differences.map((d) => d.kind))}`).toBe(true);
        expect(after.differences.find((d) => d.kind === 'number')!.text).toMatch(/1,400.*1,200|1,200.*1,400/);
        await b.waitFor(diffRanges, undefined, ANNOTATE_TIMEOUT);
        const { ok: listed } = await pollUntil(() => popup.evaluate(rememberedPanel), (p) => p.count === '1' && p.articles.some((x) => x.text.includes(LEDGER)), ANNOTATE_TIMEOUT);
        expect(listed, 'A listed among the remembered articles again').toBe(true);
        await popup.waitFor(openPacksPanel);
        await popup.screenshot(suite.shot('packs-imported'));
        expect(await seriousViolations(popup, 'document'), 'axe: the popup with its packs panel, after an import').toEqual([]);

        // The same file with one character of an article changed: refused, said why, nothing changes.
        const at = file.text.indexOf('ferry');
        expect(at).toBeGreaterThan(0);
        const damagedPath = join(files, 'damaged-pack.json');
        writeFileSync(damagedPath, `${file.text.slice(0, at)}F${file.text.slice(at + 1)}`);
        await popup.uploadFile('[data-testid="import-pack"]', damagedPath);
        const { value: refused } = await pollUntil(() => popup.evaluate(packStatus), (s) => s.error !== null, ANNOTATE_TIMEOUT);
        expect(refused.error).toMatch(/^Could not import damaged-pack\.json: the pack's checksum does not match its content.*Your corpus is unchanged\.$/);
        const unchanged = await popup.evaluate(popupView);
        expect(notesFromA(unchanged), `B's notes after the refusal: ${JSON.stringify(unchanged.differences.map((d) => d.kind))}`).toBe(true);
        expect((await popup.evaluate(rememberedPanel)).count).toBe('1');
        await popup.waitFor(openPacksPanel);
        await popup.screenshot(suite.shot('packs-refused'));
        await popup.screenshot(suite.shot('packs-refused-full'), true);
        expect(await seriousViolations(popup, 'document'), 'axe: the popup with a refused import').toEqual([]);
        await popup.close();

        await expectNoOutsideRequests(suite, [a, b]);
      } finally {
        await restoreRemember(suite, a);
        await b?.close();
        await a.close();
      }
    });
  });
}
