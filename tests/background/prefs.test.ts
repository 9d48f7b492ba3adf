// The site switches and the pause in the extension's IndexedDB.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { freshIndexedDB, openParallaxDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  vi.resetModules();
});

const prefs = () => import('../../src/background/store/prefs.ts');

describe('per-site choices', () => {
  it('keeps the valid choices when another site\'s entry is corrupt', async () => {
    const db = await openParallaxDB();
    await db.put('prefs', { v: 1, enabled: false, origins: [], updatedAt: 5 }, 'site:good.example');
    await db.put('prefs', { v: 1, enabled: 'yes' }, 'site:broken.example');
    await db.put('prefs', { v: 99, enabled: true, updatedAt: 5 }, 'site:future.example');
    await db.put('prefs', 42, 'unrelated');
    const { readAllSiteSettings, readSiteSetting } = await prefs();
    expect([...(await readAllSiteSettings()).keys()]).toEqual(['good.example']);
    expect(await readSiteSetting('broken.example')).toBeNull();
  });

  it('round-trips, in the database only (nothing in storage.local, sync or session)', async () => {
    const { readAllSiteSettings, readSiteSetting, writeSiteSetting } = await prefs();
    await writeSiteSetting('herald.example', false);
    await writeSiteSetting('example.org', true, ['https://example.org/*']);
    expect(await readSiteSetting('herald.example')).toMatchObject({ v: 1, enabled: false, origins: [] });
    expect([...(await readAllSiteSettings()).entries()].map(([site, s]) => [site, s.enabled])).toEqual([['example.org', true], ['herald.example', false]]);
    for (const area of ['local', 'sync', 'session'] as const) expect(await fakeBrowser.storage[area].get(null), area).toEqual({});
  });

  it('reads a corrupt preference as the default', async () => {
    const db = await openParallaxDB();
    await db.put('prefs', { paused: 'maybe' }, 'prefs');
    const { readPrefs, writePrefs } = await prefs();
    expect(await readPrefs()).toEqual({ v: 1, paused: false });
    await writePrefs({ paused: true });
    expect(await readPrefs()).toEqual({ v: 1, paused: true });
  });
});
