import { describe, expect, it } from 'vitest';
import { diffWords, isAbridgedFrom, sameWords } from '../../../src/core/compare/word-diff.ts';
import { relationOf } from '../../../src/core/compare/quote-pairs.ts';

describe('how two renderings of a remark relate', () => {
  const cases: [string, string, string, string][] = [
    ['identical but for punctuation', 'We will stay, whatever happens.', 'We will stay -- whatever happens', 'identical'],
    ['one quotes more of the remark', 'the best harbour in the north', 'It is the best harbour in the north, and we will keep it', 'partial'],
    ['a word changed inside', 'We will open the port on Monday', 'We will reopen the port on Monday', 'reworded'],
    ['the last words substituted', 'All support must be won', 'All support must be fought for', 'reworded'],
  ];
  for (const [name, here, there, relation] of cases) {
    it(name, () => expect(relationOf(diffWords(here, there))).toBe(relation));
  }

  it('marks the changed words on each side', () => {
    expect(diffWords('must be won now', 'must be fought for now')).toEqual([
      { op: 'same', text: 'must be' },
      { op: 'here', text: 'won' },
      { op: 'there', text: 'fought for' },
      { op: 'same', text: 'now' },
    ]);
  });

  it('sameWords ignores case, punctuation and typography', () => {
    expect(sameWords('“Any legitimacy — any support”', '"any legitimacy -- any support"')).toBe(true);
    expect(sameWords('any legitimacy', 'all legitimacy')).toBe(false);
  });
});

describe('abridged quotes', () => {
  it('an ellipsis marks words left out, not other words', () => {
    expect(isAbridgedFrom('We held the line [...] and we will hold it again', 'We held the line for three days and we will hold it again')).toBe(true);
    expect(isAbridgedFrom('We held the line … and we will win', 'We held the line for three days and we will hold it again')).toBe(false);
    expect(isAbridgedFrom('We held the line and we will hold it again', 'We held the line for three days and we will hold it again')).toBe(false);
  });
});
