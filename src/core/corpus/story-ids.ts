// Stable story ids: a story is named after its founding article, the first of its articles in
// corpus order (documents by id, articles by position). Adding articles to a story, or new
// stories, never renames an existing one; its title is the founder's headline (the first
// printed headline when the founder's title was written for it).

import { storyIdFor } from '../match/group-stories.ts';
import type { CorpusArticle, CorpusStory } from './types.ts';

export function assignStoryIds(stories: CorpusStory[], articles: CorpusArticle[]): CorpusStory[] {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const placed = new Set<string>();
  const out = stories.map((story) => {
    const articleIds = [...story.articleIds].sort((a, b) => rank(order, a) - rank(order, b));
    for (const id of articleIds) {
      if (placed.has(id) || !byId.has(id)) throw new Error(`groupIntoStories: article ${id} is unknown or in two stories`);
      placed.add(id);
    }
    const members = articleIds.map((id) => byId.get(id)!);
    const founder = members[0]!;
    const titled = members.find((a) => !a.titleDescribed) ?? founder;
    return { id: storyIdFor(founder.id), title: titled.title, articleIds };
  });
  if (placed.size !== articles.length) throw new Error('groupIntoStories: some articles are in no story');
  return out.sort((a, b) => rank(order, a.articleIds[0]!) - rank(order, b.articleIds[0]!));
}

function rank(order: Map<string, number>, id: string): number {
  return order.get(id) ?? Number.MAX_SAFE_INTEGER;
}
