// Groups corpus articles into stories, in corpus order: each article joins the story whose
// articles it matches best (same test as for a page), or founds a new one. A story's id is
// derived from its founding article's id, so it stays the same across runs and builds as long
// as that article stays in the corpus.

import type { CorpusArticle, CorpusStory } from '../corpus/types.ts';
import type { EntityRecord } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { buildStrictEntityCatalog } from '../entities/strict-catalog.ts';
import { profileArticle } from './article-profile.ts';
import { buildStoryIndex, findCandidates, toQueryProfile, type IndexEntry } from './story-index.ts';
import { SAME_STORY_THRESHOLD } from './same-story-score.ts';

export function storyIdFor(foundingArticleId: string): string {
  return `story-${foundingArticleId}`;
}

export function groupIntoStories(articles: CorpusArticle[], entities: EntityRecord[] | EntityCatalog): CorpusStory[] {
  const catalog = Array.isArray(entities) ? buildStrictEntityCatalog(entities) : entities;
  const stories: CorpusStory[] = [];
  const placed: IndexEntry[] = [];
  for (const article of articles) {
    const profile = profileArticle(article, catalog);
    const best = placed.length ? findCandidates(buildStoryIndex(placed), toQueryProfile(profile))[0] : undefined;
    let story = best && best.evidence.score >= SAME_STORY_THRESHOLD ? stories.find((s) => s.id === best.storyId) : undefined;
    if (!story) {
      story = { id: storyIdFor(article.id), title: article.title, articleIds: [] };
      stories.push(story);
    }
    story.articleIds.push(article.id);
    placed.push({ articleId: article.id, storyId: story.id, profile });
  }
  return stories;
}
