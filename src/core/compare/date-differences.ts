// Dates that disagree. Publication dates that differ are context (versions of a story appear on
// different days), reported with `about: "publication"` so that the popup can show them with the
// outlets and the page marks nothing.

import type { Difference, Span } from '../types.ts';
import type { VersionRef } from './quote-differences.ts';
import type { AnalysedText } from './analysed-text.ts';
import type { SentenceAlignment } from './align.ts';
import { findDates, type DateMention } from '../text/dates.ts';

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

export function publicationDateDifference(_text: string, here: PrintedDate | null, version: DatedVersion): Omit<Difference, 'id'> | null {
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
    confidence: 1,
  };
}

/** Aligned statements must be at least this similar for their dates to be compared. */
const STATEMENT_SIMILARITY = 0.45;

interface DatedText {
  text: AnalysedText;
  /** ISO publication date, to place "on Tuesday". */
  reference: string | null;
}

function datesIn(t: DatedText, span: Span): DateMention[] {
  return findDates(t.text.text.slice(span.start, span.end), { language: t.text.language, reference: t.reference ?? undefined })
    .filter((d) => d.iso !== null && /^\d{4}-\d{2}-\d{2}/.test(d.iso))
    .map((d) => ({ ...d, start: d.start + span.start, end: d.end + span.start }));
}

/**
 * An event placed on different days: aligned statements that each carry exactly one date, both
 * placeable, on different days ("announced on Tuesday" against "announced on Monday").
 */
export function eventDateDifferences(
  here: DatedText,
  there: DatedText,
  version: VersionRef,
  alignment: SentenceAlignment,
): Omit<Difference, 'id'>[] {
  const out: Omit<Difference, 'id'>[] = [];
  for (const pair of alignment.pairs) {
    if (pair.score < STATEMENT_SIMILARITY) continue;
    const hs = here.text.sentences[pair.here]!;
    const hereDates = datesIn(here, hs);
    const thereDates = pair.there.flatMap((j) => datesIn(there, there.text.sentences[j]!));
    if (hereDates.length !== 1 || thereDates.length !== 1) continue;
    const [a, b] = [hereDates[0]!, thereDates[0]!];
    if (day(a.iso!) === day(b.iso!)) continue;
    const ts = there.text.sentences[pair.there[0]!]!;
    const tsEnd = there.text.sentences[pair.there[pair.there.length - 1]!]!.end;
    out.push({
      kind: 'date',
      about: 'event',
      speaker: null,
      here: { text: here.text.text.slice(hs.start, hs.end), start: hs.start, end: hs.end },
      there: { text: there.text.text.slice(ts.start, tsEnd), outlet: version.outlet, articleId: version.articleId, start: ts.start, end: tsEnd },
      explanation: `Here: ${a.printed} (${day(a.iso!)}); ${version.outlet}: ${b.printed} (${day(b.iso!)}).`,
      values: { here: a.printed, there: b.printed },
      confidence: Math.min(1, pair.score + 0.2),
    });
  }
  return out;
}
