// What one version reports and the others leave out. A unit is a candidate only when it carries
// something a reader can check (a quoted remark, a figure, a named person's statement) that no
// other version carries in any form: no sentence there says anything like it, and its remark,
// figure or names are printed nowhere there. How sure the note is comes from the note model:
// background (years, the end of a long article), furniture and length differences weigh it down.

import type { Span } from '../types.ts';
import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { sentenceSimilarity, type SentenceAlignment } from './align.ts';
import type { VersionRef } from './quote-differences.ts';
import type { NoteCandidate } from './note-candidate.ts';
import { anchorsOf, claimUnits, isRemark, unitInfo, vocabularyOf, type ClaimAnchors, type ClaimUnit, type Vocabulary } from './coverage-claims.ts';

/** Below this best similarity a sentence has no counterpart. */
const NO_COUNTERPART = 0.22;
/** At or above this a sentence surely has a counterpart. */
const SURE_COUNTERPART = 0.4;
const MIN_WORDS = 6;
/** Notes of each direction, at most: the most telling first. */
export const MAX_COVERAGE_NOTES = 8;
/** A sentence this close to another may still be a new claim if it brings a figure nobody else has. */
const WEAK_COUNTERPART = 0.35;
/** Another version's sentence this close tells the same claim. */
const CARRIED = 0.4;

export interface VersionComparison {
  version: VersionRef;
  text: AnalysedText;
  alignment: SentenceAlignment;
  /** Indexes of quotes here / there that have a counterpart in the other version. */
  pairedHere: Set<number>;
  pairedThere: Set<number>;
}

function bestOf(best: (k: number) => number, u: ClaimUnit): { mean: number; max: number } {
  const values = u.sentences.map(best);
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, max: Math.max(...values) };
}

function hasNoCounterpart(b: { mean: number; max: number }): boolean {
  return b.mean < NO_COUNTERPART && b.max < SURE_COUNTERPART;
}

function isCandidateUnit(t: AnalysedText, s: SentenceInfo): boolean {
  if (s.residue) return false;
  if (s.quotes.some((i) => isRemark(t.quotes[i]!.kind))) return true;
  return s.wordCount >= MIN_WORDS && (s.names.size > 0 || s.figures.length > 0);
}

/** Names here that every version prints: the story's own people and places. */
function storyNames(t: AnalysedText, others: Vocabulary[]): Set<string> {
  const own = vocabularyOf(t).names;
  return new Set([...own].filter((n) => others.every((v) => v.names.has(n))));
}

interface Scored {
  unit: ClaimUnit;
  info: SentenceInfo;
  anchors: ClaimAnchors;
  features: Record<string, number>;
  evidence: string[];
}

function describe(a: ClaimAnchors, best: number, versions: number): string[] {
  const out: string[] = [];
  if (a.quote) out.push(`a quoted remark no other version prints${a.quoteAttribution ? ` (attributed, ${a.quoteAttribution.toFixed(2)})` : ''}`);
  if (a.figure) out.push('a figure no other version prints');
  if (a.statement) out.push("a named person's statement");
  if (a.absentNames) out.push(`${a.absentNames} name${a.absentNames > 1 ? 's' : ''} no other version prints`);
  out.push(`${Math.round(a.absentWords * 100)}% of its words in no other version`);
  out.push(`closest sentence in ${versions > 1 ? `${versions} versions` : 'the other version'}: ${best.toFixed(2)} similar`);
  if (a.year) out.push('names a year (often background)');
  return out;
}

function scoreUnit(
  t: AnalysedText,
  unit: ClaimUnit,
  index: number,
  units: number,
  best: { mean: number; max: number },
  others: Vocabulary[],
  paired: ReadonlySet<number>,
  core: Set<string>,
): Scored | null {
  const info = unitInfo(t, unit);
  if (!isCandidateUnit(t, info)) return null;
  if (info.quotes.some((q) => paired.has(q))) return null;
  const anchors = anchorsOf(t, info, others, paired);
  // A sentence close to one elsewhere may still bring a figure nobody else prints.
  if (!hasNoCounterpart(best) && !(anchors.figure && best.max < WEAK_COUNTERPART)) return null;
  if (!anchors.quote && !anchors.figure && !anchors.statement) return null;
  const own = vocabularyOf(t).wordCount;
  const otherWords = others.reduce((n, v) => n + v.wordCount, 0) / Math.max(1, others.length);
  const features = {
    quote: anchors.quote ? 1 : 0,
    quoteAttribution: anchors.quoteAttribution,
    figure: anchors.figure ? 1 : 0,
    statement: anchors.statement ? 1 : 0,
    absentNames: Math.min(3, anchors.absentNames) / 3,
    absentWords: anchors.absentWords,
    bestMatch: best.max,
    storyNames: Math.min(3, [...info.names].filter((n) => core.has(n)).length) / 3,
    position: units > 1 ? index / (units - 1) : 0,
    year: anchors.year ? 1 : 0,
    // Positive when this version is the longer one: much of a long article is missing from a brief.
    lengthRatio: Math.max(-2, Math.min(2, Math.log2(Math.max(1, own) / Math.max(1, otherWords)))),
    words: Math.min(60, info.wordCount) / 60,
  };
  return { unit, info, anchors, features, evidence: describe(anchors, best.max, others.length) };
}

