// Groups corpus articles into stories. Placeholder (token overlap) until the matcher lands;
// the signature is what the corpus compiler relies on.

import type { CorpusArticle, CorpusStory } from '../corpus/types.ts';
import type { EntityRecord } from '../types.ts';
import { words } from '../text/tokens.ts';

export function groupIntoStories(articles: CorpusArticle[], _entities: EntityRecord[]): CorpusStory[] {
  const stories: { story: CorpusStory; vocab: Set<string> }[] = [];
  for (const article of articles) {
    const vocab = new Set(words(article.text).filter((w) => w.length > 3));
    let best: { story: CorpusStory; vocab: Set<string> } | null = null;
    let bestScore = 0;
    for (const candidate of stories) {
      let shared = 0;
      for (const w of vocab) if (candidate.vocab.has(w)) shared++;
      const score = shared / Math.min(vocab.size, candidate.vocab.size);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    if (best && bestScore > 0.35) {
      best.story.articleIds.push(article.id);
      for (const w of vocab) best.vocab.add(w);
    } else {
      stories.push({ story: { id: `story-${article.id}`, title: article.title, articleIds: [article.id] }, vocab });
    }
  }
  return stories.map((s) => s.story);
}
