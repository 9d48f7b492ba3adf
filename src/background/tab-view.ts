// `getTabState`: everything the popup draws for one tab, from storage (so it works right after a
// worker restart) plus the tab's address and the site's switches.
import { browser } from '../shared/browser.ts';
import type { Reply } from '../shared/messages.ts';
import { readTabState, type TabView } from '../shared/storage.ts';
import { readPrefs, readRemember } from './store/prefs.ts';
import { readMemory } from './store/remembered.ts';
import { countUserArticles } from './store/user-articles.ts';
import { siteStatus } from './sites.ts';
import { readNotice } from './notices.ts';

export async function getTabView(tabId: number): Promise<Reply<{ view: TabView }>> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: `no tab ${tabId}: it may have been closed` };
  const url = tab.url ?? null;
  const [state, prefs, status, notice, userArticles, memory] = await Promise.all([
    readTabState(tabId), readPrefs(), url ? siteStatus(url) : null, readNotice(), countUserArticles(), readMemory(),
  ]);
  const remember = status ? await readRemember(status.site) : false;
  return {
    ok: true,
    view: {
      tabId,
      url,
      site: status?.site ?? null,
      siteEnabled: status?.enabled ?? false,
      defaultSite: status?.defaultSite ?? false,
      paused: prefs.paused,
      // A state left from an earlier address of this tab says nothing about the page shown now.
      state: state && (!url || state.url === url) ? state : null,
      notice,
      userArticles,
      remember,
      remembered: memory.count,
    },
  };
}
