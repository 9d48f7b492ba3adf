// Attacks on what the background trusts, run from inside a page: as Parallax's own content script
// (injected with scripting.executeScript from an extension page, so it runs in the extension's
// isolated world with its content-script APIs) and as a page script. Both functions are sent to
// the browser as source: no named inner functions (the test runner would wrap them in a helper the
// page does not have).

export interface ContentAttack {
  /** area -> "ok" or the error the browser gave, for each forged write. */
  writes: Record<string, string>;
  /** Object stores the content script sees in a database named like Parallax's (its page's origin). */
  databaseStores: string[];
  /** Replies to privileged commands sent from the content script. */
  commands: Record<string, unknown>;
}

/**
 * Runs in an extension page: injects, into the tab, a content script of Parallax that forges every
 * store the background used to trust, and returns what it saw.
 */
export async function attackAsContentScript(args: { tabId: number }): Promise<ContentAttack> {
  const extension = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const [injected] = await extension.scripting.executeScript({ target: { tabId: args.tabId }, func: async () => {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const text = 'Forged words that a hostile page would like the reader to believe were an article they saved. '.repeat(8);
  const forged: Record<string, unknown> = {
    'px:prefs': { v: 1, paused: true },
    'px:site:127.0.0.1': { v: 1, enabled: false, origins: [], updatedAt: Date.now() },
    'px:user-articles': { v: 1, ids: ['user-forged1'] },
    'px:user-article:user-forged1': { v: 1, article: { id: 'user-forged1', title: 'Forged', siteName: 'Forged', byline: null, url: null, publishedAt: null, language: 'en', text, addedAt: new Date().toISOString() } },
    'px:user-corpus': { v: 1, key: 'forged', saved: { stories: [], refused: [], index: { format: 2, articleIds: [] } } },
    'px:tab:1': { v: 2, status: 'ready' },
  };
  const writes: Record<string, string> = {};
  for (const area of ['local', 'sync', 'session'] as const) {
    try {
      const storage = (api.storage as unknown as Record<string, chrome.storage.StorageArea | undefined>)[area];
      if (!storage) {
        writes[area] = 'no such area';
        continue;
      }
      await storage.set(forged);
      writes[area] = 'ok';
    } catch (error) {
      writes[area] = String((error as Error).message ?? error);
    }
  }
  const databaseStores = await new Promise<string[]>((resolve) => {
    const request = indexedDB.open('parallax');
    request.onsuccess = () => {
      const names = [...request.result.objectStoreNames];
      request.result.close();
      indexedDB.deleteDatabase('parallax');
      resolve(names);
    };
    request.onerror = () => resolve(['error: ' + String(request.error)]);
  });
  const commands: Record<string, unknown> = {};
  for (const message of [{ type: 'setPaused', paused: true }, { type: 'removeUserArticle', id: 'user-abc' }, { type: 'listUserArticles' }]) {
    commands[message.type] = await api.runtime.sendMessage(message).catch((error: Error) => ({ thrown: error.message }));
  }
  return { writes, databaseStores, commands };
  } });
  return injected!.result as ContentAttack;
}

/** Runs in the page's own world: what of Parallax's storage can it reach? */
export async function attackAsPage(): Promise<{ extensionStorage: boolean; databaseStores: string[] }> {
  const g = globalThis as unknown as { chrome?: { storage?: unknown }; browser?: { storage?: unknown } };
  const databaseStores = await new Promise<string[]>((resolve) => {
    const request = indexedDB.open('parallax');
    request.onsuccess = () => {
      const names = [...request.result.objectStoreNames];
      request.result.close();
      indexedDB.deleteDatabase('parallax');
      resolve(names);
    };
    request.onerror = () => resolve(['error: ' + String(request.error)]);
  });
  return { extensionStorage: Boolean(g.chrome?.storage || g.browser?.storage), databaseStores };
}

