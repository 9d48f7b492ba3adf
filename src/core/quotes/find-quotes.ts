// Direct quotations in a text: pairs of quotation marks (straight, curly, guillemets, German
// low-high, single marks), quotations that run on across paragraphs, and Scandinavian dash
// quotations. Tolerates the marks real pages mangle; never lets a stray mark run past its
// paragraph unless the next paragraph reopens the quotation.

import type { Span } from '../types.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { wordForms } from '../text/word-forms.ts';
import { attributionLexicon, type AttributionLexicon } from '../attribution/lexicon.ts';
import { canClose, canOpen, DOUBLE_MARKS, endsClause, isSpace, isWordChar } from './marks.ts';

export interface QuoteSpan extends Span {
  /** Offset of the opening mark (of the dash, for dash quotations). */
  open: number;
  /** Offset just after the closing mark, or `end` when the mark is missing. */
  close: number;
  /** Inside another quotation. */
  nested: boolean;
  /** A Scandinavian dash quotation ("– …, sa X."). */
  dash: boolean;
  /** Index of the paragraph where the quotation opens. */
  paragraph: number;
  /** Paragraphs the quotation spans (1 for most). */
  paragraphs: number;
}

/** Languages that print quotations as a paragraph opened by a dash ("– …, sa X."). */
const SCANDINAVIAN = new Set(['no', 'nb', 'nn', 'da', 'sv']);

const strongCue = (lexicon: AttributionLexicon, w: { base: string; cap: boolean }) => !w.cap && lexicon.cue(w.base) >= lexicon.strongCue;

/** How far a multi-paragraph quotation may run. */
const MAX_PARAGRAPHS = 12;
const MAX_SINGLE_INLINE = 160;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/** Does the mark at `k` close a quotation opened with `openCh`, given the text quoted so far? */
function closes(openCh: string, text: string, k: number, inner: string): boolean {
  const ch = text[k]!;
  const prev = text[k - 1];
  const next = text[k + 1];
  const clearOpener = canOpen(prev, next) && !canClose(prev, next) && !endsClause(inner);
  switch (ch) {
    case '\u201d': // ”
      return true;
    case '"':
      return !clearOpener;
    case '\u201c': // “ closes German „…“, or is a mangled English closing mark
      return openCh === '\u201e' || !clearOpener;
    case '\u00bb': // »
      // »…» (Finnish, Swedish) closes with the same mark when it follows the words.
      return openCh !== '\u00bb' || (canClose(prev, next) && !canOpen(prev, next));
    case '\u00ab': // «
      return openCh === '\u00bb';
    default:
      return false;
  }
}

/**
 * Does the English mark at `k` open a new quotation while one is still open? Only after a
 * finished sentence, placed as an opening mark (space before, a capital after): a closing mark
 * printed there would have no words after it to stand against.
 */
function reopens(openCh: string, text: string, k: number, inner: string): boolean {
  const ch = text[k]!;
  if ((ch !== '\u201c' && ch !== '"') || (openCh !== '\u201c' && openCh !== '"')) return false;
  const prev = text[k - 1];
  const next = text[k + 1];
  return canOpen(prev, next) && !canClose(prev, next) && /[.!?\u2026]\s+$/.test(inner) && /\p{Lu}/u.test(next ?? '');
}

