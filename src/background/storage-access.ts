// Closes the extension's storage areas to content scripts where the browser can (Chromium 102+:
// `setAccessLevel` on local, sync and session, checked on Chromium 156). Firefox ESR 153 has no
// `setAccessLevel`: there content scripts can read and write storage.local and storage.sync, which
// is why nothing Parallax trusts is kept there (the database holds it; see store/db.ts), and
// storage.session, which Firefox does not expose to content scripts at all, holds only the tabs'
// analyses and the popup's change signal.
import { browser } from '../shared/browser.ts';

type Restrictable = { setAccessLevel?: (details: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

export async function closeStorageToContentScripts(): Promise<string[]> {
  const closed: string[] = [];
  for (const name of ['local', 'sync', 'session'] as const) {
    const area = browser.storage[name] as unknown as Restrictable | undefined;
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed.push(name);
    } catch {
      // An area the browser will not restrict is one Parallax keeps nothing trusted in.
    }
  }
  return closed;
}
