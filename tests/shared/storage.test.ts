import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const storage = await import('../../src/shared/storage.ts');

beforeEach(() => fakeBrowser.reset());

describe('whether a site is on', () => {
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
