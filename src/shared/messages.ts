// Every message between contexts, as one typed union per direction, with runtime schemas: the
// receiver validates at the boundary (a page can be hostile, a stale tab can speak an old dialect).
import * as v from 'valibot';
import type { PagePayload } from './page-model.ts';
import type { Analysis } from '../core/types.ts';
import type { TabView } from './storage.ts';
import { USER_ARTICLE_ID, type AddedToCorpus, type UserCorpusList } from './user-corpus.ts';
import { REMEMBERED_ID, type RememberedList } from './remembered.ts';
import { MAX_PACK_PARTS, PACK_PART_CHARS, TRANSFER_ID, type PackExported, type PackImported } from './packs.ts';

// The engine reads at most MAX_ANALYSED_CHARS (100,000) of an article; a page may send up to ten
// times that (the core cuts it), and anything larger is refused here before it costs a hash.
const MAX_TEXT = 1_000_000;
/** What a page can report about itself instead of an article to analyse. */
export const PAGE_STATUSES = ['not-article', 'off', 'no-overlay'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
const MAX_IDS = 5_000;
const optionalText = v.nullable(v.pipe(v.string(), v.maxLength(2_000)));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const ids = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(MAX_IDS));
const transfer = v.pipe(v.string(), v.regex(TRANSFER_ID));
const part = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PACK_PARTS - 1));

export const ArticleSchema = v.object({
  title: optionalText,
  byline: optionalText,
  siteName: optionalText,
  url: v.nullable(v.pipe(v.string(), v.maxLength(8_000))),
  publishedAt: optionalText,
  language: v.nullable(v.pipe(v.string(), v.maxLength(35))),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
});
export type ArticleMessage = v.InferOutput<typeof ArticleSchema>;

/** content script -> background */
export const ContentMessageSchema = v.variant('type', [
  v.object({ type: v.literal('analyzeArticle'), article: ArticleSchema, force: v.optional(v.boolean()) }),
  v.object({ type: v.literal('annotationsAnchored'), url: v.string(), anchored: ids, unanchored: ids }),
  v.object({
    type: v.literal('pageStatus'),
    url: v.string(),
    // no-overlay: the page keeps Parallax from showing its cards (see content/overlay.ts).
    status: v.picklist(PAGE_STATUSES),
  }),
  // Is Parallax on for this page? The switches live where content scripts cannot read them.
  v.object({ type: v.literal('pageSwitch') }),
]);
export type ContentMessage = v.InferOutput<typeof ContentMessageSchema>;

/** popup (or any extension page) -> background: privileged commands */
export const PopupMessageSchema = v.variant('type', [
  v.object({ type: v.literal('getTabState'), tabId }),
  v.object({ type: v.literal('setSiteEnabled'), tabId: v.nullable(tabId), site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)), enabled: v.boolean() }),
  v.object({ type: v.literal('setPaused'), paused: v.boolean() }),
  v.object({ type: v.literal('showOnPage'), tabId, annotationId: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ type: v.literal('reanalyze'), tabId }),
  // The reader's own corpus (kept in the extension's database on this device).
  v.object({ type: v.literal('addArticleToCorpus'), tabId }),
  v.object({ type: v.literal('removeUserArticle'), id: v.pipe(v.string(), v.regex(USER_ARTICLE_ID)) }),
  v.object({ type: v.literal('listUserArticles') }),
  v.object({ type: v.literal('dismissNotice') }),
  // Remember what I read (opt-in per site; kept in the extension's database on this device).
  // With a tab: its article is read again, so that switching on remembers the page in view too.
  v.object({ type: v.literal('setRemember'), site: v.pipe(v.string(), v.minLength(1), v.maxLength(253)), on: v.boolean(), tabId: v.optional(tabId) }),
  v.object({ type: v.literal('listRemembered') }),
  v.object({ type: v.literal('exportAnalysis'), tabId }),
  // Corpus packs: the reader's corpus out as one pack, a pack file in (its text in parts, then imported whole).
  v.object({ type: v.literal('exportPack') }),
  v.object({ type: v.literal('readPackPart'), transfer, part }),
  v.object({
    type: v.literal('sendPackPart'), transfer, part,
    parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PACK_PARTS)),
    text: v.pipe(v.string(), v.maxLength(PACK_PART_CHARS)),
  }),
  v.object({ type: v.literal('importPack'), transfer }),
  v.variant('scope', [
    v.object({ type: v.literal('forgetRemembered'), scope: v.literal('article'), key: v.pipe(v.string(), v.regex(REMEMBERED_ID)) }),
    v.object({ type: v.literal('forgetRemembered'), scope: v.literal('story'), key: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
    v.object({ type: v.literal('forgetRemembered'), scope: v.literal('site'), key: v.pipe(v.string(), v.minLength(1), v.maxLength(253)) }),
    v.object({ type: v.literal('forgetRemembered'), scope: v.literal('all') }),
  ]),
]);
export type PopupMessage = v.InferOutput<typeof PopupMessageSchema>;

/** background -> content script */
export const TabMessageSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('showAnnotation'), annotationId: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ type: v.literal('reanalyze') }),
  // A site switch or the pause changed: ask `pageSwitch` again.
  v.object({ type: v.literal('switched') }),
  // The "next/previous annotation" commands (the browser's keyboard shortcuts).
  v.object({ type: v.literal('step'), direction: v.picklist([1, -1]) }),
]);
export type TabMessage = v.InferOutput<typeof TabMessageSchema>;

export type Failure = { ok: false; error: string };
export type Reply<T extends object = object> = ({ ok: true } & T) | Failure;

export type AnalyzeReply = Reply<{ page: PagePayload | null; storyFound: boolean }>;

/** What each message answers with. */
export interface Replies {
  analyzeArticle: AnalyzeReply;
  annotationsAnchored: Reply;
  pageStatus: Reply;
  pageSwitch: Reply<{ on: boolean }>;
  getTabState: Reply<{ view: TabView }>;
  setSiteEnabled: Reply<{ enabled: boolean }>;
  setPaused: Reply;
  showOnPage: Reply<{ shown: boolean }>;
  reanalyze: Reply;
  addArticleToCorpus: Reply<AddedToCorpus>;
  removeUserArticle: Reply<{ removed: boolean }>;
  listUserArticles: Reply<UserCorpusList>;
  dismissNotice: Reply;
  setRemember: Reply<{ remember: boolean }>;
  listRemembered: Reply<RememberedList>;
  exportAnalysis: Reply<{ analysis: Analysis }>;
  forgetRemembered: Reply<{ forgotten: number }>;
  exportPack: Reply<PackExported>;
  readPackPart: Reply<{ text: string }>;
  sendPackPart: Reply<{ received: number }>;
  importPack: Reply<PackImported>;
  ping: Reply;
  switched: Reply;
  showAnnotation: Reply<{ shown: boolean }>;
  step: Reply<{ stepped: boolean }>;
}

export type AnyMessage = ContentMessage | PopupMessage | TabMessage;
export type ReplyTo<M extends AnyMessage> = Replies[M['type']];

/** A readable reason why a message was refused, naming the field that failed. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'malformed message';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return `malformed message${path ? ` at "${path}"` : ''}: ${first.message}`;
}

export function failure(error: string): Failure {
  return { ok: false, error };
}
