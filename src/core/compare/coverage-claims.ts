// The claims a version makes, as coverage notes see them: units (sentences, joined where one
// quotation runs across them), what each carries that a reader can check (a quoted remark, a
// figure, a named person's statement), and the words, names and figures of whole versions.

import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { tokenize } from '../text/tokens.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';
import { sayingVerbs } from './saying-verbs.ts';

/** Sentences joined where one quotation runs across them: the unit a note quotes. */
export interface ClaimUnit {
  start: number;
  end: number;
  sentences: number[];
}

export const isRemark = (kind: string) => kind !== 'scare' && kind !== 'title';

export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !COMMON_NEWS.has(w));
}

export function claimUnits(t: AnalysedText): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const reach = t.sentences.map((_, i) => i);
  for (const q of t.quotes) {
    if (!isRemark(q.kind)) continue;
    const first = t.sentences.findIndex((s) => s.end > q.start);
    let last = first;
    while (last + 1 < t.sentences.length && t.sentences[last + 1]!.start < q.end) last++;
    if (first >= 0) reach[first] = Math.max(reach[first]!, last);
  }
  for (let i = 0; i < t.sentences.length; ) {
    let end = reach[i]!;
    for (let k = i; k <= end && k < t.sentences.length; k++) end = Math.max(end, reach[k]!);
    const indexes = Array.from({ length: end - i + 1 }, (_, k) => i + k);
    units.push({ start: t.sentences[i]!.start, end: t.sentences[end]!.end, sentences: indexes });
    i = end + 1;
  }
  return units;
}

/** A unit as one sentence: the union of its sentences' words, names, figures and quotes. */
export function unitInfo(t: AnalysedText, u: ClaimUnit): SentenceInfo {
  const parts = u.sentences.map((i) => t.sentences[i]!);
  if (parts.length === 1) return parts[0]!;
  const stems = new Map<string, number>();
  for (const p of parts) for (const [k, v] of p.stems) stems.set(k, Math.max(stems.get(k) ?? 0, v));
  return {
    start: u.start,
    end: u.end,
    stems,
    names: new Set(parts.flatMap((p) => [...p.names])),
    figures: parts.flatMap((p) => p.figures),
    quotes: [...new Set(parts.flatMap((p) => p.quotes))],
    wordCount: parts.reduce((n, p) => n + p.wordCount, 0),
    residue: parts.every((p) => p.residue),
  };
}

export interface Vocabulary {
  names: Set<string>;
  figures: Set<number>;
  words: Set<string>;
  wordCount: number;
}

const vocabularies = new WeakMap<AnalysedText, Vocabulary>();

export function vocabularyOf(t: AnalysedText): Vocabulary {
  let v = vocabularies.get(t);
  if (!v) {
    v = {
      names: new Set(t.sentences.flatMap((s) => [...s.names])),
      figures: new Set(t.sentences.flatMap((s) => s.figures.map((f) => f.value))),
      words: new Set(contentWords(t.text)),
      wordCount: t.sentences.reduce((n, s) => n + s.wordCount, 0),
    };
    vocabularies.set(t, v);
  }
  return v;
}

/** What a unit carries that a reader could check against another version. */
export interface ClaimAnchors {
  /** A quoted remark of four content words or more, most of them printed in no other version. */
  quote: boolean;
  /** The speaker's attribution confidence for that remark (0 when nobody is named). */
  quoteAttribution: number;
  /** A figure (10 or more, or a money sum or percentage) that no other version prints. */
  figure: boolean;
  /** A reported statement: a verb of saying with a name in the sentence. */
  statement: boolean;
  /** Names in the unit that no other version prints. */
  absentNames: number;
  /** Share of the unit's content words that no other version prints. */
  absentWords: number;
  /** A year printed in the unit ("in 1999"): background far more often than news. */
  year: boolean;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

export function anchorsOf(t: AnalysedText, s: SentenceInfo, others: Vocabulary[], pairedQuotes: ReadonlySet<number>): ClaimAnchors {
  const absent = (has: (v: Vocabulary) => boolean) => others.every((v) => !has(v));
  let quote = false;
  let quoteAttribution = 0;
  for (const i of s.quotes) {
    const q = t.quotes[i]!;
    if (!isRemark(q.kind) || pairedQuotes.has(i)) continue;
    const words = contentWords(q.text);
    if (words.length < 4) continue;
    const missing = words.filter((w) => absent((v) => v.words.has(w))).length;
    if (missing / words.length >= 0.5) {
      quote = true;
      quoteAttribution = Math.max(quoteAttribution, q.speaker ? q.confidence : 0);
    }
  }
  const figure = s.figures.some((f) => (f.value >= 10 || f.kind === 'money' || f.kind === 'percent') && absent((v) => v.figures.has(f.value)));
  const text = t.text.slice(s.start, s.end);
  const verbs = sayingVerbs(t.language);
  const statement = s.names.size > 0 && tokenize(text).some((tok) => verbs.has(tok.norm));
  const words = contentWords(text);
  const absentWords = words.length ? words.filter((w) => absent((v) => v.words.has(w))).length / words.length : 0;
  return {
    quote,
    quoteAttribution,
    figure,
    statement,
    absentNames: [...s.names].filter((n) => absent((v) => v.names.has(n))).length,
    absentWords,
    year: YEAR.test(text),
  };
}