function opens(ch: string, prev: string | undefined, next: string | undefined, after: string): boolean {
  // An opening mark is followed by words, not by punctuation ("[…] “." is a stray mark).
  if (!/^[\s\u00a0\u202f]*[\p{L}\p{N}\u2026[(\u2018'\u00bf\u00a1-]/u.test(after)) return false;
  if (ch === '\u00ab' || ch === '\u201e') return true;
  if (ch === '\u201d') return canOpen(prev, next) && !canClose(prev, next);
  return canOpen(prev, next);
}

/**
 * Where a quotation without its closing mark most likely ends: at the comma before an
 * attribution ("…lists, Mr. Blinken observed at a press conference."; "– …, sa Blinken."), the
 * last such comma, or the first one for dash quotations. Null when there is none.
 */
function attributionTail(text: string, from: number, to: number, lexicon: AttributionLexicon, first = false): number | null {
  const words = wordForms(text, from, to);
  let found: number | null = null;
  for (let i = 1; i < words.length; i++) {
    if (!strongCue(lexicon, words[i]!) || /ing$/.test(words[i]!.base)) continue;
    for (let j = i; j >= Math.max(1, i - 5); j--) {
      const gap = text.slice(words[j - 1]!.end, words[j]!.start);
      if (/[.;:]/.test(gap)) break;
      if (/[,!?]/.test(gap)) {
        found = words[j - 1]!.end + gap.search(/[,!?]/) + 1;
        break;
      }
    }
    if (found !== null && first) return found;
  }
  return found;
}

/** A closing mark with no opening one, after a clause that opens its paragraph and before an attribution. */
function missingOpening(text: string, p: Span, k: number, lexicon: AttributionLexicon): boolean {
  const ch = text[k]!;
  if (ch !== '\u201d' && ch !== '"' && ch !== '\u00bb') return false;
  const before = text.slice(p.start, k);
  if (!/[,.!?]\s*$/.test(before) || /["\u201c\u201d\u201e\u00ab\u00bb]/.test(before)) return false;
  if (wordForms(before).length < 3) return false;
  const after = wordForms(text, k + 1, Math.min(p.end, k + 80));
  const sentenceEnd = text.slice(k + 1, p.end).search(/[.!?]/);
  return after.slice(0, 6).some((w) => strongCue(lexicon, w) && (sentenceEnd < 0 || w.start - k - 1 < sentenceEnd));
}

/** Text before a mark that ends a sentence: a stop, perhaps after a closing mark. */
function opensSentence(before: string): boolean {
  return /[.!?\u2026]["\u201d\u2019')]*$/.test(before);
}

function paragraphStartsWithMark(text: string, p: Span | undefined): boolean {
  return !!p && DOUBLE_MARKS.has(text[p.start]!) && canOpen(undefined, text[p.start + 1]);
}

function findDoubles(text: string, paragraphs: Span[], lexicon: AttributionLexicon): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; ch: string; paragraph: number } | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    let k = p.start;
    if (open) k++; // the mark reopening a carried quotation
    for (; k < p.end; k++) {
      const ch = text[k]!;
      if (!DOUBLE_MARKS.has(ch)) continue;
      const prev = k > p.start ? text[k - 1] : undefined;
      const next = text[k + 1];
      if (!open) {
        if (opens(ch, prev, next, text.slice(k + 1, k + 4))) open = { at: k, ch, paragraph: pi };
        else if (missingOpening(text, p, k, lexicon)) {
          // 'The cabinet is not complete,” Mujahid said': the opening mark was lost.
          const s = trimSpan(text, p.start, k);
          out.push({ ...s, open: p.start, close: k + 1, nested: false, dash: false, paragraph: pi, paragraphs: 1 });
        }
        continue;
      }
      const inner = text.slice(open.at + 1, k);
      if (reopens(open.ch, text, k, inner)) {
        // '“We will win. “Rivals…': a finished sentence, then a mark that opens by every sign: the
        // closing mark was lost (a quotation run on across paragraphs whose breaks were lost).
        const s = trimSpan(text, open.at + 1, k);
        out.push({ ...s, open: open.at, close: s.end, nested: false, dash: false, paragraph: open.paragraph, paragraphs: pi - open.paragraph + 1 });
        open = { at: k, ch, paragraph: pi };
      } else if (closes(open.ch, text, k, inner)) {
        const s = trimSpan(text, open.at + 1, k);
        if (/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) {
          out.push({ ...s, open: open.at, close: k + 1, nested: false, dash: false, paragraph: open.paragraph, paragraphs: pi - open.paragraph + 1 });
        }
        open = null;
      } else if (opens(ch, prev, next, text.slice(k + 1, k + 4))) {
        open = { at: k, ch, paragraph: pi }; // the earlier mark was stray
      }
    }
    if (!open) continue;
    // Unclosed at the end of its paragraph: end it before a trailing attribution; else let it run
    // on when the next paragraph reopens it; else end it at the paragraph's end when it plainly
    // opened a quotation (paragraph start, after a colon).
    const tail = attributionTail(text, Math.max(open.at + 1, p.start), p.end, lexicon);
    const nextP = paragraphs[pi + 1];
    const startP = paragraphs[open.paragraph]!;
    const before = text.slice(startP.start, open.at).trimEnd();
    // Only a quotation that opens a paragraph or follows a colon runs on into the next one.
    // So does one that opens a sentence ('…, Doe said. “We will…' then '“And…' below): the
    // convention for a remark over several paragraphs.
    const sentenceLevel = before === '' || /[:,]$/.test(before) || open.paragraph < pi || opensSentence(before);
    if (tail === null && sentenceLevel && paragraphStartsWithMark(text, nextP) && pi + 1 - open.paragraph < MAX_PARAGRAPHS) continue;
    let end: number | null = tail;
    if (end === null && sentenceLevel) end = p.end;
    if (end !== null) {
      const s = trimSpan(text, open.at + 1, end);
      if (s.end > s.start) out.push({ ...s, open: open.at, close: s.end, nested: false, dash: false, paragraph: open.paragraph, paragraphs: pi - open.paragraph + 1 });
    }
    open = null;
  }
  return out;
}

const ELISIONS = /^(?:em|til|tis|twas|cause|n|round|bout)\b/i;

function singleOpens(text: string, k: number, lo: number): boolean {
  const ch = text[k]!;
  if (ch !== '\u2018' && ch !== "'" && ch !== '\u201a' && ch !== '\u2039') return false;
  const prev = k > lo ? text[k - 1] : undefined;
  const next = text[k + 1];
  if (!canOpen(prev, next) || !isWordChar(next) && next !== '.' ) return false;
  if (/\d/.test(next ?? '') || ELISIONS.test(text.slice(k + 1, k + 7))) return false;
  return true;
}

function singleCloses(text: string, k: number): 'strong' | 'weak' | false {
  const ch = text[k]!;
  if (ch !== '\u2019' && ch !== "'" && ch !== '\u203a' && ch !== '\u2018') return false;
  const prev = text[k - 1];
  const next = text[k + 1];
  if (!canClose(prev, next) || isWordChar(next)) return false;
  // "the Gunners' boss": a plural possessive looks like a closing mark; trust it less.
  if (/s/i.test(prev ?? '') && next === ' ' && /\p{Ll}/u.test(text[k + 2] ?? '')) return 'weak';
  return 'strong';
}

/** Single-mark quotations inside [lo, hi), skipping the `opaque` spans (double quotations). */
function findSingles(text: string, lo: number, hi: number, opaque: Span[], nested: boolean, paragraph: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let oi = 0;
  let open = -1;
  let weak = -1;
  const atStart = (k: number) => /^[\s\u00a0]*$/.test(text.slice(lo, k)) || /:\s*$/.test(text.slice(Math.max(lo, k - 3), k));
  const emit = (from: number, to: number) => {
    const s = trimSpan(text, from + 1, to);
    const long = s.end - s.start > MAX_SINGLE_INLINE;
    if (s.end > s.start && (!long || atStart(from) || endsClause(text.slice(s.start, s.end)))) {
      out.push({ ...s, open: from, close: to + 1, nested, dash: false, paragraph, paragraphs: 1 });
    }
  };
  for (let k = lo; k < hi; k++) {
    while (oi < opaque.length && opaque[oi]!.end <= k) oi++;
    const o = opaque[oi];
    if (o && k >= o.start && k < o.end) {
      k = o.end - 1;
      continue;
    }
    if (open < 0) {
      if (singleOpens(text, k, lo)) open = k;
      continue;
    }
    const c = singleCloses(text, k);
    if (c === 'strong') {
      emit(open, k);
      open = -1;
      weak = -1;
    } else if (c === 'weak' && weak < 0) {
      weak = k;
    } else if (singleOpens(text, k, lo) && weak >= 0) {
      emit(open, weak);
      open = k;
      weak = -1;
    }
  }
  if (open >= 0 && weak >= 0) emit(open, weak);
  return out;
}

/** "– Quoted words, sa Blinken til journalister." */
function findDashQuotes(text: string, paragraphs: Span[], lexicon: AttributionLexicon, scandinavian: boolean, taken: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let previousWasDash = false;
  paragraphs.forEach((p, pi) => {
    const dash = /^[\u2013\u2014]\s+/.exec(text.slice(p.start, p.end));
    const inside = taken.some((t) => t.start <= p.start && t.end >= p.start);
    if (!dash || inside) {
      previousWasDash = false;
      return;
    }
    const from = p.start + dash[0].length;
    const tail = attributionTail(text, from, p.end, lexicon, true);
    if (tail === null && !(scandinavian && (previousWasDash || wordForms(text, from, p.end).length >= 4))) {
      previousWasDash = false;
      return;
    }
    const s = trimSpan(text, from, tail ?? p.end);
    if (s.end > s.start) out.push({ ...s, open: p.start, close: s.end, nested: false, dash: true, paragraph: pi, paragraphs: 1 });
    previousWasDash = true;
  });
  return out;
}

export function findQuotes(text: string, language = 'en'): QuoteSpan[] {
  const lexicon = attributionLexicon(language);
  const paragraphs = splitParagraphs(text);
  const doubles = findDoubles(text, paragraphs, lexicon);
  const all: QuoteSpan[] = [...doubles];
  // Single marks: in the narrative (double quotations opaque), and nested inside doubles.
  let di = 0;
  paragraphs.forEach((p, pi) => {
    const opaque: Span[] = [];
    while (di < doubles.length && doubles[di]!.open < p.end) {
      const d = doubles[di]!;
      if (d.close > p.start) opaque.push({ start: d.open, end: d.close });
      if (d.close > p.end) break;
      di++;
    }
    all.push(...findSingles(text, p.start, p.end, opaque, false, pi));
    for (const d of opaque) {
      const lo = Math.max(p.start, d.start + 1);
      const hi = Math.min(p.end, d.end - 1);
      if (hi > lo) all.push(...findSingles(text, lo, hi, [], true, pi));
    }
  });
  all.push(...findDashQuotes(text, paragraphs, lexicon, SCANDINAVIAN.has(language.toLowerCase().split(/[-_]/)[0]!), doubles));
  all.sort((a, b) => a.open - b.open || b.close - a.close);
  // A double quotation inside a single one (British style) is the nested one.
  for (let i = 0; i < all.length; i++) {
    const outer = all[i]!;
    for (let j = i + 1; j < all.length && all[j]!.open < outer.close; j++) {
      if (all[j]!.close <= outer.close) all[j]!.nested = true;
    }
  }
  return all;
}
