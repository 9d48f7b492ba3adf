import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { readFixture, readSeed, seedCorpus, SEED_000, SEED_003 } from './seed-corpus.ts';

const BLINKEN = 'story-000_cc2cb2b27cb2e02b-1';
const MASSOUD = 'story-000_cc2cb2b27cb2e02b-2';

describe('the seeds form two stories', () => {
  it('groups both Blinken/Ramstein versions together and the Massoud article apart', () => {
    const stories = seedCorpus().compiled.corpus.stories;
    expect(stories.map((s) => [s.id, s.articleIds])).toEqual([
      [BLINKEN, ['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1']],
      [MASSOUD, ['000_cc2cb2b27cb2e02b-2']],
    ]);
  });
});

describe('same-story matching', () => {
  const cases: { name: string; text: () => string; language?: string; story: string | null; self?: string }[] = [
    { name: 'seed 000 (raw page) is the Blinken story', text: () => readSeed(SEED_000), story: BLINKEN, self: '000_cc2cb2b27cb2e02b-1' },
    { name: 'seed 003 (machine translation) is the Blinken story', text: () => readSeed(SEED_003), story: BLINKEN, self: '003_79f0f28387a61ee3-1' },
    {
      name: "the Massoud article alone is the Massoud story",
      text: () => seedCorpus().articles.get('000_cc2cb2b27cb2e02b-2')!.text,
      story: MASSOUD,
      self: '000_cc2cb2b27cb2e02b-2',
    },
    { name: "a third outlet's rewrite", text: () => readFixture('rewrite-third-outlet.txt'), story: BLINKEN },
    { name: 'a short German report', text: () => readFixture('german-ramstein.txt'), story: BLINKEN },
    { name: 'a shortened wire copy of the Massoud story', text: () => readFixture('massoud-geneva-short-wire.txt'), story: MASSOUD },
    { name: 'near miss: Blinken in Doha the day before', text: () => readFixture('near-miss-blinken-doha.txt'), story: null },
    { name: 'near miss: another Massoud family story', text: () => readFixture('near-miss-panjshir-ceasefire.txt'), story: null },
    { name: 'unrelated local news', text: () => readFixture('unrelated-harbour-festival.txt'), story: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const analysis = analyze({ text: c.text(), language: c.language }, seedCorpus());
      expect(analysis.story?.id ?? null).toBe(c.story);
      expect(analysis.corpusArticleId).toBe(c.self ?? null);
      if (analysis.story) {
        expect(analysis.story.score).toBeGreaterThan(0);
        expect(analysis.story.score).toBeLessThanOrEqual(1);
        // The input itself is never among the other versions.
        expect(analysis.story.versions.map((v) => v.articleId)).not.toContain(analysis.corpusArticleId);
      }
    });
  }

  it('reports the basis of a match', () => {
    const analysis = analyze({ text: readFixture('rewrite-third-outlet.txt') }, seedCorpus());
    expect(analysis.story!.basis.sharedEntities).toEqual(expect.arrayContaining(['Antony Blinken', 'Heiko Maas']));
    expect(analysis.story!.basis.sharedNumbers).toEqual(expect.arrayContaining(['11,000', '123,000']));
  });

  it('never decides by URL', () => {
    const unrelated = readFixture('unrelated-harbour-festival.txt');
    const analysis = analyze({ text: unrelated, url: 'https://example.com/ramstein-blinken-taliban-legitimacy' }, seedCorpus());
    expect(analysis.story).toBeNull();
  });
});

describe('context-only aliases', () => {
  const text = 'The Federal Minister for Transport opened the new bridge on Friday. "It links two valleys," the Federal Minister said.';
  it('do not name a corpus entity on a page of no corpus story', () => {
    const analysis = analyze({ text }, seedCorpus());
    expect(analysis.story).toBeNull();
    expect(analysis.entities.map((e) => e.id)).not.toContain('heiko-maas');
    expect(analysis.quotes.map((q) => q.speakerId)).not.toContain('heiko-maas');
  });
  it('do inside the story: "the Federal Minister" in the machine translation is Heiko Maas', () => {
    const analysis = analyze({ text: readSeed(SEED_003) }, seedCorpus());
    const airport = analysis.quotes.find((q) => q.text.includes('The planned reopening of Kabul Airport'));
    expect(airport?.speaker).toBe('Heiko Maas');
  });
});
