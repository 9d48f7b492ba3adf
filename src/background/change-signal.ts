// The popup follows what it shows through storage.onChanged: its tab's state (storage.session),
// and this one session key, bumped whenever something kept in the extension's database changes
// (a switch, the pause, the reader's corpus, a notice). storage.session is closed to content
// scripts in both browsers (Chromium by default, Firefox does not expose it to them).
import { browser } from '../shared/browser.ts';
import { CHANGE_KEY } from '../shared/storage.ts';

export async function signalChange(): Promise<void> {
  await browser.storage.session.set({ [CHANGE_KEY]: Date.now() + Math.random() }).catch(() => undefined);
}
