import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const storage = await import('../../src/shared/storage.ts');

beforeEach(() => fakeBrowser.reset());

describe('per-site choices in storage.sync', () => {
  it('keeps the valid choices when another site\'s entry is corrupt', async () => {
    await fakeBrowser.storage.sync.set({
      'px:site:good.example': { v: 1, enabled: false, origins: [], updatedAt: 5 },
      'px:site:broken.example': { v: 1, enabled: 'yes' },
      'px:site:future.example': { v: 99, enabled: true, updatedAt: 5 },
      'unrelated': 42,
    });
    const all = await storage.readAllSiteSettings();
    expect([...all.keys()]).toEqual(['good.example']);
    expect(await storage.readSiteSetting('broken.example')).toBeNull();
  });

  const cases: [string, { enabled: boolean } | null, boolean, boolean][] = [
    ['no choice, default site', null, true, true],
    ['no choice, other site', null, false, false],
    ['switched off, default site', { enabled: false }, true, false],
    ['switched on, other site', { enabled: true }, false, true],
  ];
  for (const [name, choice, isDefault, expected] of cases) {
    it(`site is ${expected ? 'on' : 'off'}: ${name}`, () => {
      const setting = choice ? { v: 1 as const, enabled: choice.enabled, origins: [], updatedAt: 0 } : null;
      expect(storage.siteEnabled(setting, isDefault)).toBe(expected);
    });
  }

  it('reads a corrupt preference as the default', async () => {
    await fakeBrowser.storage.sync.set({ 'px:prefs': { paused: 'maybe' } });
    expect(await storage.readPrefs()).toEqual({ v: 1, paused: false });
    await storage.writePrefs({ paused: true });
    expect(await storage.readPrefs()).toEqual({ v: 1, paused: true });
  });
});

describe('per-tab state in storage.session', () => {
  it('round-trips and rejects a malformed entry', async () => {
    await storage.writeTabState(4, { url: 'https://x.example/', status: 'not-article', textHash: null, analysis: null, anchored: null, unanchored: null, error: null });
    expect(await storage.readTabState(4)).toMatchObject({ v: 2, status: 'not-article', page: null, article: null });
    await fakeBrowser.storage.session.set({ 'px:tab:5': { v: 2, status: 'exploded' } });
    expect(await storage.readTabState(5)).toBeNull();
    // A state kept by the version that stored the whole analysis reads as absent (analysed again).
    await fakeBrowser.storage.session.set({ 'px:tab:6': { v: 1, url: 'https://x.example/', status: 'not-article', textHash: null, analysis: null, anchored: null, unanchored: null, error: null, updatedAt: 1 } });
    expect(await storage.readTabState(6)).toBeNull();
  });
});
