// The reader's own corpus as the popup sees it: the articles they added, where each landed, and
// how much room is left. Plain JSON, built by the background from its database
// (background/store/user-articles.ts).

export const USER_SCHEMA_VERSION = 1;

/** `user-` and the base-36 hash of the article's text (core/corpus/user-article.ts). */
export const USER_ARTICLE_ID = /^user-[0-9a-z]{1,20}$/;

/** At most this many articles: each one is re-read and regrouped when the corpus is rebuilt. */
export const MAX_USER_ARTICLES = 50;
/** Their texts at most (grouping reads every one again when the corpus is rebuilt). */
export const MAX_USER_BYTES = 4 * 1024 * 1024;

export interface UserStoryRef {
  id: string;
  title: string;
  /** False when the article founded the story (no other version yet). */
  joined: boolean;
  /** The outlets of the story's other versions, in corpus order, each once. */
  outlets: string[];
}

export interface UserArticleSummary {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  url: string | null;
  /** ISO date-time the reader added it. */
  addedAt: string;
  /** The story it is part of; null when Parallax set it aside (see `problem`). */
  story: UserStoryRef | null;
  /** Why it is kept but not used (e.g. an update of Parallax now bundles the same article). */
  problem: string | null;
}

export interface UserCorpusUsage {
  count: number;
  bytes: number;
  maxArticles: number;
  maxBytes: number;
}

export interface UserCorpusList {
  articles: UserArticleSummary[];
  usage: UserCorpusUsage;
}

export interface AddedToCorpus {
  article: UserArticleSummary;
  story: UserStoryRef;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
