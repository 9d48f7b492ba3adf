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

/** Sentences of one paragraph or of the whole text (paragraph breaks always end a sentence). */
export function splitSentences(text: string, language = 'en'): Span[] {
  const out: Span[] = [];
  for (const paragraph of splitParagraphs(text)) {
    // Line breaks inside a (hard-wrapped) paragraph are spaces, not sentence ends.
    const body = text.slice(paragraph.start, paragraph.end).replace(/\n/g, ' ');
    let pending: Span | null = null;
    for (const seg of segmenterFor(language).segment(body)) {
      const start = paragraph.start + seg.index;
      const end = start + seg.segment.length;
      if (pending && (endsWithAbbreviation(text.slice(pending.start, pending.end)) || startsLowercase(seg.segment))) {
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
