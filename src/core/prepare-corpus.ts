// A compiled corpus made ready for repeated analyses: entity catalogs and the story index built
// once, corpus articles analysed on first use and kept.
//
// Some aliases only name an entity inside its own story ("his German counterpart", "the US
// embassy", a common surname): the strict catalog leaves them out; a story's catalog lets them
// back in for the entities that story's articles mention.

import type { CompiledCorpus } from './corpus/compiled.ts';
import type { CorpusArticle, CorpusStory } from './corpus/types.ts';
import { buildEntityCatalog, type EntityCatalog } from './entities/catalog.ts';
import { buildStrictEntityCatalog, withoutContextAliases } from './entities/strict-catalog.ts';
import { findEntities } from './entities/find-entities.ts';
import type { StoryIndex } from './match/story-index.ts';
import { deserializeStoryIndex } from './match/serialize-index.ts';
import { buildCorpusIndex } from './match/corpus-index.ts';
import { analyseText, type AnalysedText } from './compare/analysed-text.ts';

export interface PreparedCorpus {
  compiled: CompiledCorpus;
  /** Without context-only aliases: for pages not (yet) known to tell a corpus story. */
  catalog: EntityCatalog;
  index: StoryIndex;
  /** Article id -> its position in the index. */
  indexDoc: Map<string, number>;
  articles: Map<string, CorpusArticle>;
  stories: Map<string, CorpusStory>;
  storyOfArticle: Map<string, string>;
  /** Analyses of corpus articles, filled on first use. */
  analysed: Map<string, AnalysedText>;
  /** Per story: the catalog with its entities' context aliases, filled on first use. */
  storyCatalogs: Map<string, EntityCatalog>;
}

export function prepareCorpus(compiled: CompiledCorpus): PreparedCorpus {
  const { corpus } = compiled;
  const catalog = buildStrictEntityCatalog(corpus.entities);
  const storyOfArticle = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articleIds) storyOfArticle.set(id, s.id);
  const index = compiled.index ? deserializeStoryIndex(compiled.index) : buildCorpusIndex(corpus, catalog);
  return {
    compiled,
    catalog,
    index,
    indexDoc: new Map(index.articleIds.map((id, doc) => [id, doc])),
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    stories: new Map(corpus.stories.map((s) => [s.id, s])),
    storyOfArticle,
    analysed: new Map(),
    storyCatalogs: new Map(),
  };
}

/** The catalog for texts of one story: context aliases allowed for the entities the story names. */
export function storyCatalog(prepared: PreparedCorpus, storyId: string): EntityCatalog {
  const cached = prepared.storyCatalogs.get(storyId);
  if (cached) return cached;
  const records = prepared.compiled.corpus.entities;
  let catalog = prepared.catalog;
  if (records.some((r) => r.contextAliases?.length)) {
    const named = new Set<string>();
    for (const id of prepared.stories.get(storyId)?.articleIds ?? []) {
      const article = prepared.articles.get(id);
      if (!article) continue;
      for (const hit of findEntities(article.text, prepared.catalog, { language: article.language })) if (hit.id) named.add(hit.id);
    }
    const strict = withoutContextAliases(records);
    catalog = buildEntityCatalog(records.map((r, i) => (named.has(r.id) ? r : strict[i]!)));
  }
  prepared.storyCatalogs.set(storyId, catalog);
  return catalog;
}

export function analysedArticle(prepared: PreparedCorpus, articleId: string): AnalysedText | null {
  const cached = prepared.analysed.get(articleId);
  if (cached) return cached;
  const article = prepared.articles.get(articleId);
  if (!article) return null;
  const storyId = prepared.storyOfArticle.get(articleId);
  const catalog = storyId ? storyCatalog(prepared, storyId) : prepared.catalog;
  const analysed = analyseText(article.text, article.language, catalog);
  prepared.analysed.set(articleId, analysed);
  return analysed;
}
