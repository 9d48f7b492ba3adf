// "Remember what I read" as the popup sees it: the remembered articles by story, by site, the
// room used, and the last problem (a write the browser refused). Plain JSON from the background.

/** storage.session: why the last article could not be remembered, until one is. */
export const MEMORY_PROBLEM_KEY = 'px:memory-problem';

export interface RememberedItem {
  id: string;
  title: string;
  outlet: string;
  site: string;
  publishedAt: string | null;
  readAt: string;
  url: string | null;
}

export interface RememberedStory {
  id: string;
  title: string;
  /** Most recently read first. */
  articles: RememberedItem[];
}

export interface RememberedList {
  /** Most recently read first. */
  stories: RememberedStory[];
  sites: { site: string; count: number }[];
  usage: { count: number; bytes: number; maxArticles: number; maxBytes: number };
  problem: string | null;
}

export const REMEMBERED_ID = /^mem-[0-9a-z]{1,20}$/;
