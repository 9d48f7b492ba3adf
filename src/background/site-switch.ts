// Switching a site on or off. Default sites (the manifest's list) only need the stored choice: their
// content script is static and follows storage changes. Other sites need the host permission (the
// popup asks for it, inside the user's click) and a content script registered for them at run time.
import { browser } from '../shared/browser.ts';
import type { Reply } from '../shared/messages.ts';
import { originPattern } from '../shared/match-pattern.ts';
import { readAllSiteSettings, writeSiteSetting } from './store/prefs.ts';
import { isDefaultUrl, siteForUrl } from './sites.ts';

const registrationId = (site: string) => `px-site-${site}`;

/** Firefox reports the manifest's files as absolute moz-extension:// URLs; the scripting API wants paths. */
function packagePath(file: string): string {
  const base = browser.runtime.getURL('');
  return file.startsWith(base) ? file.slice(base.length) : file.replace(/^\//, '');
}

function contentScriptFiles(): { js: string[]; css: string[] } {
  const [first] = browser.runtime.getManifest().content_scripts ?? [];
  return { js: (first?.js ?? []).map(packagePath), css: (first?.css ?? []).map(packagePath) };
}

async function register(site: string, origins: string[]): Promise<void> {
  const id = registrationId(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  const { js, css } = contentScriptFiles();
  await browser.scripting.registerContentScripts([{ id, matches: origins, js, css, runAt: 'document_idle', persistAcrossSessions: true }]);
}

async function unregister(site: string): Promise<void> {
  const id = registrationId(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Bring the content script into a tab that loaded before its site was switched on. */
async function ensureInjected(tabId: number): Promise<void> {
  const alive = await browser.tabs.sendMessage(tabId, { type: 'ping' }).then(() => true, () => false);
  if (alive) return;
  const { js, css } = contentScriptFiles();
  if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

export async function setSiteEnabled(tabId: number | null, site: string, enabled: boolean): Promise<Reply<{ enabled: boolean }>> {
  const tab = tabId === null ? null : await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  if (url && siteForUrl(url) !== site) return { ok: false, error: `tab ${tabId} shows another site than ${site}` };
  const defaultSite = url ? isDefaultUrl(url) : false;
  const pattern = url ? originPattern(url) : null;
  if (!enabled) {
    await writeSiteSetting(site, false);
    if (!defaultSite) {
      await unregister(site);
      // Give the site back: the permission was asked for this switch only. (Hosts the manifest
      // grants cannot be removed; that refusal is expected.)
      if (pattern) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
    return { ok: true, enabled: false };
  }
  if (defaultSite) {
    await writeSiteSetting(site, true);
    return { ok: true, enabled: true };
  }
  if (!pattern || tabId === null) return { ok: false, error: `cannot switch on ${site}: open one of its pages first` };
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, error: `Parallax may not read ${site} yet: allow it when the browser asks` };
  }
  await writeSiteSetting(site, true, [pattern]);
  await register(site, [pattern]);
  await ensureInjected(tabId).catch(() => {
    // Pages the browser protects cannot take scripts; the next page load of the site will.
  });
  return { ok: true, enabled: true };
}

/**
 * Make the registered content scripts match the stored choices (at install and browser start):
 * a synced choice for a site this browser has not granted is left for the user to confirm.
 */
export async function syncRegistrations(): Promise<void> {
  const settings = await readAllSiteSettings();
  const registered = await browser.scripting.getRegisteredContentScripts();
  const wanted = new Map<string, string[]>();
  for (const [site, setting] of settings) {
    if (!setting.enabled || setting.origins.length === 0) continue;
    const granted = await browser.permissions.contains({ origins: setting.origins });
    if (granted) wanted.set(registrationId(site), setting.origins);
  }
  const stale = registered.map((r) => r.id).filter((id) => id.startsWith('px-site-') && !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const [id, origins] of wanted) {
    if (!registered.some((r) => r.id === id)) await register(id.slice('px-site-'.length), origins);
  }
}
