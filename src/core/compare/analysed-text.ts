// One text, analysed once for comparison: sentences with their words, names and figures, and
// the quotes, speakers and entities found in it. Built for the page's article and for each
// corpus version (cached by the prepared corpus).

import type { EntityHit, Quote, Speaker, Span } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { analyzeQuotes } from '../quotes/index.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';
import { stem } from '../match/stem.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { boilerplateReason } from '../extract/boilerplate-paragraphs.ts';

export interface SentenceInfo extends Span {
  /** Content-word stems with their weight (common news words count less). */
  stems: Map<string, number>;
  /** Entity ids and other capitalised names in the sentence. */
  names: Set<string>;
  /** Figures worth comparing (counts, money, percentages, ages). */
  figures: NumberMention[];
  /** Indexes of quotes that overlap this sentence. */
  quotes: number[];
  wordCount: number;
  /** Page furniture left in the text ("Read more: …", a photo caption): never a claim. */
  residue?: boolean;
}

export interface AnalysedText {
  text: string;
  language: string;
  sentences: SentenceInfo[];
  quotes: Quote[];
  speakers: Speaker[];
  entities: EntityHit[];
}

/** Mentions sorted by start that lie inside a span (binary search, then a short walk). */
function mentionsWithin<T extends Span>(sorted: T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  return out;
}

function isProperNoun(word: string, norm: string, gapBefore: string): boolean {
  if (!/^\p{Lu}/u.test(word) || COMMON_NEWS.has(norm)) return false;
  // Shouted words and words opening a quotation or a clause after a colon are not names.
  if (word.length > 4 && word === word.toUpperCase()) return false;
  return !/[:"“”«»„‘’'(\[–—-]\s*$/u.test(gapBefore);
}

const COMPARABLE_KINDS = new Set(['count', 'money', 'percent', 'age']);

export function analyseText(text: string, language: string, catalog: EntityCatalog): AnalysedText {
  const { quotes, speakers, entities } = analyzeQuotes(text, { language, catalog });
  const spans = splitSentences(text, language);
  const numbers = findNumbers(text, language).filter((n) => COMPARABLE_KINDS.has(n.kind));
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ key: e.id ?? `n:${e.name.toLowerCase()}`, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);

  const residue = splitParagraphs(text).filter((p) =>
    boilerplateReason({ text: text.slice(p.start, p.end), kind: 'text', linkShare: 0 }, { title: null, byline: null }),
  );
  const sentences: SentenceInfo[] = spans.map((span) => {
    const stems = new Map<string, number>();
    const names = new Set<string>();
    const tokens = tokenize(text, span.start, span.end);
    for (const m of mentionsWithin(mentions, span)) names.add(m.key);
    let mi = 0;
    tokens.forEach((t, k) => {
      while (mi < mentions.length && mentions[mi]!.end <= t.start) mi++;
      // A word inside a mention, or a possessive running past its end ("Afghanistan's").
      if (mi < mentions.length && mentions[mi]!.start <= t.start && t.start < mentions[mi]!.end) return;
      if (/^\p{N}/u.test(t.text) || t.norm.length < 3 || STOPWORDS.has(t.norm)) return;
      // A capitalised word inside a sentence is a name the entity list does not know ("Landstuhl").
      if (k > 0 && isProperNoun(t.text, t.norm, text.slice(tokens[k - 1]!.end, t.start))) names.add(`p:${t.norm}`);
      const key = stem(t.norm, language);
      stems.set(key, Math.max(stems.get(key) ?? 0, COMMON_NEWS.has(t.norm) ? 0.3 : 1));
    });
    return {
      start: span.start,
      end: span.end,
      stems,
      names,
      figures: numbers.filter((n) => n.start >= span.start && n.end <= span.end),
      quotes: quotes.flatMap((q, i) => (q.start < span.end && q.end > span.start ? [i] : [])),
      wordCount: tokens.length,
      residue: residue.some((p) => p.start <= span.start && span.end <= p.end),
    };
  });
  return { text, language, sentences, quotes, speakers, entities };
}
