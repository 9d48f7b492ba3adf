// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.herald.example/news/harbour-bridge"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installHighlightApi, loadFixturePage, payload, pxHighlights } from './page-fixture.ts';
import { installFakeExtras } from '../background/fake-extension.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { startParallax } = await import('../../src/content/controller.ts');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settled = async () => {
  for (let i = 0; i < 50; i++) {
    const state = document.querySelector('px-overlay')?.getAttribute('data-px-state');
    if (state && state !== 'loading') return state;
    await wait(10);
  }
  return document.querySelector('px-overlay')?.getAttribute('data-px-state') ?? null;
};

let registry: Map<string, unknown>;
let analyses: number;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeExtras();
  registry = installHighlightApi();
  analyses = 0;
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
    if (m.type === 'analyzeArticle') return (analyses++, { ok: true, page: payload, storyFound: true });
    return { ok: true };
  });
});

describe('switching the site off and on, live', () => {
  it('removes everything when switched off and brings it back when switched on', async () => {
    const before = loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    expect(pxHighlights(registry).length).toBeGreaterThan(3);

    await fakeBrowser.storage.sync.set({ 'px:site:herald.example': { v: 1, enabled: false, origins: [], updatedAt: 1 } });
    await wait(30);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(pxHighlights(registry)).toEqual([]);

    await fakeBrowser.storage.sync.set({ 'px:site:herald.example': { v: 1, enabled: true, origins: [], updatedAt: 2 } });
    expect(await settled()).toBe('ready');
    expect(pxHighlights(registry).length).toBeGreaterThan(3);

    await fakeBrowser.storage.sync.set({ 'px:prefs': { v: 1, paused: true } });
    await wait(30);
    expect(document.documentElement.outerHTML).toBe(before);
    parallax.stop();
  });

  it('ignores storage changes about other sites', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    await settled();
    await fakeBrowser.storage.sync.set({ 'px:site:other.example': { v: 1, enabled: false, origins: [], updatedAt: 1 } });
    await wait(30);
    expect(analyses).toBe(1);
    expect(document.querySelector('px-overlay')).not.toBeNull();
    parallax.stop();
  });

  it('starts switched off on a site the user turned off: nothing added', async () => {
    await fakeBrowser.storage.sync.set({ 'px:site:herald.example': { v: 1, enabled: false, origins: [], updatedAt: 1 } });
    const before = loadFixturePage();
    const parallax = startParallax(window);
    await wait(50);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(analyses).toBe(0);
    parallax.stop();
  });
});
