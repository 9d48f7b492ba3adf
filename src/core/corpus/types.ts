// The corpus as the engine sees it: clean articles grouped into stories, plus the entity list.

import type { EntityRecord } from '../types.ts';

/** Per raw document in `seeds/documents.json`: what a reader needs to know about its source. */
export interface DocumentMeta {
  /** File name under `seeds/documents/`, without extension. */
  id: string;
  file: string;
  outlet: string;
  /** True when `outlet` is a descriptive label written by us because the text names no outlet. */
  outletDescribed: boolean;
  byline: string | null;
  agency: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt: string;
  /** The date exactly as the document prints it. */
  publishedAsPrinted: string | null;
  language: string;
  machineTranslated: boolean;
  /** Why we think it is (or is not) a machine translation. */
  translationEvidence?: string[];
  url: string | null;
  note?: string;
  /** Per-article corrections for a document that holds several articles (or prints no headline). */
  articles?: ArticleOverride[];
}

/** Metadata for one article of a document, where it differs from what ingest finds. */
export interface ArticleOverride {
  /** 1-based position of the article in its document. */
  n: number;
  title?: string;
  byline?: string | null;
  agency?: string | null;
  publishedAt?: string | null;
  publishedAsPrinted?: string | null;
  url?: string | null;
  note?: string;
}

export interface CorpusArticle {
  /** Stable: `<document id>-<n>` (1-based position in the document). */
  id: string;
  documentId: string;
  outlet: string;
  byline: string | null;
  agency: string | null;
  publishedAt: string | null;
  publishedAsPrinted: string | null;
  language: string;
  machineTranslated: boolean;
  url: string | null;
  title: string;
  /** True when the document prints no headline and `title` was written for it (metadata or ingest). */
  titleDescribed?: boolean;
  /** The subtitle or standfirst printed under the title, kept out of `text`. */
  standfirst?: string | null;
  /** The place line that opened the report ("Ramstein"), kept out of `text`. */
  dateline?: string | null;
  /** Clean article text: paragraphs separated by blank lines, clutter removed. */
  text: string;
}

export interface CorpusStory {
  /** Stable across runs and builds. */
  id: string;
  title: string;
  articleIds: string[];
}

export interface Corpus {
  entities: EntityRecord[];
  articles: CorpusArticle[];
  stories: CorpusStory[];
}
