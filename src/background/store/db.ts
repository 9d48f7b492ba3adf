// The extension origin's IndexedDB: what the background trusts (the reader's articles, the saved
// grouping, the site switches and the pause). Pages' content scripts run in the page's origin, so
// their `indexedDB` is the page's: they cannot open this one. Every value is still validated when
// read (a damaged profile, an older version). Opened once per worker, through `idb`.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { migrateLegacyStorage } from './legacy.ts';

export const DB_NAME = 'parallax';
export const DB_VERSION = 2;

export interface ParallaxSchema extends DBSchema {
  /** `prefs` (the pause), `site:<site>` (a site switch), `remember:<site>`, `memory` (counts), `notice`, `migrated`. */
  prefs: { key: string; value: unknown };
  /** The articles the reader added, by id: `{ v, article }`. */
  userArticles: { key: string; value: unknown };
  /** `user-corpus`: the saved grouping of the reader's articles. */
  cache: { key: string; value: unknown };
  /** Articles remembered as the reader read them (opt-in per site), by id: no text, see below. */
  remembered: { key: string; value: unknown; indexes: { 'by-read': string; 'by-site': string; 'by-story': string } };
  /** Their texts, compressed (deflate-raw), by id: read only when a page tells their story. */
  rememberedTexts: { key: string; value: unknown };
}

export type ParallaxDB = IDBPDatabase<ParallaxSchema>;

let opening: Promise<ParallaxDB> | null = null;

async function open(): Promise<ParallaxDB> {
  const db: ParallaxDB = await openDB<ParallaxSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('prefs');
        db.createObjectStore('userArticles');
        db.createObjectStore('cache');
      }
      if (oldVersion < 2) {
        const remembered = db.createObjectStore('remembered');
        remembered.createIndex('by-read', 'readAt');
        remembered.createIndex('by-site', 'site');
        remembered.createIndex('by-story', 'storyId');
        db.createObjectStore('rememberedTexts');
      }
    },
    blocking() {
      // A newer Parallax (an update) wants to upgrade: let it, and open again on next use.
      db.close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  });
  return db;
}

/** The database, opened (and the storage of earlier versions moved into it) on first use. */
export function database(): Promise<ParallaxDB> {
  opening ??= open()
    .then(async (db) => {
      await migrateLegacyStorage(db);
      return db;
    })
    .catch((error: unknown) => {
      opening = null; // the next call tries again
      throw error;
    });
  return opening;
}

/**
 * Runs `work` in `tx`, then waits for the writes it queued and the commit. Anything that throws
 * (a write the browser refuses) aborts the whole transaction: all or nothing.
 */
export async function allOrNothing<T>(tx: { done: Promise<void>; abort(): void }, work: (pending: Promise<unknown>[]) => Promise<T>): Promise<T> {
  const pending: Promise<unknown>[] = [];
  try {
    const result = await work(pending);
    await Promise.all([...pending, tx.done]);
    return result;
  } catch (error) {
    for (const p of [...pending, tx.done]) p.catch(() => undefined); // they fail with the transaction
    try {
      tx.abort();
    } catch {
      // already finished: it failed as a whole
    }
    throw error;
  }
}