function pick(items: (Scored & { order: number; weight: number })[]): (Scored & { order: number })[] {
  return [...items]
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, MAX_COVERAGE_NOTES)
    .sort((a, b) => a.order - b.order);
}

const weightOf = (s: Scored) => (s.anchors.quote ? 4 : 0) + (s.anchors.figure ? 2 : 0) + (s.anchors.statement ? 1 : 0) + s.anchors.absentWords;

/** `reported`: spans here already noted as differing figures (a changed figure is not a new claim). */
export function coverageDifferences(here: AnalysedText, comparisons: VersionComparison[], reported: Span[] = []): NoteCandidate[] {
  if (comparisons.length === 0) return [];
  const out: NoteCandidate[] = [];
  const outlets = comparisons.map((c) => c.version.outlet);
  const otherVocabularies = comparisons.map((c) => vocabularyOf(c.text));
  const pairedHere = new Set(comparisons.flatMap((c) => [...c.pairedHere]));
  const core = storyNames(here, otherVocabularies);

  const hereUnits = claimUnits(here);
  const onlyHere = hereUnits.flatMap((u, i) => {
    if (reported.some((r) => r.start < u.end && r.end > u.start)) return [];
    const best = {
      mean: Math.max(...comparisons.map((c) => bestOf((k) => c.alignment.bestHere[k]!, u).mean)),
      max: Math.max(...comparisons.map((c) => bestOf((k) => c.alignment.bestHere[k]!, u).max)),
    };
    const scored = scoreUnit(here, u, i, hereUnits.length, best, otherVocabularies, pairedHere, core);
    return scored ? [{ ...scored, order: i, weight: weightOf(scored) }] : [];
  });
  for (const s of pick(onlyHere)) {
    out.push({
      kind: 'only-here',
      speaker: null,
      here: { text: here.text.slice(s.info.start, s.info.end), start: s.info.start, end: s.info.end },
      there: null,
      explanation: `Not reported by ${outlets.join(', ')}.`,
      features: { ...s.features, versions: Math.min(4, comparisons.length) / 4 },
      evidence: s.evidence,
    });
  }

  const hereVocabulary = [vocabularyOf(here)];
  const onlyElsewhere = comparisons.flatMap((c, ci) => {
    const units = claimUnits(c.text);
    const theirCore = storyNames(c.text, hereVocabulary);
    return units.flatMap((u, j) => {
      const best = bestOf((k) => c.alignment.bestThere[k]!, u);
      const scored = scoreUnit(c.text, u, j, units.length, best, hereVocabulary, c.pairedThere, theirCore);
      return scored ? [{ ...scored, c, order: ci * 100_000 + j, weight: weightOf(scored) }] : [];
    });
  });
  const seen: { c: VersionComparison; info: SentenceInfo }[] = [];
  for (const s of pick(onlyElsewhere) as unknown as (Scored & { c: VersionComparison })[]) {
    // Two other versions reporting the same thing make one note.
    if (seen.some((x) => x.info.names.size > 0 && [...x.info.names].every((n) => s.info.names.has(n)) && x.info.wordCount === s.info.wordCount)) continue;
    seen.push(s);
    // Other versions that say much the same: the story's own facts, not one outlet's extra.
    const carriedBy = comparisons.filter((o) => o !== s.c && o.text.sentences.some((x) => sentenceSimilarity(x, s.info) >= CARRIED)).length;
    out.push({
      kind: 'only-elsewhere',
      speaker: null,
      here: null,
      there: { text: s.c.text.text.slice(s.info.start, s.info.end), outlet: s.c.version.outlet, articleId: s.c.version.articleId, start: s.info.start, end: s.info.end },
      explanation: `${s.c.version.outlet} reports this; this article does not.`,
      features: { ...s.features, versions: Math.min(4, comparisons.length) / 4, carriedBy: Math.min(2, carriedBy) / 2 },
      evidence: carriedBy ? [...s.evidence, `${carriedBy + 1} versions report it`] : s.evidence,
    });
  }
  return out;
}
