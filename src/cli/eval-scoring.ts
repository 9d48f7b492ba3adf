// The scoring method the external checks use (../shared/CONTRACT.md "How the hidden checks
// score"), in one place for the eval command and its tests.

import type { Quote } from '../core/types.ts';
import { normalizeForMatch } from '../core/text/normalize.ts';

/** A reported quote matches an expected one when it contains it, or lies inside it and is longer than 12 characters. */
export function quoteMatches(reported: string, expected: string): boolean {
  const r = normalizeForMatch(reported);
  const e = normalizeForMatch(expected);
  if (!r || !e) return false;
  return r.includes(e) || (e.includes(r) && r.length > 12);
}

export interface ExpectedSpeaker {
  /** Full name, or null when nobody speaks (scare quotes, titles). */
  name: string | null;
  anonymous: boolean;
}

/** Reads the devset's speaker notation: a name, "anonymous: <description>", or null. */
export function parseExpectedSpeaker(value: string | null | undefined): ExpectedSpeaker {
  if (value === null || value === undefined || value === '') return { name: null, anonymous: false };
  if (/^anonymous\b/i.test(value)) return { name: value.replace(/^anonymous:?\s*/i, ''), anonymous: true };
  // "Blue Nation Review (website)": the note in parentheses is not part of the name.
  return { name: value.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), anonymous: false };
}

/** Right when the reported name contains the full name, or its first name and surname. */
export function speakerMatches(quote: Pick<Quote, 'speaker' | 'anonymous'>, expected: ExpectedSpeaker): boolean {
  if (expected.anonymous) return quote.anonymous && quote.speaker !== null;
  if (expected.name === null) return quote.speaker === null;
  if (!quote.speaker || quote.anonymous) return false;
  const reported = normalizeForMatch(quote.speaker);
  const full = normalizeForMatch(expected.name);
  if (reported.includes(full)) return true;
  const parts = full.split(' ');
  if (parts.length < 2) return reported.split(' ').includes(full);
  const has = (w: string) => reported.split(' ').includes(w);
  return has(parts[0]!) && has(parts[parts.length - 1]!);
}
