// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.herald.example/news/harbour-bridge"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installHighlightApi, loadFixturePage, payload, pxHighlights } from './page-fixture.ts';
import { installFakeExtras } from '../background/fake-extension.ts';

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
/** What the background answers `pageSwitch` (the switches live in its database). */
let on: boolean;
/** The background telling the page that a switch or the pause changed. */
async function switchTo(value: boolean) {
  on = value;
  await fakeBrowser.runtime.onMessage.trigger({ type: 'switched' }, { id: fakeBrowser.runtime.id }, () => undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakeExtras();
  registry = installHighlightApi();
  analyses = 0;
  on = true;
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
    if (m.type === 'analyzeArticle') return (analyses++, { ok: true, page: payload, storyFound: true });
    if (m.type === 'pageSwitch') return { ok: true, on };
    return { ok: true };
  });
});

describe('switching the site off and on, live', () => {
  it('removes everything when switched off and brings it back when switched on', async () => {
    const before = loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    expect(pxHighlights(registry).length).toBeGreaterThan(3);

    await switchTo(false);
    await wait(30);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(pxHighlights(registry)).toEqual([]);

    await switchTo(true);
    expect(await settled()).toBe('ready');
    expect(pxHighlights(registry).length).toBeGreaterThan(3);

    await switchTo(false);
    await wait(30);
    expect(document.documentElement.outerHTML).toBe(before);
    parallax.stop();
  });

  it('a switch that leaves this page on changes nothing on it; storage writes are not read at all', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    await settled();
    await switchTo(true);
    await fakeBrowser.storage.sync.set({ 'px:site:herald.example': { v: 1, enabled: false, origins: [], updatedAt: 1 } });
    await fakeBrowser.storage.local.set({ 'px:prefs': { v: 1, paused: true } });
    await wait(30);
    expect(analyses).toBe(1);
    expect(document.querySelector('px-overlay')).not.toBeNull();
    parallax.stop();
  });

  it('starts switched off on a site the user turned off: nothing added', async () => {
    on = false;
    const before = loadFixturePage();
    const parallax = startParallax(window);
    await wait(50);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(analyses).toBe(0);
    parallax.stop();
  });
});
