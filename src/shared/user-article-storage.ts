// The reader's articles in storage.local, never storage.sync: their texts are large and private,
// and stay on this device. One key per article, so that a corrupt entry costs only that article,
// plus a small index that keeps the order of addition and names the corpus's revision.
import * as v from 'valibot';
import { browser } from './browser.ts';
import { MAX_USER_ARTICLE_CHARS, type UserArticle } from '../core/corpus/user-article.ts';
import type { SavedUserCorpus } from '../core/corpus/user-articles.ts';
import type { SerializedStoryIndex } from '../core/match/serialize-index.ts';
import { serializedIndexProblem } from '../core/match/check-index.ts';
import { USER_ARTICLE_ID, USER_INDEX_KEY, USER_SCHEMA_VERSION, parseUserArticleIndex } from './user-corpus.ts';

const USER_ARTICLE_KEY_PREFIX = 'px:user-article:';

export const userArticleKey = (id: string) => `${USER_ARTICLE_KEY_PREFIX}${id}`;

const UserArticleIdSchema = v.pipe(v.string(), v.regex(USER_ARTICLE_ID));
const optionalText = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max)));

const UserArticleSchema = v.object({
  id: UserArticleIdSchema,
  title: optionalText(2_000),
  siteName: optionalText(2_000),
  byline: optionalText(2_000),
  url: optionalText(8_000),
  publishedAt: optionalText(64),
  language: v.pipe(v.string(), v.minLength(1), v.maxLength(35)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USER_ARTICLE_CHARS)),
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
});
const EntrySchema = v.object({ v: v.literal(USER_SCHEMA_VERSION), article: UserArticleSchema });

type Entry = v.InferOutput<typeof EntrySchema>;

function parseUserArticleEntry(value: unknown, id?: string): UserArticle | null {
  const parsed = v.safeParse(EntrySchema, value);
  return parsed.success && (id === undefined || parsed.output.article.id === id) ? parsed.output.article : null;
}

/** What an article costs in storage.local as Chrome counts it: its key plus its JSON, in bytes. */
export function storedBytes(article: UserArticle): number {
  const entry: Entry = { v: USER_SCHEMA_VERSION, article };
  return new TextEncoder().encode(userArticleKey(article.id) + JSON.stringify(entry)).length;
}

export interface StoredUserArticles {
  /** In the order they were added. */
  articles: UserArticle[];
  bytes: number;
  /** Ids of entries that could not be read: removed from storage. */
  dropped: string[];
}

/** The ids in the order of addition, from the index alone (cheap: no article text is read). */
export async function readUserArticleIds(): Promise<string[]> {
  const stored = await browser.storage.local.get(USER_INDEX_KEY);
  const ids = parseUserArticleIndex(stored[USER_INDEX_KEY]);
  if (ids) return ids;
  // No index, or a damaged one: the entries themselves say what is there.
  return (await readUserArticles()).articles.map((a) => a.id);
}

/**
 * Every readable article. A corrupt entry is dropped (and deleted) without losing the others; a
 * missing or damaged index is rebuilt from the entries, ordered by the time they were added; an
 * entry the index does not name (a removal interrupted half-way) is deleted.
 */
export async function readUserArticles(): Promise<StoredUserArticles> {
  const all = await browser.storage.local.get(null);
  const indexed = parseUserArticleIndex(all[USER_INDEX_KEY]);
  const entries = Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(USER_ARTICLE_KEY_PREFIX)));
  const ids = indexed ? [...new Set(indexed)] : Object.keys(entries).map((k) => k.slice(USER_ARTICLE_KEY_PREFIX.length));
  const named = new Set(ids.map(userArticleKey));
  const unindexed = Object.keys(entries).filter((k) => !named.has(k));
  const articles: UserArticle[] = [];
  const dropped: string[] = [];
  for (const id of ids) {
    const article = parseUserArticleEntry(entries[userArticleKey(id)], id);
    if (article) articles.push(article);
    else dropped.push(id);
  }
  if (!indexed) articles.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  const damagedIndex = !indexed && (all[USER_INDEX_KEY] !== undefined || ids.length > 0);
  if (damagedIndex || (indexed && articles.length !== indexed.length)) await writeIndex(articles.map((a) => a.id));
  const stale = [...dropped.map(userArticleKey), ...unindexed];
  if (stale.length) await browser.storage.local.remove(stale);
  return { articles, bytes: articles.reduce((sum, a) => sum + storedBytes(a), 0), dropped };
}

