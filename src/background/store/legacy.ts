// Earlier versions kept the reader's articles, their index and grouping in storage.local and the
// site switches and pause in storage.sync, where pages' content scripts could write them. On
// first use of the database they are moved in once: the articles the old index names (an entry it
// does not name is a removal that was interrupted: swept, not moved; with no readable index, every
// readable entry), the switches and the pause. Then the old articles are deleted from
// storage.local. storage.sync is left as it was (another device may still read it) and never read
// again. The old grouping is not moved: it is rebuilt.
import * as v from 'valibot';
import { browser } from '../../shared/browser.ts';
import { parsePrefs, parseSiteSetting } from '../../shared/storage.ts';
import { USER_ARTICLE_ID, USER_SCHEMA_VERSION } from '../../shared/user-corpus.ts';
import type { ParallaxDB } from './db.ts';
import { parseUserArticleEntry } from './user-articles.ts';

export const LEGACY_INDEX_KEY = 'px:user-articles';
export const LEGACY_ARTICLE_PREFIX = 'px:user-article:';
export const LEGACY_CACHE_KEY = 'px:user-corpus';
const LEGACY_PREFS_KEY = 'px:prefs';
const LEGACY_SITE_PREFIX = 'px:site:';
const MIGRATED = 'migrated';

const LegacyIndexSchema = v.object({ v: v.literal(USER_SCHEMA_VERSION), ids: v.array(v.pipe(v.string(), v.regex(USER_ARTICLE_ID))) });

export async function migrateLegacyStorage(db: ParallaxDB): Promise<void> {
  if ((await db.get('prefs', MIGRATED)) !== undefined) return;
  const [local, sync] = await Promise.all([
    browser.storage.local.get(null).catch(() => ({}) as Record<string, unknown>),
    browser.storage.sync.get(null).catch(() => ({}) as Record<string, unknown>),
  ]);
  const index = v.safeParse(LegacyIndexSchema, local[LEGACY_INDEX_KEY]);
  const entryKeys = Object.keys(local).filter((k) => k.startsWith(LEGACY_ARTICLE_PREFIX));
  const ids = index.success ? [...new Set(index.output.ids)] : entryKeys.map((k) => k.slice(LEGACY_ARTICLE_PREFIX.length));
  const articles = ids.flatMap((id) => {
    const article = parseUserArticleEntry(local[`${LEGACY_ARTICLE_PREFIX}${id}`], id);
    return article ? [article] : [];
  });

  const tx = db.transaction(['prefs', 'userArticles'], 'readwrite');
  const prefs = tx.objectStore('prefs');
  const writes: Promise<unknown>[] = articles.map((article) => tx.objectStore('userArticles').put({ v: USER_SCHEMA_VERSION, article }, article.id));
  if (sync[LEGACY_PREFS_KEY] !== undefined) writes.push(prefs.put(parsePrefs(sync[LEGACY_PREFS_KEY]), 'prefs'));
  for (const [key, value] of Object.entries(sync)) {
    const setting = key.startsWith(LEGACY_SITE_PREFIX) ? parseSiteSetting(value) : null;
    if (setting) writes.push(prefs.put(setting, `site:${key.slice(LEGACY_SITE_PREFIX.length)}`));
  }
  writes.push(prefs.put({ at: Date.now(), articles: articles.length }, MIGRATED));
  await Promise.all([...writes, tx.done]);

  // Moved (or, for entries nobody listed, swept): the old copies go.
  const old = [LEGACY_INDEX_KEY, LEGACY_CACHE_KEY, ...entryKeys].filter((k) => k in local);
  if (old.length) await browser.storage.local.remove(old).catch(() => undefined);
}
