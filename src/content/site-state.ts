// Is Parallax on for this page? The same rule as the background's: the user's choice for the site,
// else on where the manifest enables it statically; the global pause wins over both.
import { browser } from '../shared/browser.ts';
import { matchesPattern } from '../shared/match-pattern.ts';
import { domainsOfPatterns, siteOf } from '../shared/news-sites.ts';
import { PREFS_KEY, SITE_KEY_PREFIX, readPrefs, readSiteSetting, siteEnabled } from '../shared/storage.ts';

export function siteHere(url: string): { site: string; defaultSite: boolean } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  return { site: siteOf(parsed.hostname, domainsOfPatterns(patterns)), defaultSite: patterns.some((p) => matchesPattern(p, url)) };
}

export async function isOnHere(url: string): Promise<boolean> {
  const here = siteHere(url);
  if (!here) return false;
  const [setting, prefs] = await Promise.all([readSiteSetting(here.site), readPrefs()]);
  return !prefs.paused && siteEnabled(setting, here.defaultSite);
}

/** Whether a storage change can turn this page on or off. */
export function concernsThisPage(changedKeys: string[], url: string): boolean {
  const here = siteHere(url);
  return changedKeys.some((k) => k === PREFS_KEY || (here !== null && k === `${SITE_KEY_PREFIX}${here.site}`));
}
