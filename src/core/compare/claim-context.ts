// Where a one-outlet claim stands in its story, for the note model: how much its neighbourhood
// speaks of what every version leads with (news) rather than of something else (background: a
// career, an earlier case, an old interview), whether it is placed in the days of the story
// ("on Friday") or in years before it, and how much of it another version still carries in other
// words (then the claim is not missing there at all).

import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { isRemark, type ClaimUnit } from './coverage-claims.ts';
import { remarkOverlap } from './remark-overlap.ts';
import { findDates } from '../text/dates.ts';

/** Sentences of each text that make its lead. */
const LEAD_SENTENCES = 3;
const MIN_LEAD_WORDS = 6;

export interface StoryContext {
  /** How many sentences of the whole story (every version) carry each content stem or name. */
  spread: Map<string, number>;
  /** Content stems of the leads of every version of the story, this page's included. */
  leadStems: Map<AnalysedText, Set<string>>;
  /**
   * The story's year: the publication year, else the latest year any version prints (a lead may
   * print a birth year; a later year is at worst a plan, and then more reads as background).
   */
  year: number | null;
}

const strongStems = (s: SentenceInfo) => [...s.stems].filter(([, w]) => w >= 1).map(([k]) => k);
const YEARS = /\b(1[89]\d\d|20\d\d)\b/g;

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => Number(m[1]));
}

function leadOf(t: AnalysedText): SentenceInfo[] {
  return t.sentences.filter((s) => !s.residue && s.wordCount >= MIN_LEAD_WORDS).slice(0, LEAD_SENTENCES);
}

export function storyContext(texts: AnalysedText[], publishedAt: string | null): StoryContext {
  const leadStems = new Map<AnalysedText, Set<string>>();
  const spread = new Map<string, number>();
  let latest: number | null = null;
  for (const t of texts) {
    for (const s of t.sentences) for (const k of new Set([...strongStems(s), ...s.names])) spread.set(k, (spread.get(k) ?? 0) + 1);
    const lead = leadOf(t);
    leadStems.set(t, new Set(lead.flatMap(strongStems)));
    for (const y of yearsIn(t.text)) latest = Math.max(latest ?? y, y);
  }
  const published = publishedAt ? Number(publishedAt.slice(0, 4)) : NaN;
  return { spread, leadStems, year: Number.isFinite(published) ? published : latest };
}

export interface ClaimContext {
  /** Share of the content words around the claim (it and its neighbours) found in the story's leads. */
  lead: number;
  /** The claim is placed on a day of the story: a weekday, "yesterday", "today". */
  present: boolean;
  /** The claim or the sentence before it prints a year before the story's (or any year, when that is unknown). */
  pastYear: boolean;
  /** Most of the claim's words and names found in two adjacent sentences of another version. */
  carried: number;
  /** As `carried`, each word weighed by how rare it is in the story: the claim's telling words found elsewhere. */
  carriedRare: number;
  /** Longest run of words the claim's quotation shares with one another version quotes (0–1 for 0–5 words): the remark is there, in part. */
  echo: number;
}

/** Words in order that a quotation shares with another version's, from which the remark counts as quoted there in part. */
const ECHO_RUN = 5;

function echoOf(t: AnalysedText, info: SentenceInfo, others: AnalysedText[]): number {
  let run = 0;
  for (const i of info.quotes) {
    const q = t.quotes[i]!;
    if (!isRemark(q.kind)) continue;
    for (const o of others) for (const r of o.quotes) if (isRemark(r.kind)) run = Math.max(run, remarkOverlap(q.text, r.text).run);
  }
  return Math.min(ECHO_RUN, run) / ECHO_RUN;
}

function windowsOf(t: AnalysedText): { stems: Set<string>; names: Set<string> }[] {
  const out: { stems: Set<string>; names: Set<string> }[] = [];
  for (let i = 0; i < t.sentences.length; i++) {
    const parts = t.sentences.slice(i, i + 2);
    out.push({ stems: new Set(parts.flatMap(strongStems)), names: new Set(parts.flatMap((p) => [...p.names])) });
  }
  return out;
}

const windowCache = new WeakMap<AnalysedText, { stems: Set<string>; names: Set<string> }[]>();
function windows(t: AnalysedText) {
  let w = windowCache.get(t);
  if (!w) windowCache.set(t, (w = windowsOf(t)));
  return w;
}

export function claimContext(t: AnalysedText, unit: ClaimUnit, info: SentenceInfo, story: StoryContext, others: AnalysedText[]): ClaimContext {
  const first = unit.sentences[0]!;
  const last = unit.sentences[unit.sentences.length - 1]!;
  const around = t.sentences.slice(Math.max(0, first - 1), last + 2).filter((s) => !s.residue);
  const aroundStems = new Set(around.flatMap(strongStems));
  const leads = new Set<string>();
  for (const [text, stems] of story.leadStems) {
    if (text !== t) for (const k of stems) leads.add(k);
  }
  // This text's own lead counts too, but never the claim's own sentences.
  const ownLead = leadOf(t).filter((s) => s.start < unit.start || s.start >= unit.end);
  for (const s of ownLead) for (const k of strongStems(s)) leads.add(k);
  const lead = aroundStems.size ? [...aroundStems].filter((k) => leads.has(k)).length / aroundStems.size : 0;

  const text = t.text.slice(unit.start, unit.end);
  const present = findDates(text, { language: t.language }).some((d) => d.relative);
  const before = first > 0 ? t.text.slice(t.sentences[first - 1]!.start, t.sentences[first - 1]!.end) : '';
  const years = [...yearsIn(text), ...yearsIn(before)];
  const pastYear = years.some((y) => story.year === null || y < story.year);

  const stems = strongStems(info);
  const names = [...info.names];
  const total = stems.length + names.length;
  let carried = 0;
  let carriedRare = 0;
  const rarity = (k: string) => 1 / Math.max(1, story.spread.get(k) ?? 1);
  const keys = [...stems, ...names];
  const weight = keys.reduce((n, k) => n + rarity(k), 0);
  if (total > 0) {
    for (const o of others) {
      for (const w of windows(o)) {
        const has = (k: string) => w.stems.has(k) || w.names.has(k);
        const found = keys.filter(has);
        carried = Math.max(carried, found.length / total);
        carriedRare = Math.max(carriedRare, found.reduce((n, k) => n + rarity(k), 0) / weight);
      }
    }
  }
  return { lead, present, pastYear, carried, carriedRare, echo: echoOf(t, info, others) };
}
