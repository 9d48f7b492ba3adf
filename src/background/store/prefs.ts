// The site switches and the global pause, in the extension's IndexedDB (db.ts): content scripts
// can neither read nor write them; a page's content script asks the background whether its page
// is on (`pageSwitch`). A corrupt or unknown-version value reads as "no choice" (the default),
// without touching other sites' choices.
import { DEFAULT_PREFS, SCHEMA_VERSION, parsePrefs, parseSiteSetting, type Prefs, type SiteSetting } from '../../shared/storage.ts';
import { database } from './db.ts';

const PREFS = 'prefs';
const SITE_PREFIX = 'site:';
const siteId = (site: string) => `${SITE_PREFIX}${site}`;

export async function readPrefs(): Promise<Prefs> {
  return parsePrefs(await (await database()).get('prefs', PREFS));
}

export async function writePrefs(prefs: Omit<Prefs, 'v'>): Promise<void> {
  await (await database()).put('prefs', { ...DEFAULT_PREFS, ...prefs, v: SCHEMA_VERSION } satisfies Prefs, PREFS);
}

export async function readSiteSetting(site: string): Promise<SiteSetting | null> {
  return parseSiteSetting(await (await database()).get('prefs', siteId(site)));
}

/** Every valid per-site choice; corrupt entries are skipped, the others kept. */
export async function readAllSiteSettings(): Promise<Map<string, SiteSetting>> {
  const db = await database();
  const range = IDBKeyRange.bound(SITE_PREFIX, `${SITE_PREFIX}\uffff`);
  const [keys, values] = await Promise.all([db.getAllKeys('prefs', range), db.getAll('prefs', range)]);
  const out = new Map<string, SiteSetting>();
  keys.forEach((key, i) => {
    const setting = parseSiteSetting(values[i]);
    if (setting) out.set(key.slice(SITE_PREFIX.length), setting);
  });
  return out;
}

export async function writeSiteSetting(site: string, enabled: boolean, origins: string[] = []): Promise<void> {
  const value: SiteSetting = { v: SCHEMA_VERSION, enabled, origins, updatedAt: Date.now() };
  await (await database()).put('prefs', value, siteId(site));
}

// "Remember what I read" on a site: off unless the reader switched it on there.
const REMEMBER_PREFIX = 'remember:';
const isRememberChoice = (x: unknown): x is { v: 1; on: boolean; updatedAt: number } =>
  typeof x === 'object' && x !== null && (x as { v?: unknown }).v === 1 && typeof (x as { on?: unknown }).on === 'boolean';

export async function readRemember(site: string): Promise<boolean> {
  const value = await (await database()).get('prefs', `${REMEMBER_PREFIX}${site}`);
  return isRememberChoice(value) && value.on;
}

export async function writeRemember(site: string, on: boolean): Promise<void> {
  await (await database()).put('prefs', { v: 1, on, updatedAt: Date.now() }, `${REMEMBER_PREFIX}${site}`);
}
