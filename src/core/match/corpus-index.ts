// The story index of a whole corpus: every article profiled, tagged with its story.

import type { Corpus } from '../corpus/types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { profileArticle } from './article-profile.ts';
import { buildStoryIndex, type StoryIndex } from './story-index.ts';

export function buildCorpusIndex(corpus: Corpus, catalog: EntityCatalog): StoryIndex {
  const storyOf = new Map<string, string>();
  for (const s of corpus.stories) for (const id of s.articleIds) storyOf.set(id, s.id);
  return buildStoryIndex(
    corpus.articles.map((a) => ({ articleId: a.id, storyId: storyOf.get(a.id) ?? '', profile: profileArticle(a, catalog) })),
  );
}
