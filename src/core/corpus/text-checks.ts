// What a document's text must be before anything reads it as an article: text (no NUL bytes, valid
// UTF-8), and no longer than an article a reader may save. One cap for every way in (`corpus add`,
// `corpus check`, packs, `analyze`): longer "articles" are whole pages of something else, and the
// engine's cost grows with the text.

import { MAX_USER_ARTICLE_CHARS } from './user-article.ts';

/** Characters a document or article text may have (the cap on a reader's saved articles). */
export const MAX_ARTICLE_CHARS = MAX_USER_ARTICLE_CHARS;

export interface TextProblem {
  problem: string;
  fix: string;
  /** Where in the text, when one character is at fault. */
  offset: number | null;
}

export function textProblem(text: string, maxChars = MAX_ARTICLE_CHARS): TextProblem | null {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return { problem: 'holds NUL bytes: a binary file (or UTF-16 text), not an article', fix: 'give the article as UTF-8 text or HTML', offset: nul };
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return { problem: 'not valid UTF-8 (replacement character found)', fix: 'save the file as UTF-8', offset: bad };
  if (text.length > maxChars) {
    return {
      problem: `is ${text.length.toLocaleString('en')} characters long, more than the ${maxChars.toLocaleString('en')} an article may have`,
      fix: 'give one article, not a whole page or a collection',
      offset: null,
    };
  }
  return null;
}
