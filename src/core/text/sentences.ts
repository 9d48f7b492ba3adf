// Sentence spans inside paragraphs: Intl.Segmenter, then repair the splits it makes after
// abbreviations ("Mr. Blinken", "U.S. officials", "Sept. 8") and initials ("J. Doe").

import type { Span } from '../types.ts';
import { splitParagraphs } from './paragraphs.ts';

export const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
    'cmdr', 'adm', 'maj', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nos', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'hon', 'rev', 'fig', 'vol', 'ca',
    // German, French, Norwegian
    'z.b', 'bzw', 'nr', 'hr', 'fr', 'dr', 'ca', 'mme', 'mlle', 'm', 'bd', 'av', 'hr', 'kl', 'pst',
  ],
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Enough characters to hold the longest abbreviation or chain of initials with its space. */
const ABBREVIATION_TAIL = 48;

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(\["'])((?:\p{L}\.)*\p{L}+)\.\s*$/u.exec(sentence);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(m[1]!) || /^(?:\p{L}\.)+\p{L}$/u.test(m[1]!);
}

function startsLowercase(sentence: string): boolean {
  const m = /^[\s"'“”‘’«»„(\[-]*(\p{L})/u.exec(sentence);
  return !!m && m[1] !== m[1]!.toUpperCase();
}

/**
 * Intl.Segmenter's sentences, fed windows of at most SEGMENT_WINDOW characters: its cost grows
 * with the square of the string it is given (100,000 characters of prose: ~0.3 s whole, ~3 ms in
 * windows). A window ends after a sentence mark and a space where it can, so few sentences are cut.
 */
const SEGMENT_WINDOW = 2000;

const MARK_INSIDE = /[.!?\u2026\u3002\uff01\uff1f]./su;

function* segments(body: string, language: string): Generator<{ index: number; segment: string }> {
  // A paragraph with no sentence mark before its end is one sentence (headlines, captions, list lines).
  if (!MARK_INSIDE.test(body)) {
    yield { index: 0, segment: body };
    return;
  }
  const segmenter = segmenterFor(language);
  for (let from = 0; from < body.length; ) {
    let to = Math.min(body.length, from + SEGMENT_WINDOW);
    if (to < body.length) {
      const part = body.slice(from, to);
      const mark = Math.max(part.lastIndexOf('. '), part.lastIndexOf('? '), part.lastIndexOf('! '));
      const space = part.lastIndexOf(' ');
      const at = mark > SEGMENT_WINDOW / 2 ? mark + 2 : space > SEGMENT_WINDOW / 2 ? space + 1 : part.length;
      to = from + at;
    }
    for (const seg of segmenter.segment(body.slice(from, to))) yield { index: from + seg.index, segment: seg.segment };
    from = to;
  }
}

/** Sentences of one paragraph or of the whole text (paragraph breaks always end a sentence). */
export function splitSentences(text: string, language = 'en'): Span[] {
  const out: Span[] = [];
  for (const paragraph of splitParagraphs(text)) {
    // Line breaks inside a (hard-wrapped) paragraph are spaces, not sentence ends.
    const body = text.slice(paragraph.start, paragraph.end).replace(/\n/g, ' ');
    let pending: Span | null = null;
    for (const seg of segments(body, language)) {
      const start = paragraph.start + seg.index;
      const end = start + seg.segment.length;
      // Only the sentence's last word decides, so only its tail is read: a run of merged
      // fragments ("A. B. C. …") must not be re-read whole at every step.
      const tail = pending ? text.slice(Math.max(pending.start, pending.end - ABBREVIATION_TAIL), pending.end) : '';
      if (pending && (endsWithAbbreviation(tail) || startsLowercase(seg.segment))) {
        pending.end = end;
        continue;
      }
      if (pending) out.push(trim(text, pending));
      pending = { start, end };
    }
    if (pending) out.push(trim(text, pending));
  }
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
