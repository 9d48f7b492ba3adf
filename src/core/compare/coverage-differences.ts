// What one version reports and the others leave out. A unit is a candidate only when it carries
// something a reader can check (a quoted remark, a figure, a named person's statement) that no
// other version carries in any form: no sentence there says anything like it, and its remark,
// figure or names are printed nowhere there. How sure the note is comes from the note model:
// background (years, the end of a long article), furniture and length differences weigh it down.

import type { Span } from '../types.ts';
import { tokenize } from '../text/tokens.ts';
import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { sentenceSimilarity, type SentenceAlignment } from './align.ts';
import type { VersionRef } from './quote-differences.ts';
import type { NoteCandidate } from './note-candidate.ts';
import { anchorsOf, claimUnits, isRemark, unitInfo, vocabularyOf, type ClaimAnchors, type ClaimUnit, type Vocabulary } from './coverage-claims.ts';
import { claimContext, storyContext, type ClaimContext, type StoryContext } from './claim-context.ts';

/** Below this best similarity a sentence has no counterpart. */
const NO_COUNTERPART = 0.22;
/** At or above this a sentence surely has a counterpart. */
const SURE_COUNTERPART = 0.4;
const MIN_WORDS = 6;
/** A sentence this close to another may still be a new claim if it brings a figure nobody else has. */
const WEAK_COUNTERPART = 0.35;
/** Another version's sentence this close tells the same claim. */
const CARRIED = 0.4;
/** Two other versions' claims this close are one claim (wire copy printed twice): one note. */
const SAME_CLAIM = 0.6;

/** Statements already noted as giving another figure or day: here, and in each version by its id. */
export interface ReportedSpans {
  here: Span[];
  there: (Span & { articleId: string })[];
}

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

function describe(a: ClaimAnchors, c: ClaimContext, best: number, versions: number): string[] {
  const out: string[] = [];
  if (a.quote) out.push(`a quoted remark no other version prints${a.quoteAttribution ? ` (attributed, ${a.quoteAttribution.toFixed(2)})` : ''}`);
  if (a.figure) out.push('a figure no other version prints');
  if (a.statement) out.push("a named person's statement");
  if (a.absentNames) out.push(`${a.absentNames} name${a.absentNames > 1 ? 's' : ''} no other version prints`);
  out.push(`${Math.round(a.absentWords * 100)}% of its words in no other version`);
  out.push(`closest sentence in ${versions > 1 ? `${versions} versions` : 'the other version'}: ${best.toFixed(2)} similar`);
  if (c.pastYear) out.push('names an earlier year (often background)');
  if (c.present) out.push('placed on a day of the story');
  out.push(`${Math.round(c.lead * 100)}% of the words around it in the story's leads`);
  if (c.echo >= 0.6) out.push('part of its quotation is quoted elsewhere');
  if (c.carried >= 0.5) out.push(`${Math.round(c.carried * 100)}% of its words and names in two sentences elsewhere`);
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
  story: StoryContext,
  otherTexts: AnalysedText[],
  sentenceBest: (k: number) => number,
): Scored | null {
  const info = unitInfo(t, unit);
  if (!isCandidateUnit(t, info)) return null;
  if (info.quotes.some((q) => paired.has(q))) return null;
  const anchors = anchorsOf(t, info, others, paired);
  // A sentence close to one elsewhere may still bring a figure nobody else prints.
  if (!hasNoCounterpart(best) && !(anchors.figure && best.max < WEAK_COUNTERPART)) return null;
  // Something a reader can check that no other version prints: a remark, a figure, or someone
  // or somewhere named ("stopped at the Landstuhl medical centre"). A statement by someone every
  // version names, with nothing of its own, is most often the same statement in other words.
  if (!anchors.quote && !anchors.figure && anchors.absentNames === 0) return null;
  const context = claimContext(t, unit, info, story, otherTexts);
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
    lead: context.lead,
    present: context.present ? 1 : 0,
    pastYear: context.pastYear ? 1 : 0,
    carried: context.carried,
    echo: context.echo,
    carriedRare: context.carriedRare,
    ...surroundings(t, unit, sentenceBest, story),
  };
  return { unit, info, anchors, features, evidence: describe(anchors, context, best.max, others.length) };
}

