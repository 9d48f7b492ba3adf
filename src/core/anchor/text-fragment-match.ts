// How a browser resolves a text directive (`#:~:text=…`), replayed over a plain text: the URL
// Fragment Text Directives spec's "find a range from a text directive", with a paragraph break
// ("\n") standing for a block boundary. The link builder uses it to pick terms that lead to the
// intended passage and nowhere else. Matching is at the primary collation level (case and marks
// ignored, compatibility forms folded), terms stay inside one block, and matches start and end at
// word boundaries (Intl.Segmenter, as Chromium's ICU does).

import type { Span } from '../types.ts';

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** One text, prepared once for any number of directives. */
export interface FragmentText {
  text: string;
  language: string;
  /** The text folded for matching: lower case, no marks, whitespace runs as one " " (or "\n"). */
  folded: string;
  /** `folded` index -> `text` index; one more entry than `folded` (the text's length). */
  origin: Int32Array;
  /** Where each line of `text` starts (a line is a block: a term never crosses one). */
  lineStarts: number[];
  /** Word segmentation of each line, computed when first needed (segmenting is the costly part). */
  lines: Map<number, LineWords>;
}

interface LineWords {
  boundaries: Set<number>;
  words: Span[];
}

const MARK = /\p{M}/gu;
const WHITESPACE = /\s/u;

/** Folds one code point as primary-strength collation compares it ("É" -> "e", "ﬁ" -> "fi"). */
function foldCodePoint(cp: string): string {
  if (cp.length === 1 && cp.charCodeAt(0) < 0x80) return cp.toLowerCase();
  const base = cp.normalize('NFKD').replace(MARK, '').toLowerCase();
  return base;
}

/** Folds a term exactly as `prepareFragmentText` folds the text. */
export function foldTerm(term: string): string {
  let out = '';
  let space = false;
  for (const cp of term) {
    if (WHITESPACE.test(cp)) {
      space = true;
      continue;
    }
    if (space && out) out += ' ';
    space = false;
    out += foldCodePoint(cp);
  }
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

export function prepareFragmentText(text: string, language = ''): FragmentText {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    if (WHITESPACE.test(cp)) {
      // A whitespace run is one space to the reader; a run holding a line break is a block boundary.
      let j = i;
      let breaks = false;
      while (j < text.length && WHITESPACE.test(text[j]!)) {
        if (text[j] === '\n') breaks = true;
        j++;
      }
      folded += breaks ? '\n' : ' ';
      origin.push(i);
      i = j;
      continue;
    }
    const folds = foldCodePoint(cp);
    for (let k = 0; k < folds.length; k++) origin.push(i);
    folded += folds;
    i += cp.length;
  }
  origin.push(text.length);
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return { text, language, folded, origin: Int32Array.from(origin), lineStarts, lines: new Map() };
}