async function writeIndex(ids: string[]): Promise<void> {
  await browser.storage.local.set({ [USER_INDEX_KEY]: { v: USER_SCHEMA_VERSION, ids } });
}

/** Adds one article after the ones given (the current index), entry and index in one write. */
export async function appendUserArticle(article: UserArticle, after: string[]): Promise<string[]> {
  const ids = [...after.filter((id) => id !== article.id), article.id];
  const entry: Entry = { v: USER_SCHEMA_VERSION, article };
  await browser.storage.local.set({ [userArticleKey(article.id)]: entry, [USER_INDEX_KEY]: { v: USER_SCHEMA_VERSION, ids } });
  return ids;
}

/**
 * Removes one article; false when it was not there. The entry goes first: if the browser fails
 * between the two writes, the index names an article that is gone, which the next read notices
 * and rewrites (the other order would leave a text nobody lists, still counting against quota).
 */
export async function deleteUserArticle(id: string, current: string[]): Promise<boolean> {
  if (!current.includes(id)) return false;
  await browser.storage.local.remove(userArticleKey(id));
  await writeIndex(current.filter((x) => x !== id));
  return true;
}

// The reader's articles' place in the corpus (their stories, what was set aside, the index), kept
// so that a restarted worker puts the corpus together without grouping it again. A cache: when it
// is missing, damaged or made for other articles, the corpus is simply built again.
export const USER_CORPUS_CACHE_KEY = 'px:user-corpus';

const StorySchema = v.object({ id: v.string(), title: v.string(), articleIds: v.array(v.string()) });
const RefusalSchema = v.object({
  id: v.string(),
  title: v.nullable(v.string()),
  reason: v.picklist(['empty', 'not-prose', 'too-long', 'bad-date', 'bad-id', 'duplicate']),
  message: v.string(),
  existingId: v.optional(v.string()),
});
const SavedCorpusSchema = v.object({
  v: v.literal(USER_SCHEMA_VERSION),
  key: v.string(),
  saved: v.object({
    stories: v.array(StorySchema),
    refused: v.array(RefusalSchema),
    // Every field checked here; its structure is checked again when it is decoded.
    index: v.nullable(v.custom<SerializedStoryIndex>((x) => serializedIndexProblem(x) === null && typeof (x as { format?: unknown }).format === 'number')),
  }),
});

/**
 * The saved grouping: `ok` when it was made for these articles, `stale` when for others (or none
 * is saved), `damaged` when it cannot be read at all (the caller rebuilds it and tells the reader).
 */
export type SavedUserCorpusRead = { state: 'ok'; saved: SavedUserCorpus } | { state: 'stale' } | { state: 'damaged'; problem: string };

export async function readSavedUserCorpus(key: string): Promise<SavedUserCorpusRead> {
  const stored = (await browser.storage.local.get(USER_CORPUS_CACHE_KEY))[USER_CORPUS_CACHE_KEY];
  if (stored === undefined) return { state: 'stale' };
  const parsed = v.safeParse(SavedCorpusSchema, stored);
  if (!parsed.success) {
    const path = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.');
    return { state: 'damaged', problem: `unreadable${path ? ` at "${path}"` : ''}` };
  }
  return parsed.output.key === key ? { state: 'ok', saved: parsed.output.saved } : { state: 'stale' };
}

export async function writeSavedUserCorpus(key: string, saved: SavedUserCorpus | null): Promise<void> {
  if (saved) await browser.storage.local.set({ [USER_CORPUS_CACHE_KEY]: { v: USER_SCHEMA_VERSION, key, saved } });
  else await browser.storage.local.remove(USER_CORPUS_CACHE_KEY);
}