/**
 * How the claim's neighbourhood fares elsewhere: a one-outlet quote inside a passage the other
 * versions also tell is that outlet's addition to the story; one inside a long stretch nobody
 * else tells is most often a section of its own (background, a profile, another story).
 */
function surroundings(t: AnalysedText, unit: ClaimUnit, sentenceBest: (k: number) => number, story: StoryContext): { neighbourMatch: number; gapRun: number; sectionPast: number } {
  const first = unit.sentences[0]!;
  const last = unit.sentences[unit.sentences.length - 1]!;
  const near = [first - 2, first - 1, last + 1, last + 2].filter((k) => k >= 0 && k < t.sentences.length && !t.sentences[k]!.residue);
  const neighbourMatch = near.length ? near.reduce((n, k) => n + sentenceBest(k), 0) / near.length : 0;
  let from = first;
  let to = last;
  while (from > 0 && first - from < SECTION_REACH && sentenceBest(from - 1) < NO_COUNTERPART) from--;
  while (to + 1 < t.sentences.length && to - last < SECTION_REACH && sentenceBest(to + 1) < NO_COUNTERPART) to++;
  const section = t.text.slice(t.sentences[from]!.start, t.sentences[to]!.end);
  const years = [...section.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  const sectionPast = years.some((y) => story.year === null || y < story.year) ? 1 : 0;
  return { neighbourMatch, gapRun: Math.min(10, to - from + 1) / 10, sectionPast };
}

/** How far around a claim its section (sentences no other version tells) is followed. */
const SECTION_REACH = 4;

/**
 * Every coverage candidate, in text order; the note model weighs them and compareStory keeps the
 * surest few. `reported`: statements already noted as giving another figure or day, here and
 * in each version (a changed figure is not a new claim). `publishedAt`: this page's publication
 * date, to tell earlier years.
 */
export function coverageDifferences(
  here: AnalysedText,
  comparisons: VersionComparison[],
  reported: ReportedSpans = { here: [], there: [] },
  publishedAt: string | null = null,
): NoteCandidate[] {
  if (comparisons.length === 0) return [];
  const out: NoteCandidate[] = [];
  const outlets = comparisons.map((c) => c.version.outlet);
  const otherVocabularies = comparisons.map((c) => vocabularyOf(c.text));
  const otherTexts = comparisons.map((c) => c.text);
  const pairedHere = new Set(comparisons.flatMap((c) => [...c.pairedHere]));
  const core = storyNames(here, otherVocabularies);
  const story = storyContext([here, ...otherTexts], publishedAt);

  const hereUnits = claimUnits(here);
  const hereBest = (k: number) => Math.max(...comparisons.map((c) => c.alignment.bestHere[k]!));
  const onlyHere = hereUnits.flatMap((u, i) => {
    if (reported.here.some((r) => r.start < u.end && r.end > u.start)) return [];
    const best = {
      mean: Math.max(...comparisons.map((c) => bestOf((k) => c.alignment.bestHere[k]!, u).mean)),
      max: Math.max(...comparisons.map((c) => bestOf((k) => c.alignment.bestHere[k]!, u).max)),
    };
    const scored = scoreUnit(here, u, i, hereUnits.length, best, otherVocabularies, pairedHere, core, story, otherTexts, hereBest);
    return scored ? [scored] : [];
  });
  for (const s of onlyHere) {
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
  const onlyElsewhere = comparisons.flatMap((c) => {
    const units = claimUnits(c.text);
    const theirCore = storyNames(c.text, hereVocabulary);
    return units.flatMap((u, j) => {
      if (reported.there.some((r) => r.articleId === c.version.articleId && r.start < u.end && r.end > u.start)) return [];
      const best = bestOf((k) => c.alignment.bestThere[k]!, u);
      const scored = scoreUnit(c.text, u, j, units.length, best, hereVocabulary, c.pairedThere, theirCore, story, [here], (k) => c.alignment.bestThere[k]!);
      return scored ? [{ ...scored, c }] : [];
    });
  });
  const seen: { c: VersionComparison; info: SentenceInfo }[] = [];
  for (const s of onlyElsewhere) {
    // Two other versions reporting the same thing make one note.
    if (seen.some((x) => x.c !== s.c && sentenceSimilarity(x.info, s.info) >= SAME_CLAIM)) continue;
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
