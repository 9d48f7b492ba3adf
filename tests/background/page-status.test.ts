// `pageStatus: no-overlay`: a page kept Parallax's overlay out; the tab's state says so for the popup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installFakeExtras, pageSender } from './fake-extension.ts';
import { freshIndexedDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { handleMessage } = await import('../../src/background/router.ts');
const URL_A = 'https://www.herald.example/news/harbour-bridge';

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  installFakeExtras();
});

describe('a page that blocked the overlay', () => {
  it('is recorded as no-overlay, for the popup to say so', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
    expect(await handleMessage({ type: 'pageStatus', url: URL_A, status: 'no-overlay' }, pageSender(tabId, URL_A))).toEqual({ ok: true });
    const stored = await fakeBrowser.storage.session.get(`px:tab:${tabId}`);
    expect(stored[`px:tab:${tabId}`]).toMatchObject({ url: URL_A, status: 'no-overlay', analysis: null });
  });
});
