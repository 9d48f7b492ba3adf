// The seed documents' quotations and speakers (issue 2, §4).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../../../src/core/quotes/index.ts';
import type { EntityRecord } from '../../../src/core/types.ts';

const dir = join(import.meta.dirname, '../../../seeds/documents');
const read = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!), 'utf8');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/entities.json'), 'utf8'));
const catalog = buildEntityCatalog((Array.isArray(raw) ? raw : raw.entities) as EntityRecord[]);

const cases: { doc: string; quote: string; speaker: string | null; anonymous?: boolean; notSpeaker?: string }[] = [
  { doc: '000', quote: 'The Taliban seek international legitimacy. Any legitimacy', speaker: 'Antony Blinken' },
  { doc: '000', quote: 'Pakistan was there', speaker: 'a senior State Department official', anonymous: true },
  { doc: '000', quote: 'But nothing along the lines of', speaker: 'a senior State Department official', anonymous: true },
  { doc: '000', quote: 'We must not allow creation of a', speaker: 'Shah Mahmood Qureshi' },
  { doc: '000', quote: 'A stable & peaceful Afghanistan', speaker: 'Shah Mahmood Qureshi' },
  { doc: '000', quote: 'Pakistan, as an immediate neighbour cannot afford', speaker: 'Shah Mahmood Qureshi' },
  { doc: '000', quote: 'the starting point for international coordination', speaker: 'Heiko Maas' },
  { doc: '000', quote: 'by its actions', speaker: 'Antony Blinken' },
  { doc: '000', quote: 'Many, many, many Americans are really looking forward', speaker: 'Antony Blinken' },
  { doc: '000', quote: 'Say to my Mom I miss you', speaker: null, notSpeaker: 'Antony Blinken' },
  { doc: '000', quote: 'We are working to do everything in', speaker: 'Antony Blinken' },
  { doc: '000', quote: 'the biggest debacle', speaker: 'Armin Laschet' },
  { doc: '000', quote: 'We still have thousands of fighters in', speaker: 'Ahmad Wali Massoud' },
  { doc: '000', quote: 'Yes, we have been wounded', speaker: 'Ahmad Wali Massoud' },
  { doc: '000', quote: 'Panjshir is not only resistance', speaker: 'Ahmad Wali Massoud' },
  { doc: '000', quote: 'strategic positions', speaker: 'National Resistance Front of Afghanistan' },
  { doc: '003', quote: 'All legitimacy, all support must be fought for', speaker: 'Antony Blinken' },
  { doc: '003', quote: 'by its actions', speaker: 'Antony Blinken' },
  { doc: '003', quote: 'My name is Tony', speaker: 'Antony Blinken' },
  { doc: '003', quote: 'The planned reopening of Kabul Airport', speaker: 'Heiko Maas' },
  { doc: '003', quote: 'The announcement of a transitional government', speaker: 'Heiko Maas' },
];

/** The share of the seeds' named speakers Parallax must name; the rest it may leave unsaid, never misname. */
const MIN_RIGHT = 0.8;

describe('seed quotations and speakers', () => {
  const analyses = new Map(['000', '003'].map((doc) => [doc, analyzeQuotes(read(doc), { language: 'en', catalog })]));
  let expected = 0;
  let right = 0;
  const misses: string[] = [];
  for (const c of cases) {
    it(`${c.doc}: "${c.quote.slice(0, 40)}…" → ${c.speaker ?? 'nobody'}${c.speaker ? ', or unsaid' : ''}`, () => {
      const q = analyses.get(c.doc)!.quotes.find((x) => x.text.includes(c.quote));
      expect(q, `found "${c.quote}"`).toBeDefined();
      if (c.notSpeaker) expect(q!.speaker).not.toBe(c.notSpeaker);
      if (c.speaker === null) {
        if (!c.notSpeaker) expect(q!.speaker).toBeNull();
        return;
      }
      expected++;
      if (q!.speaker === null) {
        misses.push(`${c.doc}: "${c.quote}" (${c.speaker})`);
        return;
      }
      expect(q!.speaker).toBe(c.speaker);
      if (c.anonymous !== undefined) expect(q!.anonymous).toBe(c.anonymous);
      right++;
    });
  }
  it(`names at least ${MIN_RIGHT * 100}% of the seeds' speakers`, () => {
    expect(right / expected, `unattributed:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RIGHT);
  });

  it("Qureshi's three tweeted paragraphs are one quotation", () => {
    const quotes = analyses.get('000')!.quotes.filter((q) => q.speaker === 'Shah Mahmood Qureshi');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toMatch(/^We must not allow[\s\S]*cannot afford to disengage,$/);
  });

  it('speakers list each listed person with their quotations and distinct tints', () => {
    const { speakers, quotes } = analyses.get('000')!;
    const blinken = speakers.find((s) => s.id === 'antony-blinken');
    expect(blinken).toMatchObject({ name: 'Antony Blinken', listed: true, anonymous: false, role: 'US Secretary of State', elsewhere: [] });
    for (const i of blinken!.quotes) expect(quotes[i]!.speaker).toBe('Antony Blinken');
    expect(speakers.map((s) => s.tint)).toEqual(speakers.map((_, i) => i % 8));
    const official = speakers.find((s) => s.anonymous);
    expect(official?.name).toBe('a senior State Department official');
    expect(official?.quotes.length).toBe(2);
  });

  it('the bare "Massoud" who speaks in Geneva is Ahmad Wali Massoud, not his nephew', () => {
    const { entities } = analyses.get('000')!;
    const wali = entities.find((e) => e.id === 'ahmad-wali-massoud');
    const nephew = entities.find((e) => e.id === 'ahmad-massoud');
    expect(wali?.mentions.length).toBeGreaterThanOrEqual(3);
    expect(nephew?.mentions.map((m) => m.text)).toEqual(['Ahmad Massoud']);
  });
});