function lineOf(ft: FragmentText, pos: number): number {
  let lo = 0;
  let hi = ft.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ft.lineStarts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineWords(ft: FragmentText, line: number): LineWords {
  let words = ft.lines.get(line);
  if (!words) {
    const start = ft.lineStarts[line]!;
    const end = line + 1 < ft.lineStarts.length ? ft.lineStarts[line + 1]! - 1 : ft.text.length;
    words = { boundaries: new Set([start, end]), words: [] };
    for (const segment of wordSegmenter(ft.language).segment(ft.text.slice(start, end))) {
      const from = start + segment.index;
      const to = from + segment.segment.length;
      words.boundaries.add(from);
      words.boundaries.add(to);
      if (segment.isWordLike) words.words.push({ start: from, end: to });
    }
    ft.lines.set(line, words);
  }
  return words;
}

/** A word boundary (UAX #29) at this index of `text`; the text's ends and line ends are ones. */
export function isWordBoundary(ft: FragmentText, pos: number): boolean {
  if (pos <= 0 || pos >= ft.text.length) return true;
  const line = lineOf(ft, pos);
  if (pos === ft.lineStarts[line]) return true;
  return lineWords(ft, line).boundaries.has(pos);
}

/** The word-like segments that lie wholly inside [from, to) of `text`, in order. */
export function wordsWithin(ft: FragmentText, from: number, to: number): Span[] {
  const out: Span[] = [];
  if (to <= from) return out;
  for (let line = lineOf(ft, from); line < ft.lineStarts.length && ft.lineStarts[line]! < to; line++) {
    for (const w of lineWords(ft, line).words) if (w.start >= from && w.end <= to) out.push(w);
  }
  return out;
}

interface Bounds {
  wordStart: boolean;
  wordEnd: boolean;
  /** The match must begin exactly at `from` (a term right after its context). */
  atFrom: boolean;
}

/** First match of a folded term at or after `from` (a folded index), inside one block. */
function findTerm(ft: FragmentText, term: string, from: number, bounds: Bounds): { start: number; end: number } | null {
  if (!term) return null;
  let at = from;
  for (;;) {
    const found = ft.folded.indexOf(term, at);
    if (found < 0) return null;
    if (bounds.atFrom && found !== from) return null;
    const end = found + term.length;
    const inOneBlock = !term.includes('\n');
    if (inOneBlock && (!bounds.wordStart || isWordBoundary(ft, ft.origin[found]!)) && (!bounds.wordEnd || isWordBoundary(ft, ft.origin[end]!))) {
      return { start: found, end };
    }
    if (bounds.atFrom) return null;
    at = found + 1;
  }
}

function skipWhitespace(ft: FragmentText, at: number): number {
  while (at < ft.folded.length && (ft.folded[at] === ' ' || ft.folded[at] === '\n')) at++;
  return at;
}

/**
 * Where a browser would land for `directive` in this text, as a span of `text`, or null when it
 * would find nothing. Terms are the decoded strings (not percent-encoded).
 */
export function findTextDirective(ft: FragmentText, directive: TextDirective): Span | null {
  const start = foldTerm(directive.start);
  const end = directive.end !== undefined ? foldTerm(directive.end) : null;
  const prefix = directive.prefix !== undefined ? foldTerm(directive.prefix) : null;
  const suffix = directive.suffix !== undefined ? foldTerm(directive.suffix) : null;
  if (!start || end === '' || prefix === '' || suffix === '') return null;
  const length = ft.folded.length;
  const mustEndAtWord = end !== null || suffix === null;
  let searchFrom = 0;
  while (searchFrom < length) {
    let potential: { start: number; end: number } | null;
    if (prefix !== null) {
      const prefixMatch = findTerm(ft, prefix, searchFrom, { wordStart: true, wordEnd: false, atFrom: false });
      if (!prefixMatch) return null;
      searchFrom = prefixMatch.start + 1;
      const matchFrom = skipWhitespace(ft, prefixMatch.end);
      if (matchFrom >= length) return null;
      potential = findTerm(ft, start, matchFrom, { wordStart: false, wordEnd: mustEndAtWord, atFrom: true });
      if (!potential) continue;
    } else {
      potential = findTerm(ft, start, searchFrom, { wordStart: true, wordEnd: mustEndAtWord, atFrom: false });
      if (!potential) return null;
      searchFrom = potential.start + 1;
    }
    let rangeEndFrom = potential.end;
    let found: { start: number; end: number } | null = null;
    while (rangeEndFrom < length || (end === null && rangeEndFrom <= length)) {
      if (end !== null) {
        const endMatch = findTerm(ft, end, rangeEndFrom, { wordStart: true, wordEnd: suffix === null, atFrom: false });
        if (!endMatch) return null;
        potential = { start: potential.start, end: endMatch.end };
      }
      if (suffix === null) {
        found = potential;
        break;
      }
      const suffixFrom = skipWhitespace(ft, potential.end);
      if (findTerm(ft, suffix, suffixFrom, { wordStart: false, wordEnd: true, atFrom: true })) {
        found = potential;
        break;
      }
      if (end === null) break;
      rangeEndFrom = potential.end;
    }
    if (found) return { start: ft.origin[found.start]!, end: ft.origin[found.end]! };
    if (end !== null && rangeEndFrom >= length) return null;
  }
  return null;
}
