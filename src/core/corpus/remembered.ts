// Articles Parallax remembers as the reader reads (opt-in per site): each kept with its compact
// profile and the story it was found to tell, so that thousands join the corpus without being
// grouped again (grouping is quadratic) and without their texts being read until a page tells
// their story. Pure: the caller stores them and fetches texts.

import type { Analysis } from '../types.ts';
import type { PreparedCorpus } from '../prepare-corpus.ts';
import type { CompactProfile } from '../match/compact-profile.ts';
import type { ArticleProfile } from '../match/profile.ts';
import { compactAgainst, extendStoryIndex } from '../match/story-index.ts';
import { storyIdFor } from '../match/group-stories.ts';
import { textKey } from './ingest.ts';
import { hashText } from './text-hash.ts';
import type { CorpusArticle, CorpusStory } from './types.ts';
import { checkUserArticle, normalizeUserText, outletOf, toCorpusArticle, userArticleId, type UserArticleRefusal } from './user-article.ts';

export const REMEMBERED_PREFIX = 'mem-';

/** What is kept of a remembered article besides its (compressed) text. */
export interface RememberedRecord {
  /** `mem-<hash of the text>`. */
  id: string;
  /** The settings key of the site it was read on ("example.com"): "forget this site" uses it. */
  site: string;
  title: string;
  outlet: string;
  siteName: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  /** ISO date-time it was read: the oldest go first when the limits are reached. */
  readAt: string;
  storyId: string;
  storyTitle: string;
  profile: CompactProfile;
  /** Characters of the text. */
  chars: number;
}

export const rememberedId = (text: string) => `${REMEMBERED_PREFIX}${hashText(textKey(text))}`;
export const isRememberedId = (id: string) => id.startsWith(REMEMBERED_PREFIX);

/**
 * An analysed page -> what to remember of it, or why not (no running prose, too long, a date in
 * the future, or already a corpus article of any kind). The story is the one the analysis found,
 * else a new one it founds.
 */
export function rememberFrom(
  analysis: Analysis,
  profile: ArticleProfile,
  prepared: PreparedCorpus,
  site: string,
  readAt: string,
): { record: RememberedRecord; text: string } | { refusal: UserArticleRefusal | 'known' } {
  if (analysis.corpusArticleId) return { refusal: 'known' };
  const text = normalizeUserText(analysis.article.text);
  const page = { ...analysis.article, text };
  const problem = checkUserArticle({ ...page, id: userArticleId(text), addedAt: readAt });
  if (problem) return { refusal: problem };
  const id = rememberedId(text);
  const asUser = toCorpusArticle({ ...page, id, addedAt: readAt });
  const storyId = analysis.story?.id ?? storyIdFor(id);
  return {
    text,
    record: {
      id, site, title: asUser.title, outlet: outletOf(page), siteName: page.siteName, byline: page.byline, url: page.url,
      publishedAt: page.publishedAt, language: page.language, readAt, storyId, storyTitle: analysis.story?.title ?? asUser.title,
      profile: compactAgainst(profile, prepared.index), chars: text.length,
    },
  };
}

/** The corpus article a remembered one becomes once its text is fetched. */
export function rememberedCorpusArticle(record: RememberedRecord, text: string): CorpusArticle {
  return {
    id: record.id, documentId: record.id, outlet: record.outlet, byline: record.byline, agency: null,
    publishedAt: record.publishedAt, publishedAsPrinted: null, language: record.language, machineTranslated: false,
    url: record.url, title: record.title, titleDescribed: false, standfirst: null, dateline: null, text,
  };
}

/**
 * The prepared corpus with remembered articles in its index and stories (joining the stories they
 * were found to tell, or founding their own), their texts to be fetched when a page needs them
 * (`textsNeeded`). Linear in the articles: nothing is profiled or grouped again.
 */
export function withRemembered(base: PreparedCorpus, records: readonly RememberedRecord[]): PreparedCorpus {
  const fresh = records.filter((r) => !base.storyOfArticle.has(r.id) && !base.articles.has(r.id));
  if (fresh.length === 0) return base;
  const stories = new Map(base.stories);
  const storyOfArticle = new Map(base.storyOfArticle);
  const grown = new Map<string, CorpusStory>();
  const added: RememberedRecord[] = [];
  for (const r of fresh) {
    if (storyOfArticle.has(r.id)) continue; // the same text remembered twice
    added.push(r);
    let story = grown.get(r.storyId);
    if (!story) {
      const existing = stories.get(r.storyId);
      story = existing ? { ...existing, articleIds: [...existing.articleIds] } : { id: r.storyId, title: r.storyTitle, articleIds: [] };
      grown.set(r.storyId, story);
      stories.set(r.storyId, story);
    }
    story.articleIds.push(r.id);
    storyOfArticle.set(r.id, r.storyId);
  }
  const index = extendStoryIndex(base.index, added.map((r) => ({ articleId: r.id, storyId: r.storyId, profile: r.profile })));
  // A story that grew may name more entities (its context aliases): its analyses are made again.
  const stale = (id: string) => grown.has(base.storyOfArticle.get(id) ?? '');
  return {
    ...base,
    index,
    indexDoc: new Map(index.articleIds.map((id, doc) => [id, doc])),
    articles: new Map(base.articles),
    stories,
    storyOfArticle,
    analysed: new Map([...base.analysed].filter(([id]) => !stale(id))),
    storyCatalogs: new Map([...base.storyCatalogs].filter(([id]) => !grown.has(id))),
  };
}
