// What one version reports and the others leave out. A sentence counts as a claim only when it
// carries something checkable (a quote, a figure or a name); it is "only here" (or "only
// elsewhere") when no sentence of the other versions says anything like it AND something it
// names appears nowhere in them. Both conditions keep paraphrases from being reported as gaps.

import { isSpeech, type Difference, type Span } from '../types.ts';
import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import type { SentenceAlignment } from './align.ts';
import type { VersionRef } from './quote-differences.ts';
import { tokenize } from '../text/tokens.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';

/** Below this best similarity a sentence has no counterpart. */
const NO_COUNTERPART = 0.22;
/** At or above this a sentence surely has a counterpart. */
const SURE_COUNTERPART = 0.4;
const MIN_WORDS = 6;
/** Notes of each direction, at most: the most telling first. */
export const MAX_COVERAGE_NOTES = 8;
/** A sentence this close to another may still be a new claim if it brings a figure nobody else has. */
const WEAK_COUNTERPART = 0.35;

export interface VersionComparison {
  version: VersionRef;
  text: AnalysedText;
  alignment: SentenceAlignment;
  /** Indexes of quotes here / there that have a counterpart in the other version. */
  pairedHere: Set<number>;
  pairedThere: Set<number>;
}

function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !COMMON_NEWS.has(w));
}

/** A unit has no counterpart when its sentences, on average, match nothing and none matches well. */
function hasNoCounterpart(best: (k: number) => number, u: ClaimUnit): boolean {
  const values = u.sentences.map(best);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean < NO_COUNTERPART && values.every((v) => v < SURE_COUNTERPART);
}

/** Sentences joined where one quotation runs across them: the unit a note quotes. */
interface ClaimUnit {
  start: number;
  end: number;
  sentences: number[];
}

