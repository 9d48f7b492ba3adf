// Invented profiles for grouping tests: an article that names what it is given.
import type { ArticleProfile } from '../../../src/core/match/profile.ts';

/** A profile that names `names` (feature keys such as `n:zorvex`, `#:417`) and uses `words` (`w:` keys). */
export function profileNaming(names: string[], words: string[] = []): ArticleProfile {
  return {
    language: 'en', day: null, features: new Map([...names, ...words].map((k) => [k, 1])), persons: new Map(), others: new Map(),
    quoteGrams: new Set(), figures: new Set(), wordCount: 100, dateline: null,
  };
}
