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

/** Stories this many candidates name are weighed in full. */
const STORIES_WEIGHED = 4;

/**
 * How close the input is to a story: the mean of its closest version and all versions. The
 * closest alone lets in a near miss that happens to resemble one version (another event of the
 * same kind, told with the same words and people); the mean alone would punish a story for one
 * odd version (a live blog, a translation).
 */
export function storyScore(scores: number[]): number {
  if (scores.length === 0) return 0;
  const best = Math.max(...scores);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return (best + mean) / 2;
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
  const n = prepared.index.articleIds.length;
  const idf = (h: number) => idfFrom(documentFrequency(prepared.index, h), n);
  const evidenceFor = (storyId: string): Map<string, SameStoryEvidence> => {
    const evidence = new Map<string, SameStoryEvidence>();
    for (const id of prepared.stories.get(storyId)?.articleIds ?? []) {
      const fromCandidates = candidates.find((c) => c.articleId === id);
      if (fromCandidates) evidence.set(id, fromCandidates.evidence);
      else {
        const doc = prepared.indexDoc.get(id);
        if (doc !== undefined) evidence.set(id, sameStoryEvidence(query, profileAt(prepared.index, doc), idf));
      }
    }
    return evidence;
  };
  // Stories in the order of their closest version; the first whose score clears the bar is the
  // page's (a page that carries two corpus articles tells the story of the one it is closest to).
  const storyIds = [...new Set(candidates.filter((c) => c.storyId && prepared.stories.has(c.storyId)).map((c) => c.storyId))].slice(0, STORIES_WEIGHED);
  let best: { storyId: string; score: number; evidence: Map<string, SameStoryEvidence> } | null = null;
  for (const storyId of storyIds) {
    const evidence = evidenceFor(storyId);
    const score = storyScore([...evidence.values()].map((e) => e.score));
    if (score >= SAME_STORY_THRESHOLD) {
      best = { storyId, score, evidence };
      break;
    }
  }
  if (!best) return null;
  const story = prepared.stories.get(best.storyId)!;
  const evidence = best.evidence;

  return { storyId: story.id, score: best.score, evidence };
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