function claimUnits(t: AnalysedText): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const reach = t.sentences.map((_, i) => i);
  for (const q of t.quotes) {
    if (!isSpeech(q)) continue;
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
function unitInfo(t: AnalysedText, u: ClaimUnit): SentenceInfo {
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

function anchorsOf(t: AnalysedText, s: SentenceInfo): { names: string[]; figures: number[]; quoteWords: string[] } {
  const quoteWords = s.quotes
    .map((i) => t.quotes[i]!)
    .filter((q) => isSpeech(q))
    .map((q) => contentWords(q.text))
    // A fragment of two or three words ("at their deeds") is too little to tell a new claim.
    .filter((words) => words.length >= 4)
    .flat();
  return { names: [...s.names], figures: s.figures.map((f) => f.value), quoteWords };
}

interface Vocabulary {
  names: Set<string>;
  figures: Set<number>;
  words: Set<string>;
}

function vocabularyOf(t: AnalysedText): Vocabulary {
  return {
    names: new Set(t.sentences.flatMap((s) => [...s.names])),
    figures: new Set(t.sentences.flatMap((s) => s.figures.map((f) => f.value))),
    words: new Set(contentWords(t.text)),
  };
}

/** True when the unit carries a figure that appears in none of the vocabularies. */
function hasNewFigure(s: SentenceInfo, vocabularies: Vocabulary[]): boolean {
  return s.figures.some((f) => f.value >= 10 && vocabularies.every((v) => !v.figures.has(f.value)));
}

function weakCounterpart(best: (k: number) => number, u: ClaimUnit): boolean {
  return u.sentences.every((k) => best(k) < WEAK_COUNTERPART);
}

/** True when something the sentence names is absent from every vocabulary. */
function namesSomethingAbsent(t: AnalysedText, s: SentenceInfo, vocabularies: Vocabulary[]): boolean {
  const a = anchorsOf(t, s);
  const absent = (has: (v: Vocabulary) => boolean) => vocabularies.every((v) => !has(v));
  if (a.names.some((n) => absent((v) => v.names.has(n)))) return true;
  if (a.figures.some((f) => absent((v) => v.figures.has(f)))) return true;
  const quoteAbsent = a.quoteWords.filter((w) => absent((v) => v.words.has(w)));
  return a.quoteWords.length > 0 && quoteAbsent.length / a.quoteWords.length >= 0.5;
}

function isClaim(t: AnalysedText, s: SentenceInfo): boolean {
  if (s.residue) return false;
  const hasQuote = s.quotes.some((i) => isSpeech(t.quotes[i]!));
  if (hasQuote) return true;
  return s.wordCount >= MIN_WORDS && (s.names.size > 0 || s.figures.length > 0);
}

function priority(t: AnalysedText, s: SentenceInfo): number {
  const quote = s.quotes.some((i) => isSpeech(t.quotes[i]!)) ? 4 : 0;
  return quote + (s.figures.length > 0 ? 2 : 0) + Math.min(2, s.names.size);
}

function pick<T extends { p: number; order: number }>(items: T[]): T[] {
  return [...items]
    .sort((a, b) => b.p - a.p || a.order - b.order)
    .slice(0, MAX_COVERAGE_NOTES)
    .sort((a, b) => a.order - b.order);
}

/** `reported`: spans here already noted as differing figures (a changed figure is not a new claim). */
export function coverageDifferences(here: AnalysedText, comparisons: VersionComparison[], reported: Span[] = []): Omit<Difference, 'id'>[] {
  if (comparisons.length === 0) return [];
  const out: Omit<Difference, 'id'>[] = [];
  const outlets = comparisons.map((c) => c.version.outlet);
  const otherVocabularies = comparisons.map((c) => vocabularyOf(c.text));

  const onlyHere = claimUnits(here).flatMap((u, i) => {
    const s = unitInfo(here, u);
    if (!isClaim(here, s)) return [];
    const unmatched = comparisons.every((c) => hasNoCounterpart((k) => c.alignment.bestHere[k]!, u));
    const newFigure =
      hasNewFigure(s, otherVocabularies) &&
      comparisons.every((c) => weakCounterpart((k) => c.alignment.bestHere[k]!, u)) &&
      !reported.some((r) => r.start < u.end && r.end > u.start);
    if (!unmatched && !newFigure) return [];
    if (s.quotes.some((q) => comparisons.some((c) => c.pairedHere.has(q)))) return [];
    if (!namesSomethingAbsent(here, s, otherVocabularies)) return [];
    return [{ s, p: priority(here, s), order: i }];
  });
  for (const { s } of pick(onlyHere)) {
    out.push({
      kind: 'only-here',
      speaker: null,
      here: { text: here.text.slice(s.start, s.end), start: s.start, end: s.end },
      there: null,
      explanation: `Not reported by ${outlets.join(', ')}.`,
      confidence: 0.7,
    });
  }

  const hereVocabulary = [vocabularyOf(here)];
  const seen: SentenceInfo[] = [];
  const onlyElsewhere = comparisons.flatMap((c, ci) =>
    claimUnits(c.text).flatMap((u, j) => {
      const s = unitInfo(c.text, u);
      if (!isClaim(c.text, s)) return [];
      const unmatched = hasNoCounterpart((k) => c.alignment.bestThere[k]!, u);
      const newFigure = hasNewFigure(s, hereVocabulary) && weakCounterpart((k) => c.alignment.bestThere[k]!, u);
      if (!unmatched && !newFigure) return [];
      if (s.quotes.some((q) => c.pairedThere.has(q))) return [];
      if (!namesSomethingAbsent(c.text, s, hereVocabulary)) return [];
      return [{ c, s, p: priority(c.text, s), order: ci * 100_000 + j }];
    }),
  );
  for (const { c, s } of pick(onlyElsewhere)) {
    // Two other versions reporting the same thing make one note.
    if (seen.some((x) => x.names.size > 0 && [...x.names].every((n) => s.names.has(n)) && x.wordCount === s.wordCount)) continue;
    seen.push(s);
    out.push({
      kind: 'only-elsewhere',
      speaker: null,
      here: null,
      there: { text: c.text.text.slice(s.start, s.end), outlet: c.version.outlet, articleId: c.version.articleId, start: s.start, end: s.end },
      explanation: `${c.version.outlet} reports this; this article does not.`,
      confidence: 0.7,
    });
  }
  return out;
}
