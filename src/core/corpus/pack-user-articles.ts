// Packs and the reader's own corpus (the popup's import and export): a pack's articles as the
// records a reader's saved articles are (`user-<hash>` ids, the outlet as the site name), and the
// reader's articles as a pack, grouped and indexed among themselves. Pure.

import type { EntityRecord } from '../types.ts';
import { COMPILED_CORPUS_VERSION } from './compiled.ts';
import { createPack, type CorpusPack } from './pack.ts';
import { addUserArticles, normalizeUserText, userArticleId, type UserArticle, type UserArticleRefusal } from './user-articles.ts';

/**
 * The pack's articles as a reader's saved articles, in pack order. `addedAt` (ISO date-time) is
 * the moment of the import. They still go through `addUserArticles`, which refuses an article it
 * already holds and one that fails its own checks (too little prose, a date in the future).
 */
export function packToUserArticles(pack: CorpusPack, addedAt: string): UserArticle[] {
  return pack.corpus.corpus.articles.map((a) => {
    const text = normalizeUserText(a.text);
    return {
      id: userArticleId(text),
      title: a.titleDescribed ? null : a.title,
      siteName: a.outlet,
      byline: a.byline,
      url: a.url,
      publishedAt: a.publishedAt,
      language: a.language,
      text,
      addedAt,
    };
  });
}

/**
 * A reader's articles as a pack: grouped into stories and indexed among themselves (with the
 * entity list the extension bundles), the refused ones (the same article twice, failed checks)
 * left out and returned.
 */
export function packOfUserArticles(users: readonly UserArticle[], entities: EntityRecord[]): { pack: CorpusPack | null; refused: UserArticleRefusal[] } {
  const empty = { version: COMPILED_CORPUS_VERSION, corpus: { entities, articles: [], stories: [] }, index: null };
  const result = addUserArticles(empty, users);
  if (result.placed.length === 0) return { pack: null, refused: result.refused };
  return { pack: createPack(result.compiled), refused: result.refused };
}
