// Word-level diff between two renderings of the same words, for display: runs of shared words,
// words only here, words only there. Case, punctuation and typography are not differences.

import { diffArrays } from 'diff';
import type { DiffPart } from '../types.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { STOPWORDS } from '../text/stopwords.ts';

/** The words of a run with the punctuation that follows them ("legitimacy." not "legitimacy"). */
function runText(text: string, all: Token[], from: number, count: number): string {
  if (count === 0) return '';
  const end = from + count < all.length ? all[from + count]!.start : text.length;
  return text.slice(all[from]!.start, end).trimEnd();
}

export function diffWords(here: string, there: string): DiffPart[] {
  const a = tokenize(here);
  const b = tokenize(there);
  const changes = diffArrays(
    a.map((t) => t.norm),
    b.map((t) => t.norm),
  );
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    if (change.added) {
      parts.push({ op: 'there', text: runText(there, b, j, change.count) });
      j += change.count;
    } else if (change.removed) {
      parts.push({ op: 'here', text: runText(here, a, i, change.count) });
      i += change.count;
    } else {
      parts.push({ op: 'same', text: runText(here, a, i, change.count) });
      i += change.count;
      j += change.count;
    }
  }
  return parts;
}

/** True when the two say the same words (ignoring case, punctuation and typography). */
export function sameWords(here: string, there: string): boolean {
  const a = tokenize(here).map((t) => t.norm);
  const b = tokenize(there).map((t) => t.norm);
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

/** Share of the shorter side's words that the diff keeps in common. */
export function sharedWordRatio(parts: DiffPart[]): { here: number; there: number } {
  const count = (s: string) => tokenize(s).length;
  let same = 0;
  let hereOnly = 0;
  let thereOnly = 0;
  for (const p of parts) {
    if (p.op === 'same') same += count(p.text);
    else if (p.op === 'here') hereOnly += count(p.text);
    else thereOnly += count(p.text);
  }
  return { here: same / Math.max(1, same + hereOnly), there: same / Math.max(1, same + thereOnly) };
}

/**
 * True when the renderings differ in words that carry meaning: not only in function words
 * ("the", "a"), and not only in word order.
 */
export function differsInContent(here: string, there: string): boolean {
  const content = (s: string) =>
    tokenize(s)
      .map((t) => t.norm)
      .filter((w) => !STOPWORDS.has(w))
      .sort();
  const a = content(here);
  const b = content(there);
  return a.length !== b.length || a.some((w, i) => w !== b[i]);
}

const ELLIPSIS = /\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|…|\.\.\./u;

/**
 * True when `abridged` is `full` with words left out where it prints an ellipsis ("we have been
 * wounded [...] but we have not died"): an abridged quote, not a rewording.
 */
export function isAbridgedFrom(abridged: string, full: string): boolean {
  if (!ELLIPSIS.test(abridged)) return false;
  const fullWords = tokenize(full).map((t) => t.norm);
  let from = 0;
  for (const segment of abridged.split(ELLIPSIS)) {
    const words = tokenize(segment).map((t) => t.norm);
    if (words.length === 0) continue;
    let found = -1;
    for (let i = from; i + words.length <= fullWords.length; i++) {
      if (words.every((w, k) => fullWords[i + k] === w)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    from = found + words.length;
  }
  return true;
}
