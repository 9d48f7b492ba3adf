// The parts of a browser the fake from @webext-core/fake-browser leaves out (manifest, permissions,
// scripting, icons, messages to tabs), kept in memory so tests can look at them.
import { vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Runtime } from '../../src/shared/browser.ts';

export const EXTENSION_ORIGIN = () => fakeBrowser.runtime.getURL('');
export const DEFAULT_MATCHES = ['*://*.herald.example/*', 'http://127.0.0.1/*'];
export const GRANTED_HOSTS = [...DEFAULT_MATCHES, 'http://localhost/*'];

export interface FakeExtras {
  granted: Set<string>;
  registered: Map<string, { id: string; matches?: string[]; js?: string[] }>;
  icons: Map<number, unknown>;
  tabMessages: { tabId: number; message: unknown }[];
  tabReply: (tabId: number, message: unknown) => unknown;
  injected: number[];
}

export function installFakeExtras(): FakeExtras {
  const extras: FakeExtras = {
    granted: new Set(GRANTED_HOSTS), registered: new Map(), icons: new Map(), tabMessages: [],
    tabReply: () => { throw new Error('Could not establish connection. Receiving end does not exist.'); },
    injected: [],
  };
  const b = fakeBrowser as unknown as Record<string, any>;
  b.runtime.getManifest = () => ({
    manifest_version: 3, name: 'Parallax', version: '0.1.0',
    content_scripts: [{ matches: DEFAULT_MATCHES, js: ['src/content/index.js'], css: ['src/content/highlights.css'] }],
  });
  b.permissions = {
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => extras.granted.has(o))),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.some((o) => GRANTED_HOSTS.includes(o))) throw new Error('You cannot remove required permissions.');
      origins.forEach((o) => extras.granted.delete(o));
      return true;
    }),
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => (origins.forEach((o) => extras.granted.add(o)), true)),
  };
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      [...extras.registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: { id: string }[]) => scripts.forEach((s) => extras.registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids = [] }: { ids?: string[] } = {}) => ids.forEach((id) => extras.registered.delete(id))),
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => (extras.injected.push(target.tabId), [])),
    insertCSS: vi.fn(async () => undefined),
  };
  b.action.setIcon = vi.fn(async ({ tabId, path }: { tabId: number; path: unknown }) => void extras.icons.set(tabId, path));
  b.tabs.sendMessage = vi.fn(async (tabId: number, message: unknown) => {
    extras.tabMessages.push({ tabId, message });
    return extras.tabReply(tabId, message);
  });
  return extras;
}

/** A sender as the browser describes a page's content script. */
export function pageSender(tabId: number, url: string): Runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId, url } as Runtime.MessageSender['tab'], frameId: 0, url };
}

/** A sender as the browser describes the popup (opened as a tab, it has a tab too). */
export function popupSender(tabId?: number): Runtime.MessageSender {
  const url = `${EXTENSION_ORIGIN()}src/popup/index.html`;
  return { id: fakeBrowser.runtime.id, url, ...(tabId === undefined ? {} : { tab: { id: tabId, url } as Runtime.MessageSender['tab'] }) };
}
