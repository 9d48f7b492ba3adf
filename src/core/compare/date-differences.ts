// Dates that disagree. Publication dates that differ are context (versions of a story appear on
// different days), reported with `about: "publication"` so that the popup can show them with the
// outlets and the page marks nothing.

import type { Span } from '../types.ts';
import type { NoteCandidate } from './note-candidate.ts';
import { sayingVerbs } from './saying-verbs.ts';
import type { VersionRef } from './quote-differences.ts';
import type { AnalysedText } from './analysed-text.ts';
import { ALIGN_THRESHOLD, sentenceSimilarity, type SentenceAlignment } from './align.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';
import { stem } from '../match/stem.ts';
import { findDates, type DateMention } from '../text/dates.ts';
import { WEEKDAYS } from '../text/date-words.ts';
import { isDayOfSeveral } from './day-of-several.ts';
import { courtStage } from './court-stage.ts';

export interface PrintedDate {
  /** ISO 8601 date or date-time. */
  iso: string;
  /** As printed in the text, with its offsets, when the text prints it. */
  printed: { text: string; start: number; end: number } | null;
}

export interface DatedVersion extends VersionRef {
  publishedAt: string | null;
  publishedAsPrinted: string | null;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

export function publicationDateDifference(here: PrintedDate | null, version: DatedVersion): NoteCandidate | null {
  if (!here || !version.publishedAt) return null;
  if (day(here.iso) === day(version.publishedAt)) return null;
  const thereText = version.publishedAsPrinted ?? day(version.publishedAt);
  return {
    kind: 'date',
    about: 'publication',
    speaker: null,
    here: here.printed ? { ...here.printed } : null,
    there: { text: thereText, outlet: version.outlet, articleId: version.articleId },
    explanation: `Published ${day(here.iso)} here and ${day(version.publishedAt)} by ${version.outlet}: context, not a conflict.`,
    values: { here: here.printed?.text ?? day(here.iso), there: thereText },
    features: {},
    evidence: ['the publication dates the versions carry'],
  };
}

/** Aligned statements must be at least this similar for their dates to be compared. */
const STATEMENT_SIMILARITY = 0.45;

interface DatedText {
  text: AnalysedText;
  /** ISO publication date, to place "on Tuesday". */
  reference: string | null;
}

interface PlacedDate extends DateMention {
  /** Day of the week (0 = Sunday), known for a full date or a weekday mention. */
  weekday: number | null;
}

function weekdayOf(d: DateMention): number | null {
  if (d.iso && /^\d{4}-\d{2}-\d{2}/.test(d.iso)) return new Date(`${d.iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
  const word = /\p{L}+/u.exec(d.printed)?.[0]?.toLowerCase();
  return word !== undefined ? (WEEKDAYS.get(word) ?? null) : null;
}

/** Placeable dates per sentence, found once per text and reference date. */
const datesCache = new WeakMap<AnalysedText, Map<string, PlacedDate[][]>>();

function datesBySentence(t: DatedText): PlacedDate[][] {
  let byReference = datesCache.get(t.text);
  if (!byReference) datesCache.set(t.text, (byReference = new Map()));
  const key = t.reference ?? '';
  const cached = byReference.get(key);
  if (cached) return cached;
  const dates = findDates(t.text.text, { language: t.text.language, reference: t.reference ?? undefined })
    .map((d) => ({ ...d, weekday: weekdayOf(d) }))
    .filter((d) => (d.iso !== null && /^\d{4}-\d{2}-\d{2}/.test(d.iso)) || (d.relative && d.weekday !== null));
  const out = t.text.sentences.map((s) => dates.filter((d) => d.start >= s.start && d.end <= s.end));
  byReference.set(key, out);
  return out;
}

function datesIn(t: DatedText, sentence: number): PlacedDate[] {
  return datesBySentence(t)[sentence] ?? [];
}

const tokensCache = new WeakMap<AnalysedText, Token[]>();
function tokensOf(t: AnalysedText): Token[] {
  let tokens = tokensCache.get(t);
  if (!tokens) tokensCache.set(t, (tokens = tokenize(t.text)));
  return tokens;
}

/** Which of two days one is before the other: -1, 0 or 1 day apart, else null. */
function dayStep(a: PlacedDate, b: PlacedDate): number | null {
  const full = (d: PlacedDate) => d.iso !== null && /^\d{4}-\d{2}-\d{2}/.test(d.iso);
  if (full(a) && full(b)) {
    const days = (Date.parse(b.iso!.slice(0, 10)) - Date.parse(a.iso!.slice(0, 10))) / 86_400_000;
    return Math.abs(days) <= 1 ? days : null;
  }
  if (a.weekday === null || b.weekday === null) return null;
  const forward = (b.weekday - a.weekday + 7) % 7;
  return forward === 0 ? 0 : forward === 1 ? 1 : forward === 6 ? -1 : null;
}

const LATE_AFTER = /^\W{0,2}(?:night|evening|late)\b/i;
const LATE_BEFORE = /\b(?:late|overnight)(?:\s+on)?\s*$/i;
const EARLY_BEFORE = /\b(?:early|overnight|before dawn|in the early hours of|in the small hours of)(?:\s+on)?\s*$/i;

/**
 * "Saturday night" and "early on Sunday" may be one night: a day apart, the earlier told late or
 * the later told early, is no disagreement.
 */
function acrossMidnight(aText: string, a: PlacedDate, bText: string, b: PlacedDate): boolean {
  const step = dayStep(a, b);
  if (step !== 1 && step !== -1) return false;
  const [earlier, earlierText, later, laterText] = step === 1 ? [a, aText, b, bText] : [b, bText, a, aText];
  const lateEarlier = LATE_AFTER.test(earlierText.slice(earlier.end, earlier.end + 12)) || LATE_BEFORE.test(earlierText.slice(Math.max(0, earlier.start - 16), earlier.start));
  const earlyLater = EARLY_BEFORE.test(laterText.slice(Math.max(0, later.start - 24), later.start));
  return lateEarlier || earlyLater;
}

/** Different days, when both can be placed; else different weekdays for the same event. */
function differentDays(a: PlacedDate, b: PlacedDate): boolean {
  const full = (d: PlacedDate) => d.iso !== null && /^\d{4}-\d{2}-\d{2}/.test(d.iso);
  if (full(a) && full(b)) return day(a.iso!) !== day(b.iso!);
  return a.weekday !== null && b.weekday !== null && a.weekday !== b.weekday;
}

/**
 * An event placed on different days: aligned statements that each carry exactly one date, both
 * placeable, on different days ("announced on Tuesday" against "announced on Monday").
 */
/** Words around a date that say what happened then ("visited Qatar on Monday"). */
const EVENT_WINDOW = 8;

function eventWords(t: AnalysedText, d: PlacedDate, reach = EVENT_WINDOW): { names: Set<string>; stems: Set<string> } {
  const tokens = tokensOf(t);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < d.start) lo = mid + 1;
    else hi = mid;
  }
  const at = lo;
  const nearby = tokens.slice(Math.max(0, at - reach), at + reach + 1).filter((tok) => tok.start < d.start || tok.start >= d.end);
  const names = new Set<string>();
  const stems = new Set<string>();
  for (const tok of nearby) {
    if (STOPWORDS.has(tok.norm) || COMMON_NEWS.has(tok.norm) || tok.norm.length < 3 || WEEKDAYS.has(tok.norm)) continue;
    if (/^\p{Lu}/u.test(tok.text)) names.add(tok.norm);
    else stems.add(stem(tok.norm, t.language));
  }
  return { names, stems };
}

/** Words right beside a date name what happened on it ("the inquiry will open on Monday"). */
const BESIDE_WINDOW = 4;

/** Names and words right beside both dates in common: the same happening, not two ("convicted Thursday", "sentenced Tuesday"). */
function besideShared(here: DatedText, a: PlacedDate, there: DatedText, b: PlacedDate): number {
  const x = eventWords(here.text, a, BESIDE_WINDOW);
  const y = eventWords(there.text, b, BESIDE_WINDOW);
  return [...x.names].filter((n) => y.names.has(n)).length + [...x.stems].filter((w) => y.stems.has(w)).length;
}

/** The same event: the words around both dates share a name and a word ("visited Qatar"). */
function sameEvent(here: DatedText, a: PlacedDate, there: DatedText, b: PlacedDate): boolean {
  const x = eventWords(here.text, a);
  const y = eventWords(there.text, b);
  return [...x.names].some((n) => y.names.has(n)) && [...x.stems].some((w) => y.stems.has(w));
}

const STAMP = /^\W*(?:published|updated|posted|last updated|modified|created|date)\b/i;

function isStamp(t: AnalysedText, s: { start: number; end: number; wordCount: number }): boolean {
  const text = t.text.slice(s.start, s.end);
  // Words that are neither figures nor month or day names: a stamp has hardly any.
  const words = (text.match(/\p{L}{3,}/gu) ?? []).filter((w) => !DATE_WORD.test(w));
  return s.wordCount < 6 || words.length < 4 || STAMP.test(text);
}

const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|gmt|utc|est|edt|pst|pdt|ist)/i;

/** A date opening its sentence dates the verb after the subject ("On Monday, the minister Jane Doe said"). */
const OPENING_DATE_WORDS = 2;
const SUBJECT_WORDS = 6;

/** The date says when something was said ("said Saturday", "on Friday told reporters", "On Friday, Jane Doe said"). */
function datesSaying(t: AnalysedText, d: PlacedDate): boolean {
  const verbs = sayingVerbs(t.language);
  const tokens = tokensOf(t);
  let at = tokens.findIndex((tok) => tok.start >= d.start);
  if (at < 0) at = tokens.length;
  let end = tokens.findIndex((tok) => tok.start >= d.end);
  if (end < 0) end = tokens.length;
  const near = [...tokens.slice(Math.max(0, at - 2), at), ...tokens.slice(end, end + 2)];
  if (near.some((tok) => verbs.has(tok.norm))) return true;
  // Farther before the date a verb of saying may govern something else ("said he saw Tuesday's
  // talks"); a date that opens the sentence belongs to the sentence's verb, after its subject.
  const sentence = t.sentences.find((s) => s.start <= d.start && d.end <= s.end);
  if (!sentence) return false;
  const opening = tokens.filter((tok) => tok.start >= sentence.start && tok.start < d.start).length <= OPENING_DATE_WORDS;
  if (!opening) return false;
  for (let i = end; i < Math.min(tokens.length, end + SUBJECT_WORDS) && tokens[i]!.start < sentence.end; i++) if (verbs.has(tokens[i]!.norm)) return true;
  return false;
}

/** The court stage a date dates ("charged on Saturday"), or null. */
function dateStage(t: AnalysedText, d: PlacedDate, sentence: { start: number; end: number }) {
  const tokens = tokensOf(t);
  let from = tokens.findIndex((tok) => tok.start >= d.start);
  if (from < 0) from = tokens.length;
  let to = tokens.findIndex((tok) => tok.start >= d.end);
  if (to < 0) to = tokens.length;
  return courtStage(t.text, tokens, from, to, sentence);
}

/** Sentences this similar (as much as aligned ones) also need the same event around their dates. */
const EVENT_SIMILARITY = ALIGN_THRESHOLD;

/**
 * An event placed on different days: statements that each carry exactly one date, both
 * placeable, on different days ("announced on Tuesday" against "announced on Monday"), when the
 * statements are aligned or the words around both dates tell the same event.
 */
export function eventDateDifferences(
  here: DatedText,
  there: DatedText,
  version: VersionRef,
  alignment: SentenceAlignment,
): NoteCandidate[] {
  const out: NoteCandidate[] = [];
  const single = (t: DatedText) =>
    t.text.sentences.map((s, i) => ({ i, s, dates: datesIn(t, i) })).filter((x) => x.dates.length === 1);
  const thereSingles = single(there);
  for (const h of single(here)) {
    const a = h.dates[0]!;
    const aligned = alignment.pairs.find((p) => p.here === h.i && p.score >= STATEMENT_SIMILARITY);
    const matches = thereSingles.filter((t) => {
      const similarity = aligned?.there.includes(t.i) ? aligned.score : sentenceSimilarity(h.s, t.s);
      if (similarity >= STATEMENT_SIMILARITY && aligned?.there.includes(t.i)) return true;
      return similarity >= EVENT_SIMILARITY && sameEvent(here, a, there, t.dates[0]!);
    });
    // Two candidate events there: we cannot tell which one this is.
    if (matches.length !== 1) continue;
    const t = matches[0]!;
    const b = t.dates[0]!;
    if (!differentDays(a, b)) continue;
    if (acrossMidnight(here.text.text, a, there.text.text, b)) continue;
    const hs = h.s;
    const ts = t.s;
    // A dateline or time stamp ("Updated: Tuesday, March 12") dates the page, not the event; "said
    // Saturday" dates a statement, not what it is about.
    if (isStamp(here.text, hs) || isStamp(there.text, ts)) continue;
    if (datesSaying(here.text, a) || datesSaying(there.text, b)) continue;
    // "charged on Saturday" and "convicted on Thursday": two stages of one case, each on its day.
    if (dateStage(here.text, a, hs) !== dateStage(there.text, b, ts)) continue;
    // "the hearing went into a third day on Thursday": one day of several, not the day of the event.
    if (isDayOfSeveral(here.text.text.slice(hs.start, hs.end)) || isDayOfSeveral(there.text.text.slice(ts.start, ts.end))) continue;
    const full = (d: PlacedDate) => d.iso !== null && /^\d{4}-\d{2}-\d{2}/.test(d.iso);
    const similarity = aligned?.there.includes(t.i) ? aligned.score : sentenceSimilarity(hs, ts);
    const same = sameEvent(here, a, there, b);
    out.push({
      kind: 'date',
      about: 'event',
      speaker: null,
      here: { text: here.text.text.slice(hs.start, hs.end), start: hs.start, end: hs.end },
      there: { text: there.text.text.slice(ts.start, ts.end), outlet: version.outlet, articleId: version.articleId, start: ts.start, end: ts.end },
      explanation: `Here: ${a.printed}${a.iso ? ` (${day(a.iso)})` : ''}; ${version.outlet}: ${b.printed}${b.iso ? ` (${day(b.iso)})` : ''}.`,
      values: { here: a.printed, there: b.printed },
      features: {
        similarity,
        aligned: aligned?.there.includes(t.i) ? 1 : 0,
        sameEvent: same ? 1 : 0,
        bothFull: full(a) && full(b) ? 1 : 0,
        beside: Math.min(3, besideShared(here, a, there, b)) / 3,
      },
      evidence: [
        `statements ${similarity.toFixed(2)} similar`,
        same ? 'the same names and words around both dates' : 'aligned statements',
        full(a) && full(b) ? 'two full dates' : 'weekdays',
      ],
    });
  }
  return out;
}
