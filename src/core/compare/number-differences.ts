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
/** Less similar statements still compare figures that count the same thing and are close in size. */
const CLOSE_FIGURE_SIMILARITY = 0.3;
const CLOSE_FIGURE_RATIO = 1.5;

const UNIT_SYNONYMS: string[][] = [
  ['nation', 'country', 'countri', 'state', 'land', 'staat', 'staaten', 'pay', 'pays', 'member'],
  ['people', 'person', 'individual', 'civilian', 'resident', 'menschen', 'personne', 'personer', 'mennesker', 'evacuee', 'refugee', 'migrant', 'flüchtling', 'réfugié', 'refugie', 'flyktning'],
  ['year', 'jahr', 'jahre', 'jahren', 'an', 'ans', 'année', 'annee', 'år'],
  ['day', 'tag', 'tage', 'tagen', 'jour', 'jours', 'dag', 'dager'],
  ['dollar', 'usd'],
  ['euro', 'eur'],
  ['percent', 'prozent', 'pourcent', 'prosent'],
];

/** "11,000 Afghans", "300 Germans": a capitalised plural after a figure counts people. */
function isDemonym(text: string, n: NumberMention): boolean {
  const after = /^[\s-]+(\p{Lu}\p{Ll}+s)\b/u.exec(text.slice(n.end, n.end + 30));
  return !!after && after[1]!.toLowerCase() === n.unit;
}

function unitKey(n: NumberMention, language: string, text?: string): string | null {
  if (n.kind === 'percent') return 'percent';
  if (n.kind === 'money') return 'money';
  if (!n.unit) return null;
  if (text && isDemonym(text, n)) return 'people';
  const folded = foldForIndex(n.unit.replace(/-(old|long|strong)$/, ''));
  const stemmed = stem(folded, language);
  for (const group of UNIT_SYNONYMS) {
    if (group.includes(folded) || group.includes(stemmed) || group.some((g) => stem(g, language) === stemmed)) return group[0]!;
  }
  return stemmed;
}

// A bound ("more than 20") is not a figure: it agrees with every figure on its side of it.
const LOWER_BOUND = /(more than|over|at least|upwards of|mehr als|über|mindestens|plus de|au moins|mer enn|minst|más de|oltre)\s*$/i;
const UPPER_BOUND = /(up to|fewer than|less than|nearly|almost|under|bis zu|fast|knapp|weniger als|jusqu'à|près de|presque|moins de|opptil|nesten|under|casi|hasta)\s*$/i;
// A hedge ("some 123,000") still states a figure; it only excuses rounding.
const HEDGE = /(about|around|some|roughly|approximately|an estimated|rund|etwa|circa|ungefähr|environ|quelque|rundt|omkring|cirka|alrededor de|unos|unas|circa)\s*$/i;

type Qualifier = 'lower' | 'upper' | 'hedge' | null;

function qualifierOf(text: string, n: NumberMention): Qualifier {
  const before = text.slice(Math.max(0, n.start - 20), n.start);
  if (LOWER_BOUND.test(before)) return 'lower';
  if (UPPER_BOUND.test(before)) return 'upper';
  if (HEDGE.test(before)) return 'hedge';
  return null;
}

/** Trailing zeros: 120,000 is rounder than 123,000. */
function roundness(value: number): number {
  let zeros = 0;
  for (let v = Math.round(value); v > 0 && v % 10 === 0; v /= 10) zeros++;
  return zeros;
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

function disagree(a: NumberMention, qa: Qualifier, b: NumberMention, qb: Qualifier): boolean {
  if (a.value === b.value) return false;
  // "more than 20" agrees with 22; "nearly 100" agrees with 97.
  if ((qa === 'lower' && b.value >= a.value) || (qb === 'lower' && a.value >= b.value)) return false;
  if ((qa === 'upper' && b.value <= a.value) || (qb === 'upper' && a.value <= b.value)) return false;
  if (qa === 'lower' || qa === 'upper' || qb === 'lower' || qb === 'upper') return true;
  if (qa === 'hedge' || qb === 'hedge') {
    // "about 120,000" rounds 123,000; "about 124,000" does not.
    const [rounder, other] = roundness(a.value) >= roundness(b.value) ? [a, b] : [b, a];
    const close = Math.abs(rounder.value - other.value) / other.value <= 0.1;
    if (roundness(rounder.value) > roundness(other.value) && close) return false;
  }
  return true;
}

/** Sentences that each hold the only figure of a unit in their whole text still need this much in common. */
const UNIQUE_UNIT_SIMILARITY = 0.15;

/** Figures of a unit that occurs once in the whole text: "the 20-nation meeting" is one thing. */
function figuresByUniqueUnit(t: AnalysedText): Map<string, { f: NumberMention; s: number }> {
  const counts = new Map<string, { f: NumberMention; s: number }[]>();
  t.sentences.forEach((sentence, s) => {
    for (const f of sentence.figures) {
      const unit = unitKey(f, t.language, t.text);
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
  const statements = alignment.pairs.filter((p) => p.score >= CLOSE_FIGURE_SIMILARITY);
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
      const unit = unitKey(fh, here.language, here.text);
      if (!unit) continue;
      const sameUnitHere = hs.figures.filter((f) => unitKey(f, here.language, here.text) === unit);
      const sameUnitThere = thereFigures.filter((x) => unitKey(x.f, there.language, there.text) === unit && x.f.kind === fh.kind);
      // One figure per unit on each side, or we cannot tell which one answers which.
      if (sameUnitHere.length !== 1 || sameUnitThere.length !== 1) continue;
      const { f: ft, s: ts } = sameUnitThere[0]!;
      const ratio = Math.max(fh.value, ft.value) / Math.max(1e-9, Math.min(fh.value, ft.value));
      if (pair.score < STATEMENT_SIMILARITY && ratio > CLOSE_FIGURE_RATIO) continue;
      if (!disagree(fh, qualifierOf(here.text, fh), ft, qualifierOf(there.text, ft))) continue;
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
