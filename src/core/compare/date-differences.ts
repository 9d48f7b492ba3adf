// Dates that disagree. Publication dates that differ are context (versions of a story appear on
// different days), reported with `about: "publication"` so that the popup can show them with the
// outlets and the page marks nothing.

import type { Difference } from '../types.ts';
import type { VersionRef } from './quote-differences.ts';

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
