// The articles the reader added, in the extension's IndexedDB (db.ts): one record per article, so
// a corrupt one costs only that article, kept in the order they were added. Removing one deletes
// its text and the saved grouping in one transaction: nothing is left half-removed.
import * as v from 'valibot';
import { MAX_USER_ARTICLE_CHARS, type UserArticle } from '../../core/corpus/user-article.ts';
import type { SavedUserCorpus } from '../../core/corpus/user-articles.ts';
import type { SerializedStoryIndex } from '../../core/match/serialize-index.ts';
import { serializedIndexProblem } from '../../core/match/check-index.ts';
import { USER_ARTICLE_ID, USER_SCHEMA_VERSION } from '../../shared/user-corpus.ts';
import { allOrNothing, database } from './db.ts';

const optionalText = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max)));

export const UserArticleSchema = v.object({
  id: v.pipe(v.string(), v.regex(USER_ARTICLE_ID)),
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

export function parseUserArticleEntry(value: unknown, id?: string): UserArticle | null {
  const parsed = v.safeParse(EntrySchema, value);
  return parsed.success && (id === undefined || parsed.output.article.id === id) ? parsed.output.article : null;
}

/** What an article costs on disk, about: its id plus its JSON, in UTF-8 bytes. */
export function storedBytes(article: UserArticle): number {
  const entry: Entry = { v: USER_SCHEMA_VERSION, article };
  return new TextEncoder().encode(article.id + JSON.stringify(entry)).length;
}

/** In the order they were added (ties: by id). */
export const byAddition = (a: UserArticle, b: UserArticle) =>
  a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface StoredUserArticles {
  /** In the order they were added. */
  articles: UserArticle[];
  bytes: number;
  /** Ids of records that could not be read: deleted. */
  dropped: string[];
}

/** The ids alone (cheap: no text is read), sorted. */
export async function readUserArticleIds(): Promise<string[]> {
  return ((await (await database()).getAllKeys('userArticles')) as string[]).sort();
}

export async function countUserArticles(): Promise<number> {
  return (await database()).count('userArticles');
}

/** Every readable article; a corrupt record is deleted without losing the others. */
export async function readUserArticles(): Promise<StoredUserArticles> {
  const db = await database();
  const [keys, values] = await Promise.all([db.getAllKeys('userArticles'), db.getAll('userArticles')]);
  const articles: UserArticle[] = [];
  const dropped: string[] = [];
  keys.forEach((key, i) => {
    const article = parseUserArticleEntry(values[i], key);
    if (article) articles.push(article);
    else dropped.push(key);
  });
  if (dropped.length) {
    const tx = db.transaction('userArticles', 'readwrite');
    await Promise.all([...dropped.map((id) => tx.store.delete(id)), tx.done]);
  }
  articles.sort(byAddition);
  return { articles, bytes: articles.reduce((sum, a) => sum + storedBytes(a), 0), dropped };
}

export async function appendUserArticle(article: UserArticle): Promise<void> {
  const entry: Entry = { v: USER_SCHEMA_VERSION, article };
  await (await database()).put('userArticles', entry, article.id);
}

/** Removes one article and the saved grouping, all or nothing; false when it was not there. */
export async function deleteUserArticle(id: string): Promise<boolean> {
  const tx = (await database()).transaction(['userArticles', 'cache'], 'readwrite');
  return allOrNothing(tx, async (pending) => {
    const articles = tx.objectStore('userArticles');
    if ((await articles.getKey(id)) === undefined) return false;
    pending.push(articles.delete(id));
    pending.push(tx.objectStore('cache').delete(USER_CORPUS_CACHE_KEY));
    return true;
  });
}

// The reader's articles' place in the corpus (their stories, what was set aside, the index), kept
// so that a restarted worker puts the corpus together without grouping it again. A cache: when it
// is missing or made for other articles, the corpus is built again; when damaged, too (and the
// reader is told).
export const USER_CORPUS_CACHE_KEY = 'user-corpus';

const StorySchema = v.object({ id: v.string(), title: v.string(), articleIds: v.array(v.string()) });
const RefusalSchema = v.object({
  id: v.string(),
  title: v.nullable(v.string()),
  reason: v.picklist(['empty', 'not-prose', 'too-long', 'bad-date', 'bad-id', 'duplicate']),
  message: v.string(),
  existingId: v.optional(v.string()),
});
export const SavedCorpusSchema = v.object({
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
  const stored = await (await database()).get('cache', USER_CORPUS_CACHE_KEY);
  if (stored === undefined) return { state: 'stale' };
  const parsed = v.safeParse(SavedCorpusSchema, stored);
  if (!parsed.success) {
    const path = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.');
    return { state: 'damaged', problem: `unreadable${path ? ` at "${path}"` : ''}` };
  }
  return parsed.output.key === key ? { state: 'ok', saved: parsed.output.saved } : { state: 'stale' };
}

export async function writeSavedUserCorpus(key: string, saved: SavedUserCorpus | null): Promise<void> {
  const db = await database();
  if (saved) await db.put('cache', { v: USER_SCHEMA_VERSION, key, saved }, USER_CORPUS_CACHE_KEY);
  else await db.delete('cache', USER_CORPUS_CACHE_KEY);
}
