// A page controls the text the background analyses. Whatever it sends, the analysis must cost
// time linear in the text (and the text is bounded): one 20,000-letter word used to cost seconds.
// Timings belong in the benchmark; this test compares two sizes, loosely: linear work takes about
// four times as long on four times the text, quadratic work sixteen times.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { MAX_ANALYSED_CHARS } from '../../src/core/text/bound-text.ts';
import { HOSTILE_TEXTS } from '../../src/cli/bench/hostile-texts.ts';
import { seedCorpus } from './seed-corpus.ts';


function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('hostile article text', () => {
  it('is read up to the bound: a 2,000,000-character text is analysed as its first 100,000', () => {
    const text = `${'Zz'.repeat(500_000)} ${'"a" '.repeat(250_000)}`;
    const analysis = analyze({ text, language: 'en' }, seedCorpus());
    expect(analysis.article.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(text.startsWith(analysis.article.text)).toBe(true);
  });

  for (const [name, make] of Object.entries(HOSTILE_TEXTS)) {
    it(`costs time linear in its length: ${name}`, () => {
      const corpus = seedCorpus();
      const small = make(20_000);
      const large = make(80_000);
      analyze({ text: small, language: 'en' }, corpus); // warm up
      // Below 50 ms a busy machine's noise outweighs the work: count it as 50.
      const t1 = Math.max(50, bestOf(2, () => analyze({ text: small, language: 'en' }, corpus)));
      const t4 = bestOf(2, () => analyze({ text: large, language: 'en' }, corpus));
      // Linear: ~4; quadratic: ~16. The bound leaves room for a busy machine.
      expect(t4 / t1, `${t1.toFixed(0)} ms for 20,000 characters, ${t4.toFixed(0)} ms for 80,000`).toBeLessThan(9);
    });
  }
});
