// The article as attribution reads it: words and punctuation of the narrative, each top-level
// quotation as one opaque item, paragraph breaks; then sentences over those items, so that a
// quotation holding several sentences stays inside the sentence that frames it.

import { ABBREVIATIONS } from '../text/sentences.ts';
import { foldWord, wordForms, type Word } from '../text/word-forms.ts';
import type { QuoteSpan } from './find-quotes.ts';

export type ItemKind = 'word' | 'punct' | 'quote' | 'para';

export interface Item {
  kind: ItemKind;
  start: number;
  end: number;
  /** As printed (a quote item: its inner words). */
  text: string;
  /** Folded base form for words; the character for punctuation. */
  base: string;
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  /** Index into the top-level quotations, for quote items. */
  quote: number;
  /** A French subject pronoun printed after its verb ("a-t-il", "dit-elle"). */
  inverted: boolean;
}

export interface Sentence {
  /** Item indexes [from, to). */
  from: number;
  to: number;
  paragraph: number;
}

const ABBREV = new Set([...ABBREVIATIONS].map((a) => a.replace(/\./g, '')));
const PUNCT = /[,;:.!?\u2026()[\]|\u2013\u2014]/;
/** Initials: "J", "G.K", "J.R.R" (before their last stop). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

/** "Mr." "Capt." "J." "G.K.": the stop right after the word belongs to it, not to a sentence end. */
function takesDot(text: string, pos: number, prev: Item | undefined): prev is Item {
  return prev?.kind === 'word' && text[pos] === '.' && prev.end === pos && prev.cap && (ABBREV.has(prev.base) || INITIALS.test(prev.text));
}
const FRENCH_INVERSION = /^([\p{L}]+)-(?:t-)?(il|elle|ils|elles|on)$/u;

function word(w: Word): Item {
  return { kind: 'word', start: w.start, end: w.end, text: w.text, base: w.base, cap: w.cap, allCaps: w.allCaps, possessive: w.possessive, quote: -1, inverted: false };
}

function plain(kind: ItemKind, start: number, end: number, text: string, quote = -1): Item {
  return { kind, start, end, text, base: text, cap: false, allCaps: false, possessive: false, quote, inverted: false };
}

/** Words and punctuation of text[from, to), with paragraph breaks; `cursor` walks `words`. */
function lexNarrative(text: string, from: number, to: number, out: Item[], french: boolean, words: Word[], cursor: { at: number }) {
  let pos = from;
  const gap = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      const ch = text[k]!;
      if (ch === '\n') {
        if (out.length && out[out.length - 1]!.kind !== 'para') out.push(plain('para', k, k + 1, '\n'));
      } else if (PUNCT.test(ch)) {
        out.push(plain('punct', k, k + 1, ch));
      } else if (ch === '\u2015' || (ch === '-' && text[k + 1] !== '-' && /\s/.test(text[k + 1] ?? ' ') && /\s|-/.test(text[k - 1] ?? ' '))) {
        // " -- ", " - " and the quotation dash (horizontal bar, "― Name" after a remark) as dashes.
        out.push(plain('punct', k, k + 1, '\u2014'));
      }
    }
  };
  while (cursor.at < words.length && words[cursor.at]!.start < from) cursor.at++;
  for (; cursor.at < words.length && words[cursor.at]!.end <= to; cursor.at++) {
    const w = words[cursor.at]!;
    const prev = out[out.length - 1];
    let gapStart = pos;
    if (takesDot(text, pos, prev)) {
      prev.end = pos + 1;
      prev.text += '.';
      gapStart = pos + 1;
    }
    gap(gapStart, w.start);
    const inv = french ? FRENCH_INVERSION.exec(w.text) : null;
    if (inv) {
      const verbEnd = w.start + inv[1]!.length;
      out.push({ ...word(w), end: verbEnd, text: inv[1]!, base: foldWord(inv[1]!) });
      const pronStart = w.end - inv[2]!.length;
      out.push({ ...word(w), start: pronStart, text: inv[2]!, base: foldWord(inv[2]!), cap: false, inverted: true });
    } else {
      out.push(word(w));
    }
    pos = w.end;
  }
  const prev = out[out.length - 1];
  let gapStart = pos;
  if (takesDot(text, pos, prev)) {
    prev.end = pos + 1;
    prev.text += '.';
    gapStart = pos + 1;
  }
  gap(gapStart, to);
}

/** Items over the whole text; `top` are the top-level quotations in order. */
export function lexItems(text: string, top: QuoteSpan[], language: string, words?: Word[]): Item[] {
  const out: Item[] = [];
  const french = language.startsWith('fr') || language.startsWith('it');
  const all = words ?? wordForms(text, 0, text.length, french);
  const cursor = { at: 0 };
  let pos = 0;
  top.forEach((q, qi) => {
    lexNarrative(text, pos, q.open, out, french, all, cursor);
    out.push(plain('quote', q.start, q.end, text.slice(q.start, q.end), qi));
    pos = Math.max(pos, q.close);
  });
  lexNarrative(text, pos, text.length, out, french, all, cursor);
  return out;
}

const TERMINAL = /[.!?\u2026|]/;

/**
 * A "sentence" this long is no prose (real ones stay under ~120 items, quotations counting one): it is cut, so that the
 * attribution's per-quotation scans of its sentence cost a constant, not the length of the page.
 */
export const MAX_SENTENCE_ITEMS = 200;

/** Sentences over items; paragraph breaks always end one. */
export function splitItemSentences(items: Item[], endsWithAttribution: (from: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  let paragraph = 0;
  const push = (to: number) => {
    if (to > from) out.push({ from, to, paragraph });
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'para') {
      push(i);
      from = i + 1;
      paragraph++;
      continue;
    }
    const next = items[i + 1];
    const startsNew = !next || next.kind === 'para' || next.kind === 'quote' || (next.kind === 'word' && (next.cap || /^\p{N}/u.test(next.text)));
    if (it.kind === 'punct' && TERMINAL.test(it.text) && startsNew) {
      push(i + 1);
      from = i + 1;
    } else if (it.kind === 'quote' && /[.!?\u2026]["'\u2019\u201d]*$/.test(it.text) && next?.kind === 'word' && next.cap && !endsWithAttribution(i + 1)) {
      // "…we are still alive." He then left — a new sentence, unless a bare attribution follows.
      push(i + 1);
      from = i + 1;
    } else if (i + 1 - from >= MAX_SENTENCE_ITEMS) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(items.length);
  return out;
}
