// Quotation marks and the shape of the text around them: whether a mark can open or close a
// quotation, judged from its neighbours the way typesetters (and CommonMark) do.

export const DOUBLE_MARKS = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);
export const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '\u201a', '\u2039', '\u203a']);

const SPACE = /[\s\u00a0\u202f\u2009]/;
const OPEN_PUNCT = /[([{\u2015\u2014\u2013\-/:;,\u2026|>]/;
const CLOSE_PUNCT = /[.,;:!?)\]}\u2026\u2015\u2014\u2013\-/|]/;
const WORDISH = /[\p{L}\p{N}]/u;

export function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** A mark preceded by a space (or an opening bracket, a dash, another mark) and followed by text. */
export function canOpen(prev: string | undefined, next: string | undefined): boolean {
  if (isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || OPEN_PUNCT.test(prev) || DOUBLE_MARKS.has(prev) || SINGLE_MARKS.has(prev);
}

/** A mark that follows text and is followed by a space, punctuation or the end. */
export function canClose(prev: string | undefined, next: string | undefined): boolean {
  if (isSpace(prev)) return false;
  return next === undefined || isSpace(next) || CLOSE_PUNCT.test(next) || DOUBLE_MARKS.has(next) || SINGLE_MARKS.has(next);
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch);
}

/** Text so far ends like a finished clause: a closing mark after it is a closing mark. */
export function endsClause(text: string): boolean {
  return /[,.;:!?\u2026\-\u2013\u2014\u2015)\]]\s*$/.test(text);
}
