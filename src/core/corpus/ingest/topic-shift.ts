// How much the text after a candidate headline continues the text before it. A section of the
// same article keeps naming the same people and places; the next article on a page does not.

import { COMMON_NEWS, STOPWORDS } from '../../text/stopwords.ts';
import { tokenize } from '../../text/tokens.ts';

/** Function words and words every news story uses: they say nothing about the topic. */
const isGeneric = (norm: string) => STOPWORDS.has(norm) || COMMON_NEWS.has(norm);

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Capitalised words that do not open a sentence: names of people, places, organisations. */
export function nameOccurrences(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (!/^\p{Lu}/u.test(token.text)) continue;
    const before = text.slice(Math.max(0, token.start - 3), token.start).trimEnd();
    if (before === '' || /[.!?"“”«»:;(\[—–-]$/u.test(before)) continue;
    const norm = stem(token.norm);
    if (!isGeneric(norm) && !isGeneric(token.norm) && norm.length > 1) out.push(norm);
  }
  return out;
}

export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => stem(t.norm))
    .filter((w) => w.length >= 4 && !isGeneric(w) && !/^\d+$/.test(w));
}

/** Share of `after`'s occurrences that already occur in `before` (0 = all new, 1 = all seen). */
export function continuity(before: string[], after: string[]): number {
  if (after.length === 0) return 1;
  const seen = new Set(before);
  return after.filter((w) => seen.has(w)).length / after.length;
}

export interface ShiftMeasure {
  /** Continuity of names (capitalised words). */
  names: number;
  /** Continuity of the headline's own words with the text before it. */
  headline: number;
}

export function measureShift(before: string, headline: string, after: string): ShiftMeasure {
  return {
    names: continuity(nameOccurrences(before), nameOccurrences(after)),
    headline: continuity(contentWords(before), contentWords(headline)),
  };
}
