// The approximate quote search goes through long texts a piece at a time; a quote lying across
// the seam between two pieces is still found, where it is.
import { describe, expect, it } from 'vitest';
import { matchQuote, matchQuoteSteps } from '../../../src/core/anchor/match-quote.ts';

const words = ['tide', 'harbour', 'ferry', 'council', 'lamp', 'keeper', 'storm', 'bridge', 'pier', 'winter'];
function filler(length: number, seed: number): string {
  let s = seed;
  let out = '';
  while (out.length < length) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += `${words[s % words.length]} `;
  }
  return out.slice(0, length);
}

const quote = 'The keepers will not leave the lighthouse before the last ship is home';
// The page printed it with two small differences.
const printed = 'The keepers will not leave the light-house before the last ships is home';

describe('approximate search in pieces', () => {
  for (const at of [100, 7_950, 7_990, 8_000, 15_990, 23_000]) {
    it(`finds a quote printed at ${at} of a 30,000-character text`, () => {
      const text = filler(at, 1) + printed + filler(30_000 - at, 2);
      const match = matchQuote(text, quote, { hint: at });
      expect(match, `at ${at}`).not.toBeNull();
      expect(match!.exact).toBe(false);
      expect(Math.abs(match!.start - at)).toBeLessThanOrEqual(2);
      expect(Math.abs(match!.end - (at + printed.length))).toBeLessThanOrEqual(2);
    });
  }

  it('takes one step per piece of a long text', () => {
    const text = filler(12_000, 3) + printed + filler(18_000, 4);
    const steps = matchQuoteSteps(text, quote);
    let count = 1;
    while (!steps.next().done) count++;
    expect(count).toBe(4); // 30,000 characters in pieces of 8,000
  });

  it('needs no step for an exact quote', () => {
    const steps = matchQuoteSteps(filler(20_000, 5) + quote, quote);
    expect(steps.next().done).toBe(true);
  });
});
