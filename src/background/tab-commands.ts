// Commands the popup sends on to a tab's content script.
import { browser } from '../shared/browser.ts';
import type { Reply, TabMessage } from '../shared/messages.ts';

async function sendToTab<T extends object>(tabId: number, message: TabMessage): Promise<Reply<T>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'the page did not answer' };
  } catch {
    return { ok: false, error: 'Parallax is not running on this page: reload it, or switch the site on' };
  }
}

export const showOnPage = (tabId: number, annotationId: string) =>
  sendToTab<{ shown: boolean }>(tabId, { type: 'showAnnotation', annotationId });

export const reanalyzeTab = (tabId: number) => sendToTab(tabId, { type: 'reanalyze' });

export const stepTab = (tabId: number, direction: 1 | -1) => sendToTab<{ stepped: boolean }>(tabId, { type: 'step', direction });
