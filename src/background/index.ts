// Background entry (MV3 service worker in Chrome, event page in Firefox). Every listener is
// registered synchronously at start so that a restarted worker sees the event that woke it; all
// state lives in storage, none in this module.
import { browser, type Runtime } from '../shared/browser.ts';
import { handleMessage } from './router.ts';
import { syncRegistrations } from './site-switch.ts';
import { onTabRemoved, onTabUpdated, refreshAllIndicators } from './tab-events.ts';
import { closeStorageToContentScripts } from './storage-access.ts';
import { E2E_BUILD } from '../shared/build-flags.ts';
import { onCommand } from './commands.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));
browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab).catch(report));
browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId).catch(report));
// Every start: content scripts may not read or write the extension's storage where the browser
// can forbid it (what Parallax trusts is in its database either way).
void closeStorageToContentScripts().catch(report);
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab).catch(report));
// The e2e build lets tests run a command from the extension's side (a headless browser delivers no
// real command shortcut): Chromium's tests evaluate it in the worker, Firefox's through
// runtime.getBackgroundPage() from an extension page.
if (E2E_BUILD) (globalThis as { __pxE2E?: unknown }).__pxE2E = { onCommand };
browser.runtime.onInstalled.addListener(() => void syncRegistrations().then(refreshAllIndicators).catch(report));
browser.runtime.onStartup.addListener(() => void syncRegistrations().then(refreshAllIndicators).catch(report));

function report(error: unknown): void {
  console.error('Parallax background:', error);
}
