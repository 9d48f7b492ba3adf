// Word tokens with their offsets, the unit every comparison works on.

import { foldForIndex } from './normalize.ts';

export interface Token {
  /** As printed. */
  text: string;
  /** Folded: lower case, no diacritics, no inner punctuation. */
  norm: string;
  start: number;
  end: number;
}

// A word: letters/digits with inner apostrophes, hyphens, dots or commas between digits
// ("123,000", "3.5", "U.S.", "non-Taliban", "we're").
const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\-.](?=[\p{L}\p{N}])|[,.](?=\p{N}))[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + (match.index ?? 0);
    const word = match[0];
    tokens.push({ text: word, norm: foldForIndex(word).replace(/ /g, ''), start, end: start + word.length });
  }
  return tokens;
}

/** Folded words only, for bag-of-words work. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
