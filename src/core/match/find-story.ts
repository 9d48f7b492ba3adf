// Which corpus story does an article tell, if any? Candidates come from the index; a story is
// as close as its closest version. An article that is itself in the corpus (recognised by its
// words, never by its URL) is reported as such and left out of the versions.

import type { ArticleProfile } from './profile.ts';
import type { PreparedCorpus } from '../prepare-corpus.ts';
import { documentFrequency, findCandidates, idfFrom, profileAt, toQueryProfile } from './story-index.ts';
import { SAME_STORY_THRESHOLD, sameStoryEvidence, type SameStoryEvidence } from './same-story-score.ts';
import { normalizeForMatch } from '../text/normalize.ts';

export interface StoryFinding {
  storyId: string;
  score: number;
  /** Evidence per article of the story (including the input itself when it is a corpus article). */
  evidence: Map<string, SameStoryEvidence>;
  /** The corpus article the input is, when it is one. */
  corpusArticleId: string | null;
}

/** True when the corpus article's words are all in the input (head, middle and tail checked). */
export function containsArticle(normalizedInput: string, articleText: string): boolean {
  const norm = normalizeForMatch(articleText);
  if (norm.length < 40) return normalizedInput.includes(norm);
  const probe = Math.min(160, Math.floor(norm.length / 3));
  const middle = Math.floor(norm.length / 2 - probe / 2);
  return (
    normalizedInput.includes(norm.slice(0, probe)) &&
    normalizedInput.includes(norm.slice(middle, middle + probe)) &&
    normalizedInput.includes(norm.slice(norm.length - probe))
  );
}

export function findStory(profile: ArticleProfile, inputText: string, prepared: PreparedCorpus): StoryFinding | null {
  const found = findStoryCandidate(profile, prepared);
  return found ? { ...found, corpusArticleId: recogniseCorpusArticle(found.storyId, inputText, prepared) } : null;
}

/**
 * The story an article tells, from the index alone (no corpus text is read): the caller can
 * fetch the texts of its versions (kept apart, compressed) before comparing.
 */
export function findStoryCandidate(profile: ArticleProfile, prepared: PreparedCorpus): Omit<StoryFinding, 'corpusArticleId'> | null {
  const query = toQueryProfile(profile);
  const candidates = findCandidates(prepared.index, query);
  const best = candidates[0];
  if (!best || best.evidence.score < SAME_STORY_THRESHOLD || !best.storyId) return null;
  const story = prepared.stories.get(best.storyId);
  if (!story) return null;

  const n = prepared.index.articleIds.length;
  const idf = (h: number) => idfFrom(documentFrequency(prepared.index, h), n);
  const evidence = new Map<string, SameStoryEvidence>();
  for (const id of story.articleIds) {
    const fromCandidates = candidates.find((c) => c.articleId === id);
    if (fromCandidates) evidence.set(id, fromCandidates.evidence);
    else {
      const doc = prepared.indexDoc.get(id);
      if (doc !== undefined) evidence.set(id, sameStoryEvidence(query, profileAt(prepared.index, doc), idf));
    }
  }

  return { storyId: story.id, score: best.evidence.score, evidence };
}

/** The story's article the input is (its words all in the input), among those whose text is at hand. */
export function recogniseCorpusArticle(storyId: string, inputText: string, prepared: PreparedCorpus): string | null {
  const normalizedInput = normalizeForMatch(inputText);
  for (const id of prepared.stories.get(storyId)?.articleIds ?? []) {
    const article = prepared.articles.get(id);
    if (article?.text && containsArticle(normalizedInput, article.text)) return id;
  }
  return null;
}
