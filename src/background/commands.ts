// The keyboard commands (manifest `commands`): "next annotation" and "previous annotation",
// Alt+Shift+N / Alt+Shift+P unless the reader rebinds or clears them in the browser's shortcut
// settings. The browser handles the keys, so a page that uses the same keys for itself gets them
// back when the reader frees them; the background sends the step to the tab's content script.
import { browser } from '../shared/browser.ts';
import { stepTab } from './tab-commands.ts';

export const STEP_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-annotation': 1,
  'previous-annotation': -1,
};

/** Handles one command for `tab` (the active tab when the browser does not say). */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  const direction = STEP_COMMANDS[command];
  if (!direction) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return;
  await stepTab(tabId, direction);
}
