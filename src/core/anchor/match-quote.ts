// Finding a quote in a text that may differ a little from the one it was taken from (Hypothesis'
// approach): every exact occurrence first, scored by its context and position; only when there is
// none, a bounded approximate search (Myers' bit-parallel algorithm, `approx-string-match`).
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start in the searched text. */
  hint?: number;
  /** Reused between calls on one text: exact occurrences found so far, by quote. */
  occurrences?: Map<string, number[]>;
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
const MAX_OCCURRENCES = 500;
/** Exact occurrences scored by context when none matches it exactly. */
const MAX_SCORED = 12;
/** Characters searched either side of the expected position on long pages. */
export const FUZZY_WINDOW = 20_000;
/** The least score an approximate match must reach to be trusted. */
export const MIN_FUZZY_SCORE = 0.6;
/** Characters searched approximately in one step (a few milliseconds on a slow machine). */
const FUZZY_PIECE = 8_000;

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
  const steps = matchQuoteSteps(text, quote, ctx);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `matchQuote` in bounded steps: the approximate search goes through its window a piece at a
 * time (pieces overlap by the quote's length plus the errors allowed, so no match is lost at a
 * seam). The generator's return value is the match.
 */
export function* matchQuoteSteps(text: string, quote: string, ctx: QuoteContext = {}): Generator<void, QuoteMatch | null> {
  if (!quote) return null;
  let found = ctx.occurrences?.get(quote);
  if (!found) {
    found = [];
    for (let i = text.indexOf(quote); i >= 0 && found.length < MAX_OCCURRENCES; i = text.indexOf(quote, i + 1)) found.push(i);
    ctx.occurrences?.set(quote, found);
  }
  const exact = found.length > 1 ? [...found] : found;
  if (exact.length === 1) return { start: exact[0]!, end: exact[0]! + quote.length, score: 1, exact: true };
  if (exact.length > 1) {
    const prefix = ctx.prefix ?? '';
    const suffix = ctx.suffix ?? '';
    // Nearest to the expected position first; an occurrence whose context matches exactly wins at
    // once, and only the nearest few are scored approximately (repetitive pages stay cheap).
    if (ctx.hint !== undefined) exact.sort((a, b) => Math.abs(a - ctx.hint!) - Math.abs(b - ctx.hint!));
    for (const start of exact) {
      const end = start + quote.length;
      if (text.slice(Math.max(0, start - prefix.length), start) === prefix && text.slice(end, end + suffix.length) === suffix) {
        return { start, end, score: 1, exact: true };
      }
    }
    let best: QuoteMatch | null = null;
    for (const start of exact.slice(0, MAX_SCORED)) {
      const s = score(text, quote, start, start + quote.length, 0, ctx);
      if (!best || s > best.score) best = { start, end: start + quote.length, score: s, exact: true };
    }
    return best;
  }
  if (quote.length > MAX_FUZZY_LENGTH) return null;
  const maxErrors = Math.max(1, Math.floor(quote.length / 4));
  // On long pages the approximate search looks near where the quote is expected, not everywhere:
  // its cost grows with the text's length.
  let from = 0;
  let to = text.length;
  if (text.length > FUZZY_WINDOW * 2 && ctx.hint !== undefined) {
    from = Math.max(0, ctx.hint - FUZZY_WINDOW);
    to = Math.min(text.length, ctx.hint + FUZZY_WINDOW + quote.length);
  }
  const overlap = quote.length + maxErrors;
  let best: QuoteMatch | null = null;
  for (let piece = from; piece < to; piece += FUZZY_PIECE) {
    if (piece > from) yield;
    const end = Math.min(to, piece + FUZZY_PIECE + overlap);
    for (const m of search(text.slice(piece, end), quote, maxErrors)) {
      const s = score(text, quote, piece + m.start, piece + m.end, m.errors, ctx);
      if (!best || s > best.score) best = { start: piece + m.start, end: piece + m.end, score: s, exact: false };
    }
    if (end >= to) break;
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : null;
}
