// One article a reader added to their own corpus from a page: the record kept on their device,
// how it is named (`user-<hash of its text>`), the checks it must pass on its own, and the corpus
// article it becomes. Pure: the caller gives the time it was added.

import type { ArticleInput } from '../types.ts';
import { readArticleFacts } from '../article-facts.ts';
import { isProse } from './ingest/clutter.ts';
import { collapseWhitespace } from './ingest/units.ts';
import { textKey } from './ingest.ts';
import { hashText } from './text-hash.ts';
import type { CorpusArticle } from './types.ts';

export const USER_ARTICLE_PREFIX = 'user-';
/** About 16,000 words: longer "articles" are whole pages of something else (and slow to index). */
export const MAX_USER_ARTICLE_CHARS = 100_000;
/** Words of running prose an article needs at least (a teaser or a list has fewer). */
export const MIN_PROSE_WORDS = 60;
/** How far past the moment it was added a publication date may lie (time zones, embargoes). */
const FUTURE_SLACK_DAYS = 2;
const DAY_MS = 86_400_000;

export interface UserArticle {
  /** `user-<hash of the text>`: the same text always gets the same id. */
  id: string;
  title: string | null;
  /** The page's site name ("The Indus Herald"), when it states one. */
  siteName: string | null;
  byline: string | null;
  url: string | null;
  /** ISO 8601 date or date-time, or null when the page gives none. */
  publishedAt: string | null;
  /** BCP 47 primary language ("en"). */
  language: string;
  /** The article's text as the page's extraction gave it: paragraphs separated by blank lines. */
  text: string;
  /** ISO 8601 date-time the reader added it: orders the additions, bounds the publication date. */
  addedAt: string;
}

export type UserArticleProblem = 'empty' | 'not-prose' | 'too-long' | 'bad-date' | 'bad-id' | 'duplicate';

export interface UserArticleRefusal {
  id: string;
  title: string | null;
  reason: UserArticleProblem;
  /** For a reader: what is wrong and what to do. */
  message: string;
  /** For `duplicate`: the article already in the corpus. */
  existingId?: string;
}

/** Paragraphs trimmed and separated by one blank line, line endings unified. */
export function normalizeUserText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

export function userArticleId(text: string): string {
  return `${USER_ARTICLE_PREFIX}${hashText(textKey(text))}`;
}

export function isUserArticleId(id: string): boolean {
  return id.startsWith(USER_ARTICLE_PREFIX);
}

/** What an extracted page says about itself -> the record kept for the reader. */
export function userArticleFrom(page: ArticleInput, addedAt: string): UserArticle {
  const text = normalizeUserText(page.text);
  const facts = readArticleFacts({ ...page, text });
  return {
    id: userArticleId(text),
    title: facts.title,
    siteName: page.siteName?.trim() || null,
    byline: page.byline?.trim() || null,
    url: page.url ?? null,
    publishedAt: facts.publishedAt,
    language: facts.language,
    text,
    addedAt,
  };
}

/** The outlet a reader knows the page by: its site name, else its host. */
export function outletOf(article: Pick<UserArticle, 'siteName' | 'url'>): string {
  if (article.siteName) return article.siteName;
  try {
    if (article.url) return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL: fall through
  }
  return 'An outlet you added';
}

function words(text: string): number {
  return text.split(' ').filter(Boolean).length;
}

/** The article's own problems (not whether the corpus already holds it), or null. */
export function checkUserArticle(article: UserArticle): UserArticleRefusal | null {
  const refuse = (reason: UserArticleProblem, message: string): UserArticleRefusal => ({ id: article.id, title: article.title, reason, message });
  if (article.text.trim() === '') return refuse('empty', 'the page gave no article text: reload it and try again');
  if (article.text.length > MAX_USER_ARTICLE_CHARS) {
    return refuse('too-long', `the text is ${article.text.length.toLocaleString('en')} characters long, more than the ${MAX_USER_ARTICLE_CHARS.toLocaleString('en')} an article may have`);
  }
  if (article.id !== userArticleId(article.text)) return refuse('bad-id', 'the saved copy is damaged (its id does not match its text): remove it and add the page again');
  const paragraphs = article.text.split(/\n\s*\n/).map(collapseWhitespace);
  const proseWords = paragraphs
    .filter((text) => isProse({ text, line: 0, listItem: false }))
    .reduce((sum, p) => sum + words(p), 0);
  if (proseWords < MIN_PROSE_WORDS) {
    return refuse('not-prose', `this page holds no article text (fewer than ${MIN_PROSE_WORDS} words of full sentences): add a page that tells a story`);
  }
  const date = article.publishedAt;
  if (date !== null) {
    const published = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
    const added = Date.parse(article.addedAt);
    const year = Number(date.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}/.test(date) || Number.isNaN(published) || year < 1900) {
      return refuse('bad-date', `the publication date "${date}" is not a date Parallax can use`);
    }
    if (!Number.isNaN(added) && published > added + FUTURE_SLACK_DAYS * DAY_MS) {
      return refuse('bad-date', `the publication date ${date.slice(0, 10)} lies in the future`);
    }
  }
  return null;
}

/** When nothing is printed as a headline: the opening words of the first paragraph. */
function describedTitle(text: string): string {
  const first = text.split('\n\n')[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  if (sentence.length <= 110) return sentence;
  const cut = sentence.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function toCorpusArticle(article: UserArticle): CorpusArticle {
  return {
    id: article.id,
    documentId: article.id,
    outlet: outletOf(article),
    byline: article.byline,
    agency: null,
    publishedAt: article.publishedAt,
    publishedAsPrinted: null,
    language: article.language,
    machineTranslated: false,
    url: article.url,
    title: article.title ?? describedTitle(article.text),
    titleDescribed: article.title === null,
    standfirst: null,
    dateline: null,
    text: article.text,
  };
}
