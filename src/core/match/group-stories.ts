// Groups corpus articles into stories, in corpus order: each article joins the story whose
// articles it matches best (same test as for a page), or founds a new one. A story's id is
// derived from its founding article's id, so it stays the same across runs and builds as long
// as that article stays in the corpus.
//
// Every article is profiled once and one index is built over all of them (specificity counted
// over the whole corpus); article i is then scored against articles 0..i-1 only.

import type { CorpusArticle, CorpusStory } from '../corpus/types.ts';
import type { EntityRecord } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { buildStrictEntityCatalog } from '../entities/strict-catalog.ts';
import { profileArticle } from './article-profile.ts';
import { buildStoryIndex, documentFrequency, findCandidates, idfFrom, profileAt, toQueryProfile } from './story-index.ts';
import { SAME_STORY_THRESHOLD, sameStoryEvidence } from './same-story-score.ts';

export function storyIdFor(foundingArticleId: string): string {
  return `story-${foundingArticleId}`;
}

/** Up to this many earlier articles are all scored; beyond, the index picks the candidates. */
const SCORE_ALL_UP_TO = 2000;

export function groupIntoStories(articles: CorpusArticle[], entities: EntityRecord[] | EntityCatalog): CorpusStory[] {
  const catalog = Array.isArray(entities) ? buildStrictEntityCatalog(entities) : entities;
  const profiles = articles.map((a) => profileArticle(a, catalog));
  const index = buildStoryIndex(articles.map((a, i) => ({ articleId: a.id, storyId: '', profile: profiles[i]! })));
  const n = articles.length;
  const idf = (h: number) => idfFrom(documentFrequency(index, h), n);
  const storyOf: CorpusStory[] = [];
  const stories: CorpusStory[] = [];
  articles.forEach((article, i) => {
    const query = toQueryProfile(profiles[i]!);
    const earlier =
      i <= SCORE_ALL_UP_TO ? Array.from({ length: i }, (_, j) => j) : findCandidates(index, query).map((c) => c.doc).filter((j) => j < i);
    let best = -1;
    let bestScore = SAME_STORY_THRESHOLD;
    for (const j of earlier) {
      const score = sameStoryEvidence(query, profileAt(index, j), idf).score;
      if (score >= bestScore) [best, bestScore] = [j, score];
    }
    let story = best >= 0 ? storyOf[best] : undefined;
    if (!story) {
      story = { id: storyIdFor(article.id), title: article.title, articleIds: [] };
      stories.push(story);
    }
    story.articleIds.push(article.id);
    storyOf[i] = story;
  });
  return stories;
}
