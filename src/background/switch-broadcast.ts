// After a site switch or the pause changed: every open tab's content script is told to ask again
// whether its page is on (it cannot read the switches itself), and the popup to look again.
import { browser } from '../shared/browser.ts';
import type { TabMessage } from '../shared/messages.ts';
import { signalChange } from './change-signal.ts';

export async function announceSwitches(): Promise<void> {
  await signalChange();
  const tabs = await browser.tabs.query({});
  const message: TabMessage = { type: 'switched' };
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? null : browser.tabs.sendMessage(t.id, message).catch(() => undefined))),
  );
}
