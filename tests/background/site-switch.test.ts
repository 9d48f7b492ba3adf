import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installFakeExtras, pageSender, popupSender, type FakeExtras } from './fake-extension.ts';
import { freshIndexedDB, openParallaxDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

let extras: FakeExtras;
const router = () => import('../../src/background/router.ts');

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  extras = installFakeExtras();
});

async function openTab(url: string) {
  return (await fakeBrowser.tabs.create({ url })).id!;
}

describe('switching a site on and off', () => {
  it('a site outside the default list: needs its permission, then registers and injects the content script', async () => {
    const { handleMessage } = await router();
    const tabId = await openTab('https://www.blog.example/post/1');
    const refused = await handleMessage({ type: 'setSiteEnabled', tabId, site: 'blog.example', enabled: true }, popupSender());
    expect(refused).toEqual({ ok: false, error: 'Parallax may not read blog.example yet: allow it when the browser asks' });
    expect(extras.registered.size).toBe(0);

    extras.granted.add('https://www.blog.example/*'); // what the popup's permissions.request does
    const on = await handleMessage({ type: 'setSiteEnabled', tabId, site: 'blog.example', enabled: true }, popupSender());
    expect(on).toEqual({ ok: true, enabled: true });
    expect(extras.registered.get('px-site-blog.example')).toMatchObject({ matches: ['https://www.blog.example/*'], js: ['src/content/index.js'] });
    expect(extras.injected).toEqual([tabId]);
    const view = await handleMessage({ type: 'getTabState', tabId }, popupSender());
    expect(view).toMatchObject({ ok: true, view: { site: 'blog.example', siteEnabled: true, defaultSite: false } });

    const off = await handleMessage({ type: 'setSiteEnabled', tabId, site: 'blog.example', enabled: false }, popupSender());
    expect(off).toEqual({ ok: true, enabled: false });
    expect(extras.registered.size).toBe(0);
    expect(extras.granted.has('https://www.blog.example/*')).toBe(false);
    expect(extras.icons.get(tabId)).toMatchObject({ 16: '/icons/icon-off-16.png' });
  });

  it('does not inject twice into a page whose content script answers', async () => {
    const { handleMessage } = await router();
    const tabId = await openTab('http://localhost:8080/story');
    extras.tabReply = () => ({ ok: true });
    await handleMessage({ type: 'setSiteEnabled', tabId, site: 'localhost', enabled: true }, popupSender());
    expect(extras.injected).toEqual([]);
    expect(extras.registered.has('px-site-localhost')).toBe(true);
  });

  it('a default site: only the stored choice changes', async () => {
    const { handleMessage } = await router();
    const tabId = await openTab('https://news.herald.example/a');
    await handleMessage({ type: 'setSiteEnabled', tabId, site: 'herald.example', enabled: false }, popupSender());
    expect(await (await openParallaxDB()).get('prefs', 'site:herald.example')).toMatchObject({ v: 1, enabled: false });
    expect(await fakeBrowser.storage.sync.get(null), 'nothing in storage.sync, which content scripts can write').toEqual({});
    expect(extras.registered.size).toBe(0);
    const view = await handleMessage({ type: 'getTabState', tabId }, popupSender());
    expect(view).toMatchObject({ view: { siteEnabled: false, defaultSite: true } });
    await handleMessage({ type: 'setSiteEnabled', tabId, site: 'herald.example', enabled: true }, popupSender());
    expect(await handleMessage({ type: 'getTabState', tabId }, popupSender())).toMatchObject({ view: { siteEnabled: true } });
  });

  it('refuses a site that is not the one the tab shows', async () => {
    const { handleMessage } = await router();
    const tabId = await openTab('https://www.blog.example/post/1');
    const reply = await handleMessage({ type: 'setSiteEnabled', tabId, site: 'bank.example', enabled: true }, popupSender());
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/another site/) });
  });

  it('pausing turns every tab off and back on, and tells every tab and the popup', async () => {
    const { handleMessage } = await router();
    const tabId = await openTab('https://www.herald.example/a');
    await handleMessage({ type: 'setPaused', paused: true }, popupSender());
    expect(extras.tabMessages).toContainEqual({ tabId, message: { type: 'switched' } });
    expect(await fakeBrowser.storage.session.get('px:changed')).toHaveProperty('px:changed');
    expect(await handleMessage({ type: 'pageSwitch' }, pageSender(tabId, 'https://www.herald.example/a'))).toEqual({ ok: true, on: false });
    expect(extras.icons.get(tabId)).toMatchObject({ 16: '/icons/icon-off-16.png' });
    expect(await handleMessage({ type: 'getTabState', tabId }, popupSender())).toMatchObject({ view: { paused: true, siteEnabled: true } });
    await handleMessage({ type: 'setPaused', paused: false }, popupSender());
    expect(extras.icons.get(tabId)).toMatchObject({ 16: '/icons/icon-16.png' });
    expect(await handleMessage({ type: 'pageSwitch' }, pageSender(tabId, 'https://www.herald.example/a'))).toEqual({ ok: true, on: true });
  });
});

describe('registrations after a browser start', () => {
  it('registers granted choices, drops stale ones, leaves ungranted choices alone', async () => {
    const { syncRegistrations } = await import('../../src/background/site-switch.ts');
    extras.granted.add('https://a.example/*');
    const db = await openParallaxDB();
    await db.put('prefs', { v: 1, enabled: true, origins: ['https://a.example/*'], updatedAt: 1 }, 'site:a.example');
    await db.put('prefs', { v: 1, enabled: true, origins: ['https://b.example/*'], updatedAt: 1 }, 'site:b.example');
    await db.put('prefs', 'corrupt', 'site:c.example');
    extras.registered.set('px-site-old.example', { id: 'px-site-old.example', matches: ['https://old.example/*'] });
    await syncRegistrations();
    expect([...extras.registered.keys()]).toEqual(['px-site-a.example']);
  });
});
