// Words with the facts name matching needs: the base form without a possessive ("Blinken's")
// or a French elision ("d'Antony"), capitalisation, and offsets of both.

import { foldForIndex } from './normalize.ts';
import type { Token } from './tokens.ts';

export interface Word extends Token {
  /** Folded form without possessive suffix or elided article. */
  base: string;
  /** Offsets of the base form as printed. */
  baseStart: number;
  baseEnd: number;
  /** First letter of the base is upper case. */
  cap: boolean;
  /** Every letter of the base is upper case (two letters or more): "NRF", "U.S". */
  allCaps: boolean;
  /** "Blinken's", "Gunners'". */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\-.](?=[\p{L}\p{N}])|[,.](?=\p{N}))[\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['\u2019][sS]$/;
const ELISION = /^(?:[dDlLjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['\u2019](?=\p{L})/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const ASCII_WITH_MARKS = /^[A-Za-z0-9'\u2019\-.,]+$/;

const folded = new Map<string, string>();
const MEMO_WORD_LENGTH = 64;

/** A word's folded form (lower case, no diacritics, no inner punctuation, "ß" as "ss"). */
export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  // Plain letters with apostrophes, hyphens or dots ("don't", "U.S", "non-Taliban"): same result, faster.
  if (ASCII_WITH_MARKS.test(word)) return word.toLowerCase().replace(/['\u2019\-.,]/g, '');
  let f = folded.get(word);
  if (f === undefined) {
    f = foldForIndex(word).replace(/ /g, '').replace(/\u00df/g, 'ss');
    // A bounded memo of real words: they repeat within and across articles (a page's endless
    // "word" would only fill memory).
    if (word.length > MEMO_WORD_LENGTH) return f;
    if (folded.size > 20000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/** All words of `text[from, to)`. `elide` strips French/Italian elided articles from the base. */
export function wordForms(text: string, from = 0, to = text.length, elide = false): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const raw = m[0];
    const start = from + m.index;
    const end = start + raw.length;
    let baseStart = start;
    let baseEnd = end;
    let possessive = false;
    const last = raw.charCodeAt(raw.length - 1);
    if ((last === 115 || last === 83) && raw.length > 3 && POSSESSIVE.test(raw)) {
      baseEnd -= 2;
      possessive = true;
    } else if ((text[end] === "'" || text[end] === '\u2019') && (last === 115 || last === 83) && !isLetter(text[end + 1])) {
      possessive = true;
    }
    if (elide) {
      const e = ELISION.exec(raw);
      if (e) baseStart += e[0].length;
    }
    const plain = baseStart === start && baseEnd === end;
    const baseText = plain ? raw : text.slice(baseStart, baseEnd);
    const norm = foldWord(raw);
    const { cap, allCaps } = letterCase(baseText);
    out.push({ text: raw, norm, start, end, base: plain ? norm : foldWord(baseText), baseStart, baseEnd, cap, allCaps, possessive });
  }
  return out;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** First letter upper case; every letter upper case (two letters or more). */
function letterCase(word: string): { cap: boolean; allCaps: boolean } {
  let letters = 0;
  let upper = 0;
  let cap = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let isUpper: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) isUpper = true;
      else if (code >= 97 && code <= 122) isUpper = false;
      else continue; // digit, apostrophe, hyphen
    } else {
      const ch = word[i]!;
      const lower = ch.toLowerCase();
      if (lower === ch) {
        if (lower === ch.toUpperCase()) continue; // not a letter
        isUpper = false;
      } else isUpper = true;
    }
    if (letters === 0) cap = isUpper;
    letters++;
    if (isUpper) upper++;
  }
  return { cap, allCaps: letters >= 2 && upper === letters };
}
