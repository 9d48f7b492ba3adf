// Tab life cycle: a new address drops the tab's cached analysis (the page re-sends its article),
// a closed tab's state is deleted, and every tab's toolbar icon follows the site switches.
import { browser, type Tabs } from '../shared/browser.ts';
import { readTabState, removeTabState } from '../shared/storage.ts';
import { showIndicator } from './badge.ts';
import { countDifferences } from './page-payload.ts';
import { siteStatus } from './sites.ts';

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.url !== undefined) {
    const state = await readTabState(tabId);
    if (state && state.url !== change.url) {
      await removeTabState(tabId);
      // Same document, new address (a single-page app): tell the page; a real navigation has
      // already replaced the content script, so a failure here is expected.
      await browser.tabs.sendMessage(tabId, { type: 'reanalyze' }).catch(() => undefined);
    }
  }
  if (change.url !== undefined || change.status === 'complete') await refreshIndicator(tabId, tab.url);
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await removeTabState(tabId);
}

export async function refreshIndicator(tabId: number, url: string | undefined): Promise<void> {
  // No visible address means no host permission, so the site is certainly not enabled.
  const status = url ? await siteStatus(url) : null;
  const state = await readTabState(tabId);
  const count = state?.status === 'ready' && state.url === url && state.analysis ? countDifferences(state.analysis) : null;
  await showIndicator(tabId, status?.on ?? false, count);
}

export async function refreshAllIndicators(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? null : refreshIndicator(t.id, t.url))));
}
