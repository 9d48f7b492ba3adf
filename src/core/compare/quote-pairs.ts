// Which quotes in two versions are the same remark. A remark is the same when most of the
// shorter rendering's content words appear in the longer one, or when the quotes sit in
// sentences that say the same thing and still share a good part of their words.

import { isSpeech, type DiffPart, type Quote } from '../types.ts';
import type { AnalysedText } from './analysed-text.ts';
import { ALIGN_THRESHOLD, sentenceSimilarity, type SentenceAlignment } from './align.ts';
import { diffWords } from './word-diff.ts';
import { tokenize } from '../text/tokens.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { stem } from '../match/stem.ts';
import { remarkOverlap } from './remark-overlap.ts';

export type QuoteRelation = 'identical' | 'partial' | 'reworded';

export interface QuotePair {
  here: number;
  there: number;
  /** Share of the shorter quote's content words found in the other. */
  containment: number;
  relation: QuoteRelation;
  /** here → there, word level. */
  diff: DiffPart[];
}

function contentStems(text: string, language: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t.norm) && t.norm.length > 1)
    .map((t) => stem(t.norm, language));
}

/** Content stems and sentences of every quote of a text, computed once per text. */
const quoteFacts = new WeakMap<AnalysedText, { stems: string[][]; sentences: number[][] }>();

function factsOf(text: AnalysedText): { stems: string[][]; sentences: number[][] } {
  let facts = quoteFacts.get(text);
  if (!facts) {
    facts = { stems: text.quotes.map((q) => contentStems(q.text, text.language)), sentences: text.quotes.map((q) => sentencesOf(q, text)) };
    quoteFacts.set(text, facts);
  }
  return facts;
}

function containmentOf(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const pool = new Map<string, number>();
  for (const w of large) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of small) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(w, n - 1);
    }
  }
  return shared / small.length;
}

/**
 * Edge-only changes mean one version quotes more of the remark than the other: partial quoting,
 * not different wording. Changes strictly inside the shared words are rewording.
 */
export function relationOf(diff: DiffPart[]): QuoteRelation {
  let first = 0;
  let last = diff.length - 1;
  while (first <= last && diff[first]!.op !== 'same') first++;
  while (last >= first && diff[last]!.op !== 'same') last--;
  if (first > last) return 'reworded';
  // An edge where both sides have words of their own is a substitution ("must be won" /
  // "must be fought for"), not one version quoting more than the other.
  const substituted = (edge: DiffPart[]) => edge.some((p) => p.op === 'here') && edge.some((p) => p.op === 'there');
  if (substituted(diff.slice(0, first)) || substituted(diff.slice(last + 1))) return 'reworded';
  const inner = diff.slice(first, last + 1);
  if (inner.every((p) => p.op === 'same')) return first === 0 && last === diff.length - 1 ? 'identical' : 'partial';
  return 'reworded';
}

function sentencesOf(q: Quote, text: AnalysedText): number[] {
  const out: number[] = [];
  text.sentences.forEach((s, i) => {
    if (q.start < s.end && q.end > s.start) out.push(i);
  });
  return out;
}

const MIN_WORDS_FOR_REWORDING = 4;
/** One remark by its words in order: a run this long, this share of the shorter kept, this many words. */
const IN_ORDER_RUN = 4;
const IN_ORDER_SHARE = 0.6;
const IN_ORDER_WORDS = 6;

/** Share of the shorter rendering kept in order when two renderings are one remark by word order, else 0. */
function keptInOrder(a: string, b: string): number {
  const o = remarkOverlap(a, b);
  if (o.shorter < IN_ORDER_WORDS || o.run < IN_ORDER_RUN) return 0;
  const share = o.common / o.shorter;
  return share >= IN_ORDER_SHARE ? share : 0;
}

export function pairQuotes(here: AnalysedText, there: AnalysedText, alignment: SentenceAlignment): QuotePair[] {
  const alignedWith = new Map<number, Set<number>>();
  for (const p of alignment.pairs) alignedWith.set(p.here, new Set(p.there));
  const { stems: thereStems, sentences: thereSentences } = factsOf(there);
  const hereFacts = factsOf(here);
  const pairs: QuotePair[] = [];
  here.quotes.forEach((q, i) => {
    if (!isSpeech(q)) return;
    const stems = hereFacts.stems[i]!;
    if (stems.length === 0) return;
    const hereSentences = hereFacts.sentences[i]!;
    let best: { j: number; containment: number } | null = null;
    there.quotes.forEach((t, j) => {
      if (!isSpeech(t)) return;
      const containment = containmentOf(stems, thereStems[j]!);
      const short = Math.min(stems.length, thereStems[j]!.length) < MIN_WORDS_FOR_REWORDING;
      if (short ? containment < 1 : containment < 0.4) {
        // A short remark with a word changed ("entirely preventable" / "completely preventable")
        // keeps too few content words to pass on them, but keeps its words in order.
        const kept = keptInOrder(q.text, t.text);
        if (kept > 0 && (!best || kept > best.containment)) best = { j, containment: kept };
        return;
      }
      if (best && containment <= best.containment) return;
      // The quotes' sentences say much the same, whether or not the alignment paired them.
      const aligned = () =>
        hereSentences.some((s) =>
          thereSentences[j]!.some((u) => alignedWith.get(s)?.has(u) || sentenceSimilarity(here.sentences[s]!, there.sentences[u]!) >= ALIGN_THRESHOLD),
        );
      const enough = short ? aligned() : containment >= 0.6 || aligned() || keptInOrder(q.text, t.text) > 0;
      if (enough) best = { j, containment };
    });
    if (!best) return;
    const { j, containment } = best as { j: number; containment: number };
    const diff = diffWords(q.text, there.quotes[j]!.text);
    pairs.push({ here: i, there: j, containment, relation: relationOf(diff), diff });
  });
  return pairs;
}
