// Is a page's site on? The manifest's static content-script matches are the default list (one
// source of truth: news-sites.ts feeds the build); the user's per-site choices and the global pause
// override it.
import { browser } from '../shared/browser.ts';
import { matchesPattern, originPattern } from '../shared/match-pattern.ts';
import { domainsOfPatterns, siteOf } from '../shared/news-sites.ts';
import { siteEnabled } from '../shared/storage.ts';
import { readPrefs, readSiteSetting } from './store/prefs.ts';

export interface SiteStatus {
  site: string;
  defaultSite: boolean;
  /** The user's or the default choice for this site, ignoring the global pause. */
  enabled: boolean;
  paused: boolean;
  /** Parallax annotates this page now. */
  on: boolean;
}

export function defaultPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
}

export function isDefaultUrl(url: string): boolean {
  return defaultPatterns().some((p) => matchesPattern(p, url));
}

/** The settings key for a page, or null for pages no site switch applies to (browser pages, files). */
export function siteForUrl(url: string | null | undefined): string | null {
  if (!url || !originPattern(url)) return null;
  return siteOf(new URL(url).hostname, domainsOfPatterns(defaultPatterns()));
}

export async function siteStatus(url: string): Promise<SiteStatus | null> {
  const site = siteForUrl(url);
  if (!site) return null;
  const defaultSite = isDefaultUrl(url);
  const [setting, prefs] = await Promise.all([readSiteSetting(site), readPrefs()]);
  let enabled = siteEnabled(setting, defaultSite);
  if (enabled && !defaultSite) {
    // A choice synced from another device does nothing here until this browser grants the site.
    const pattern = originPattern(url);
    enabled = pattern !== null && (await browser.permissions.contains({ origins: [pattern] }));
  }
  return { site, defaultSite, enabled, paused: prefs.paused, on: enabled && !prefs.paused };
}
