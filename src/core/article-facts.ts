// What is known about an article before analysis: its language, title and publication date,
// from the caller's metadata when given, else read off the text's head (plain-text input prints
// its headline first and its date line near the top).

import type { ArticleInput } from './types.ts';
import { detectLanguage } from './text/language.ts';
import { parsePrintedDate } from './text/dates.ts';
import { normalizeDate, primaryLanguage } from './extract/page-metadata.ts';
import { splitParagraphs } from './text/paragraphs.ts';

export interface ArticleFacts {
  title: string | null;
  language: string;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  /** The publication date as the text prints it, when it does. */
  printedDate: { text: string; start: number; end: number } | null;
}

/** Lines near the top that can carry the publication date ("Posted on Sep 8, 2021 at 7:12 am"). */
const HEAD_PARAGRAPHS = 8;
const DATE_LINE_MAX = 120;

function printedDateInHead(text: string, language: string) {
  for (const p of splitParagraphs(text).slice(0, HEAD_PARAGRAPHS)) {
    if (p.end - p.start > DATE_LINE_MAX) continue;
    const found = parsePrintedDate(text.slice(p.start, p.end), { language });
    if (found && /^\d{4}-\d{2}-\d{2}/.test(found.iso)) {
      return { iso: found.iso, printed: { text: found.printed, start: p.start + found.start, end: p.start + found.end } };
    }
  }
  return null;
}

function titleFromText(text: string): string | null {
  const first = splitParagraphs(text)[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  return line.length <= 200 && !/[.!?]["”]?$/.test(line) ? line : null;
}

export function readArticleFacts(input: ArticleInput): ArticleFacts {
  const detected = detectLanguage(input.text);
  const language = primaryLanguage(input.language) ?? (detected === 'und' ? 'en' : detected);
  const head = printedDateInHead(input.text, language);
  const given = normalizeDate(input.publishedAt ?? null);
  const publishedAt = given ?? head?.iso ?? null;
  // The printed date counts as this article's date only when it agrees with the given one.
  const printedDate = head && publishedAt && head.iso.slice(0, 10) === publishedAt.slice(0, 10) ? head.printed : null;
  return { title: input.title?.trim() || titleFromText(input.text), language, publishedAt, printedDate };
}
