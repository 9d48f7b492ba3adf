// Typed values and storage keys shared by the contexts. The site switches and the pause (their
// schemas here) live in the background's IndexedDB (background/store/prefs.ts), where content
// scripts cannot reach them; storage.session holds per-tab results, which survive a background
// restart but not the browser session, and the change signal the popup follows. Every read
// validates; a bad value reads as absent, which means "the default".
import * as v from 'valibot';
import { browser } from './browser.ts';
import type { ArticleInput } from '../core/types.ts';
import type { PagePayload } from './page-model.ts';
import type { TabAnalysis } from './tab-analysis.ts';

export const TAB_KEY_PREFIX = 'px:tab:';
/** storage.session: bumped by the background whenever a switch, the pause or the reader's corpus changes. */
export const CHANGE_KEY = 'px:changed';
export const SCHEMA_VERSION = 1;
/** Tab states before version 2 kept the whole Analysis: read as absent (analysed again). */
export const TAB_SCHEMA_VERSION = 2;

export const tabKey = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;

const SiteSettingSchema = v.object({
  v: v.literal(SCHEMA_VERSION),
  enabled: v.boolean(),
  /** For sites switched on by the user: the granted origin patterns the content script is registered for. */
  origins: v.optional(v.array(v.pipe(v.string(), v.maxLength(300))), []),
  updatedAt: v.number(),
});
export type SiteSetting = v.InferOutput<typeof SiteSettingSchema>;

const PrefsSchema = v.object({ v: v.literal(SCHEMA_VERSION), paused: v.boolean() });
export type Prefs = v.InferOutput<typeof PrefsSchema>;
export const DEFAULT_PREFS: Prefs = { v: SCHEMA_VERSION, paused: false };

export type TabStatus = 'loading' | 'ready' | 'not-article' | 'off' | 'failed' | 'no-overlay';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const TabStateSchema = v.object({
  v: v.literal(TAB_SCHEMA_VERSION),
  url: v.string(),
  status: v.picklist(['loading', 'ready', 'not-article', 'off', 'failed', 'no-overlay']),
  textHash: v.nullable(v.string()),
  // Written only by the background (storage.session is closed to content scripts in both
  // browsers): checked for shape, not field by field.
  analysis: v.nullable(v.custom<TabAnalysis>((a) => isObject(a) && isObject(a.article) && Array.isArray(a.differences) && Array.isArray(a.quotes))),
  /** What the page draws: a restarted worker answers the page from it. */
  page: v.optional(v.nullable(v.custom<PagePayload>((p) => isObject(p) && Array.isArray(p.annotations))), null),
  /** The article as analysed, only when short enough to be added to the reader's corpus. */
  article: v.optional(v.nullable(v.custom<ArticleInput>((a) => isObject(a) && typeof a.text === 'string')), null),
  anchored: v.nullable(v.array(v.string())),
  unanchored: v.nullable(v.array(v.string())),
  error: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
  /** The corpus revision the analysis was made against: a changed corpus makes it stale. */
  corpus: v.optional(v.string()),
  updatedAt: v.number(),
});
export type TabState = v.InferOutput<typeof TabStateSchema>;

/** What the popup shows for one tab: the stored state plus the site's switches. */
export interface TabView {
  tabId: number;
  url: string | null;
  /** Settings key of the tab's site ("example.com"), null for pages no site switch applies to. */
  site: string | null;
  siteEnabled: boolean;
  /** Enabled by the manifest (no permission request needed). */
  defaultSite: boolean;
  paused: boolean;
  state: TabState | null;
  /** Something the reader should hear once (e.g. a damaged cache rebuilt), until a popup shows it. */
  notice: string | null;
  /** How many articles the reader added to their corpus. */
  userArticles: number;
  /** Whether Parallax remembers the articles read on this tab's site (off unless switched on). */
  remember: boolean;
  /** How many articles Parallax remembers (all sites). */
  remembered: number;
}

export function parseSiteSetting(value: unknown): SiteSetting | null {
  const parsed = v.safeParse(SiteSettingSchema, value);
  return parsed.success ? parsed.output : null;
}

export function parseTabState(value: unknown): TabState | null {
  const parsed = v.safeParse(TabStateSchema, value);
  return parsed.success ? parsed.output : null;
}

export function parsePrefs(value: unknown): Prefs {
  const parsed = v.safeParse(PrefsSchema, value);
  return parsed.success ? parsed.output : DEFAULT_PREFS;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabState(stored[key]);
}

export type TabStateInput = Omit<TabState, 'v' | 'updatedAt' | 'page' | 'article'> & Partial<Pick<TabState, 'page' | 'article'>>;

export async function writeTabState(tabId: number, state: TabStateInput): Promise<TabState> {
  const full: TabState = { v: TAB_SCHEMA_VERSION, page: null, article: null, ...state, updatedAt: Date.now() };
  await browser.storage.session.set({ [tabKey(tabId)]: full });
  return full;
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}

/** A site is on when its user said so, else when the manifest enables it. */
export function siteEnabled(setting: SiteSetting | null, defaultSite: boolean): boolean {
  return setting ? setting.enabled : defaultSite;
}
