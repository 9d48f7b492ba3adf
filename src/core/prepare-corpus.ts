// A compiled corpus made ready for repeated analyses: the entity catalog and the story index
// built once, corpus articles analysed on first use and kept.

import type { CompiledCorpus } from './corpus/compiled.ts';
import type { CorpusArticle, CorpusStory } from './corpus/types.ts';
import { buildEntityCatalog, type EntityCatalog } from './entities/catalog.ts';
import type { StoryIndex } from './match/story-index.ts';
import { deserializeStoryIndex } from './match/serialize-index.ts';
import { buildCorpusIndex } from './match/corpus-index.ts';
import { analyseText, type AnalysedText } from './compare/analysed-text.ts';

export interface PreparedCorpus {
  compiled: CompiledCorpus;
  catalog: EntityCatalog;
  index: StoryIndex;
  articles: Map<string, CorpusArticle>;
  stories: Map<string, CorpusStory>;
  storyOfArticle: Map<string, string>;
  /** Analyses of corpus articles, filled on first use. */
  analysed: Map<string, AnalysedText>;
}

export function prepareCorpus(compiled: CompiledCorpus): PreparedCorpus {
  const { corpus } = compiled;
  const catalog = buildEntityCatalog(corpus.entities);
  const storyOfArticle = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articleIds) storyOfArticle.set(id, s.id);
  return {
    compiled,
    catalog,
    index: compiled.index ? deserializeStoryIndex(compiled.index) : buildCorpusIndex(corpus, catalog),
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    stories: new Map(corpus.stories.map((s) => [s.id, s])),
    storyOfArticle,
    analysed: new Map(),
  };
}

export function analysedArticle(prepared: PreparedCorpus, articleId: string): AnalysedText | null {
  const cached = prepared.analysed.get(articleId);
  if (cached) return cached;
  const article = prepared.articles.get(articleId);
  if (!article) return null;
  const analysed = analyseText(article.text, article.language, prepared.catalog);
  prepared.analysed.set(articleId, analysed);
  return analysed;
}
