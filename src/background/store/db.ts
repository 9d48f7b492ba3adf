// The extension origin's IndexedDB: what the background trusts (the reader's articles, the saved
// grouping, the site switches and the pause). Pages' content scripts run in the page's origin, so
// their `indexedDB` is the page's: they cannot open this one. Every value is still validated when
// read (a damaged profile, an older version). Opened once per worker, through `idb`.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { migrateLegacyStorage } from './legacy.ts';

export const DB_NAME = 'parallax';
export const DB_VERSION = 1;

export interface ParallaxSchema extends DBSchema {
  /** `prefs` (the pause), `site:<site>` (a site switch), `notice`, `migrated`. */
  prefs: { key: string; value: unknown };
  /** The articles the reader added, by id: `{ v, article }`. */
  userArticles: { key: string; value: unknown };
  /** `user-corpus`: the saved grouping of the reader's articles. */
  cache: { key: string; value: unknown };
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
