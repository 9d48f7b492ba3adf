// The reader's own corpus (the articles they added and the ones Parallax remembered) as one pack,
// for the popup's "Export my corpus as a pack". Each article keeps the story it is in on this
// device (its story's other articles that are not the reader's, the bundled ones, stay out), so
// nothing is grouped again: linear in the articles, where regrouping thousands would be
// quadratic. The pack carries no matching index (`index: null`): whoever imports it places the
// articles against their own corpus. Fields are fitted to the pack format's bounds, so that
// every export can be read back. Pure.

import type { EntityRecord } from '../types.ts';
import { checkLinkUrl } from './article-url.ts';
import { COMPILED_CORPUS_VERSION } from './compiled.ts';
import { createPack, type CorpusPack } from './pack.ts';
import { MAX_ARTICLE_CHARS } from './text-checks.ts';
import type { CorpusArticle, CorpusStory } from './types.ts';

/** One of the reader's articles and the story it is part of in their corpus. */
export interface ReaderArticle {
  article: CorpusArticle;
  storyId: string;
  storyTitle: string;
}

const SHORT = 2_000;
const OUTLET = 300;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const clipOrNull = (text: string | null | undefined, max = SHORT) => (text == null ? null : clip(text, max));
const nonEmpty = (text: string | null | undefined, fallback: string, max: number) => clip(text?.trim() || fallback, max);

/** The article within the pack format's bounds (a field it cannot carry is dropped, not invented). */
function fitted(a: CorpusArticle): CorpusArticle {
  return {
    id: a.id,
    documentId: a.documentId || a.id,
    outlet: nonEmpty(a.outlet, 'Unknown outlet', OUTLET),
    byline: clipOrNull(a.byline),
    agency: clipOrNull(a.agency),
    publishedAt: a.publishedAt && ISO_DATE.test(a.publishedAt) ? a.publishedAt : null,
    publishedAsPrinted: clipOrNull(a.publishedAsPrinted),
    language: LANGUAGE.test(a.language) ? a.language : 'und',
    machineTranslated: a.machineTranslated,
    url: a.url && checkLinkUrl(a.url).ok ? a.url : null,
    title: nonEmpty(a.title, 'Untitled article', SHORT),
    ...(a.titleDescribed ? { titleDescribed: true } : {}),
    standfirst: clipOrNull(a.standfirst, 10_000),
    dateline: clipOrNull(a.dateline),
    text: a.text,
  };
}

/**
 * The reader's articles as a pack, stories in the order their first article comes, with the
 * entity list the extension bundles; null when there is none. An article listed twice (same id)
 * is taken once; one with no text or a text past the cap is left out and counted.
 */
export function packOfReaderCorpus(items: readonly ReaderArticle[], entities: EntityRecord[]): { pack: CorpusPack | null; leftOut: number } {
  const articles: CorpusArticle[] = [];
  const stories = new Map<string, CorpusStory>();
  const seen = new Set<string>();
  let leftOut = 0;
  for (const { article, storyId, storyTitle } of items) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    if (!article.text.trim() || article.text.length > MAX_ARTICLE_CHARS || article.text.includes('\0')) {
      leftOut += 1;
      continue;
    }
    articles.push(fitted(article));
    const id = clip(storyId, 220);
    let story = stories.get(id);
    if (!story) stories.set(id, (story = { id, title: nonEmpty(storyTitle, article.title, SHORT), articleIds: [] }));
    story.articleIds.push(article.id);
  }
  if (articles.length === 0) return { pack: null, leftOut };
  const pack = createPack({ version: COMPILED_CORPUS_VERSION, corpus: { entities, articles, stories: [...stories.values()] }, index: null });
  return { pack, leftOut };
}
