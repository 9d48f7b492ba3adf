// Figures that disagree between aligned statements: "a 20-nation meeting" against "a 22-nation
// meeting", "123,000 people" against "124,000 people". Only figures that count the same thing
// (same unit word, or known synonyms) in sentences that clearly say the same thing are compared;
// approximate figures ("more than 20", "some 120,000") must disagree by a wide margin.

import type { Difference } from '../types.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { sentenceSimilarity, type SentenceAlignment } from './align.ts';
import type { VersionRef } from './quote-differences.ts';
import { diffWords } from './word-diff.ts';
import { stem } from '../match/stem.ts';
import { foldForIndex } from '../text/normalize.ts';

/** Aligned sentences must be at least this similar for their figures to be compared. */
const STATEMENT_SIMILARITY = 0.45;

const UNIT_SYNONYMS: string[][] = [
  ['nation', 'country', 'countri', 'state', 'land', 'staat', 'staaten', 'pay', 'pays', 'member'],
  ['people', 'person', 'individual', 'civilian', 'resident', 'menschen', 'personne', 'personer', 'mennesker'],
  ['year', 'jahr', 'jahre', 'jahren', 'an', 'ans', 'année', 'annee', 'år'],
  ['day', 'tag', 'tage', 'tagen', 'jour', 'jours', 'dag', 'dager'],
  ['dollar', 'usd'],
  ['euro', 'eur'],
  ['percent', 'prozent', 'pourcent', 'prosent'],
];

function unitKey(n: NumberMention, language: string): string | null {
  if (n.kind === 'percent') return 'percent';
  if (n.kind === 'money') return 'money';
  if (!n.unit) return null;
  const folded = foldForIndex(n.unit.replace(/-(old|long|strong)$/, ''));
  const stemmed = stem(folded, language);
  for (const group of UNIT_SYNONYMS) if (group.includes(folded) || group.includes(stemmed)) return group[0]!;
  return stemmed;
}

const APPROXIMATE = /(more than|over|about|around|nearly|almost|some|up to|at least|roughly|approximately|mehr als|über|rund|etwa|knapp|fast|plus de|environ|près de|presque|mer enn|over|rundt|nesten|omkring)\s*$/i;

function isApproximate(text: string, n: NumberMention): boolean {
  return APPROXIMATE.test(text.slice(Math.max(0, n.start - 16), n.start));
}

/** The words around a figure, for showing both sides: the clause it sits in. */
function clauseAround(text: string, sentence: SentenceInfo, n: NumberMention): { start: number; end: number } {
  let start = n.start;
  let end = n.end;
  const stop = /[,;:()\u2013\u2014]/;
  let words = 0;
  while (start > sentence.start && words < 6 && !stop.test(text[start - 1]!)) {
    start--;
    if (text[start] === ' ') words++;
  }
  words = 0;
  while (end < sentence.end && words < 6 && !stop.test(text[end]!)) {
    end++;
    if (text[end] === ' ') words++;
  }
  while (/\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function disagree(a: NumberMention, b: NumberMention, approximate: boolean): boolean {
  if (a.value === b.value) return false;
  if (!approximate) return true;
  const ratio = Math.max(a.value, b.value) / Math.max(1e-9, Math.min(a.value, b.value));
  return ratio > 1.5;
}

/** Sentences that each hold the only figure of a unit in their whole text still need this much in common. */
const UNIQUE_UNIT_SIMILARITY = 0.15;

/** Figures of a unit that occurs once in the whole text: "the 20-nation meeting" is one thing. */
function figuresByUniqueUnit(t: AnalysedText): Map<string, { f: NumberMention; s: number }> {
  const counts = new Map<string, { f: NumberMention; s: number }[]>();
  t.sentences.forEach((sentence, s) => {
    for (const f of sentence.figures) {
      const unit = unitKey(f, t.language);
      if (!unit || unit === 'money' || unit === 'percent') continue;
      const list = counts.get(unit) ?? [];
      list.push({ f, s });
      counts.set(unit, list);
    }
  });
  const out = new Map<string, { f: NumberMention; s: number }>();
  for (const [unit, list] of counts) if (list.length === 1) out.set(unit, list[0]!);
  return out;
}

function sharesAName(a: SentenceInfo, b: SentenceInfo): boolean {
  for (const n of a.names) if (b.names.has(n)) return true;
  return false;
}

export function numberDifferences(
  here: AnalysedText,
  there: AnalysedText,
  version: VersionRef,
  alignment: SentenceAlignment,
): Omit<Difference, 'id'>[] {
  const out: Omit<Difference, 'id'>[] = [];
  const reported = new Set<string>();
  // Statement pairs: aligned sentences, plus sentences holding the only figure of one unit on
  // each side and naming something in common.
  const statements = alignment.pairs.filter((p) => p.score >= STATEMENT_SIMILARITY);
  const uniqueThere = figuresByUniqueUnit(there);
  for (const [unit, h] of figuresByUniqueUnit(here)) {
    const t = uniqueThere.get(unit);
    if (!t || statements.some((p) => p.here === h.s && p.there.includes(t.s))) continue;
    // Small counts ("the two countries") and figures of another magnitude are other things.
    if (h.f.value < 10 || t.f.value < 10 || Math.max(h.f.value, t.f.value) / Math.min(h.f.value, t.f.value) > 3) continue;
    const hs = here.sentences[h.s]!;
    const ts = there.sentences[t.s]!;
    const similarity = sentenceSimilarity(hs, ts);
    if (similarity >= UNIQUE_UNIT_SIMILARITY && sharesAName(hs, ts)) statements.push({ here: h.s, there: [t.s], score: similarity });
  }
  for (const pair of statements) {
    const hs = here.sentences[pair.here]!;
    const thereFigures = pair.there.flatMap((j) => there.sentences[j]!.figures.map((f) => ({ f, s: there.sentences[j]! })));
    for (const fh of hs.figures) {
      const unit = unitKey(fh, here.language);
      if (!unit) continue;
      const sameUnitHere = hs.figures.filter((f) => unitKey(f, here.language) === unit);
      const sameUnitThere = thereFigures.filter((x) => unitKey(x.f, there.language) === unit && x.f.kind === fh.kind);
      // One figure per unit on each side, or we cannot tell which one answers which.
      if (sameUnitHere.length !== 1 || sameUnitThere.length !== 1) continue;
      const { f: ft, s: ts } = sameUnitThere[0]!;
      const approximate = isApproximate(here.text, fh) || isApproximate(there.text, ft);
      if (!disagree(fh, ft, approximate)) continue;
      const key = `${fh.start}:${ft.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const hc = clauseAround(here.text, hs, fh);
      const tc = clauseAround(there.text, ts, ft);
      const hereText = here.text.slice(hc.start, hc.end);
      const thereText = there.text.slice(tc.start, tc.end);
      out.push({
        kind: 'number',
        speaker: null,
        here: { text: hereText, start: hc.start, end: hc.end },
        there: { text: thereText, outlet: version.outlet, articleId: version.articleId, start: tc.start, end: tc.end },
        explanation: `Here: ${fh.text}; ${version.outlet}: ${ft.text}.`,
        values: { here: fh.text, there: ft.text },
        diff: diffWords(hereText, thereText),
        confidence: Math.min(1, Math.max(0.5, pair.score + 0.2)),
      });
    }
  }
  return out;
}
