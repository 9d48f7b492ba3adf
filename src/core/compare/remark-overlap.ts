// How much of one remark another rendering keeps, word by word and in order: the longest common
// subsequence and the longest unbroken run of shared words. Two different remarks that share a
// phrase ("national emergency") share a short run and little else; one remark reworded keeps most
// of its words in order.

import { tokenize } from '../text/tokens.ts';
import { unifyTypography } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';

/**
 * A remark's words, robust to how a page spaced and joined them: "She’ s" and "She's", "last -
 * minute" and "last-minute", "cyber-criminals" and "cyber criminals" give the same words.
 */
export function remarkWords(text: string): readonly string[] {
  // Every remark is weighed against every remark of the other versions: read each text once.
  const known = wordsOf.get(text);
  if (known) return known;
  const joined = unifyTypography(text)
    .replace(/(\p{L})\s*'\s*(s|t|re|ve|ll|d|m)\b/gu, "$1'$2")
    .replace(/(?<=\p{L})\s*-\s*(?=\p{L})/gu, ' ');
  const words = tokenize(joined).map((t) => t.norm);
  if (text.length > MEMO_CHARS) return words;
  if (wordsOf.size >= MEMO_TEXTS) wordsOf.clear();
  wordsOf.set(text, words);
  return words;
}
const wordsOf = new Map<string, readonly string[]>();
/** How many remarks' words are kept (a page's and its versions' remarks, many times over). */
const MEMO_TEXTS = 4000;
/** Longer remarks (a hostile page's endless quotation) are read again rather than kept. */
const MEMO_CHARS = 1000;

/** True when two renderings spell the same letters in the same order (spacing and punctuation aside). */
export function sameLetters(a: string, b: string): boolean {
  return remarkWords(a).join('') === remarkWords(b).join('');
}

export interface RemarkOverlap {
  /** Words of the shorter rendering. */
  shorter: number;
  longer: number;
  /** Longest common subsequence, in words. */
  common: number;
  /** Longest run of consecutive shared words. */
  run: number;
  /** Content words (not function words) of the shorter rendering that the other lacks. */
  changedContent: number;
}

export function remarkOverlap(a: string, b: string): RemarkOverlap {
  const x = remarkWords(a);
  const y = remarkWords(b);
  let run = 0;
  // Two rows of the dynamic programme, swapped rather than allocated per word.
  let previous = new Int32Array(y.length + 1);
  let previousRun = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  let currentRun = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const w = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      if (w === y[j - 1]) {
        current[j] = previous[j - 1]! + 1;
        currentRun[j] = previousRun[j - 1]! + 1;
        if (currentRun[j]! > run) run = currentRun[j]!;
      } else {
        current[j] = Math.max(previous[j]!, current[j - 1]!);
        currentRun[j] = 0;
      }
    }
    [previous, current] = [current, previous];
    [previousRun, currentRun] = [currentRun, previousRun];
  }
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  const pool = new Set(large);
  return {
    shorter: small.length,
    longer: large.length,
    common: previous[y.length]!,
    run,
    changedContent: small.filter((w) => !STOPWORDS.has(w) && !pool.has(w)).length,
  };
}
