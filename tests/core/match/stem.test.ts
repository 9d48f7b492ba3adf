import { describe, expect, it } from 'vitest';
import { MAX_STEMMED_LENGTH, stem, stemPrinted } from '../../../src/core/match/stem.ts';

describe('stem (Snowball)', () => {
  it('keeps English forms Porter2 keeps, and meets inflections', () => {
    expect(stem('news', 'en')).toBe('news');
    expect(stem('earned', 'en')).toBe(stem('earn', 'en'));
    expect(stem('generously', 'en')).toBe('generous');
    expect(stem('dying', 'en')).toBe('die');
  });

  it('meets inflections in German, French, Norwegian and Spanish', () => {
    expect(stemPrinted('Flüge', 'de')).toBe(stemPrinted('Flug', 'de'));
    expect(stemPrinted('Häuser', 'de')).toBe(stemPrinted('Haus', 'de'));
    expect(stemPrinted('ministres', 'fr')).toBe(stemPrinted('ministre', 'fr'));
    expect(stemPrinted('flyktninger', 'no')).toBe(stemPrinted('flyktning', 'no'));
    expect(stemPrinted('reuniones', 'es')).toBe(stemPrinted('reunión', 'es'));
  });

  it('returns folded stems: no diacritics, no inner marks, region subtags ignored', () => {
    expect(stemPrinted('Flüge', 'de-AT')).toBe('flug');
    expect(stemPrinted('Außenministers', 'de')).toBe('aussenminist');
    expect(stemPrinted("Blinken's", 'en')).toBe('blinken');
  });

  it('keeps words whole in languages without a Snowball stemmer', () => {
    expect(stem('zapytania', 'pl')).toBe('zapytania');
    expect(stem('zapytanie', 'pl')).not.toBe(stem('zapytania', 'pl'));
  });

  it('does not stem a word longer than the cap (a page\'s 50,000-letter "word" costs one pass)', () => {
    const huge = `${'b'.repeat(50_000)}ing`;
    expect(stem(huge, 'en')).toBe(huge);
    expect(stemPrinted(huge, 'fr')).toBe(huge);
    // Just under the cap the stemmer still runs.
    const long = `${'b'.repeat(MAX_STEMMED_LENGTH - 5)}ating`;
    expect(stem(long, 'en').length).toBeLessThan(long.length);
  });
});
