// Finding a quote in a text that may differ a little from the one it was taken from (Hypothesis'
// approach): every exact occurrence first, scored by its context and position; only when there is
// none, a bounded approximate search (Myers' bit-parallel algorithm, `approx-string-match`).
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start in the searched text. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well quote, context and position agree. */
  score: number;
  exact: boolean;
}

/** Longest pattern the approximate search is tried on (its cost grows with the length). */
export const MAX_FUZZY_LENGTH = 1_000;
/** The least score an approximate match must reach to be trusted. */
export const MIN_FUZZY_SCORE = 0.6;

function contextSimilarity(expected: string, actual: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (actual === expected) return 1;
  const errors = search(actual, expected, expected.length)[0]?.errors ?? expected.length;
  return Math.max(0, 1 - errors / expected.length);
}

function score(text: string, quote: string, start: number, end: number, errors: number, ctx: QuoteContext): number {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  const quoteScore = 1 - errors / Math.max(1, quote.length);
  const prefixScore = contextSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const suffixScore = contextSimilarity(suffix, text.slice(end, end + suffix.length));
  const posScore = ctx.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - ctx.hint) / Math.max(1, text.length));
  // Weights as Hypothesis weighs them: the quote matters most, position breaks ties.
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
}

export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const exact: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && exact.length < 200; i = text.indexOf(quote, i + 1)) exact.push(i);
  if (exact.length === 1) return { start: exact[0]!, end: exact[0]! + quote.length, score: 1, exact: true };
  if (exact.length > 1) {
    let best: QuoteMatch | null = null;
    for (const start of exact) {
      const s = score(text, quote, start, start + quote.length, 0, ctx);
      if (!best || s > best.score) best = { start, end: start + quote.length, score: s, exact: true };
    }
    return best;
  }
  if (quote.length > MAX_FUZZY_LENGTH) return null;
  const maxErrors = Math.max(1, Math.floor(quote.length / 4));
  let best: QuoteMatch | null = null;
  for (const m of search(text, quote, maxErrors)) {
    const s = score(text, quote, m.start, m.end, m.errors, ctx);
    if (!best || s > best.score) best = { start: m.start, end: m.end, score: s, exact: false };
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : null;
}
