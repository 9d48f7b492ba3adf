// article -> Analysis: the one entry point the background, the CLI and the tests call.

import type { Analysis, ArticleInput } from './types.ts';
import type { CompiledCorpus } from './corpus/compiled.ts';

/** A compiled corpus made ready for repeated analyses (indexes and caches built once). */
export interface PreparedCorpus {
  compiled: CompiledCorpus;
}

export function prepareCorpus(compiled: CompiledCorpus): PreparedCorpus {
  return { compiled };
}

export function analyze(input: ArticleInput, prepared: PreparedCorpus): Analysis {
  // Placeholder until the engine lands: the article, normalised, and nothing found.
  return {
    article: {
      title: input.title ?? null,
      siteName: input.siteName ?? null,
      byline: input.byline ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      language: input.language ?? 'en',
      text: input.text,
    },
    corpusArticleId: null,
    story: null,
    entities: [],
    quotes: [],
    speakers: [],
    differences: [],
    corpusStories: prepared.compiled.corpus.stories.length,
  };
}
