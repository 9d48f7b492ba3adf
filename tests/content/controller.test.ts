// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.herald.example/news/harbour-bridge"}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { installHighlightApi, loadFixturePage, payload, pxHighlights } from './page-fixture.ts';
import { installFakeExtras } from '../background/fake-extension.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
vi.mock('../../src/shared/build-flags.ts', () => ({ E2E_BUILD: true })); // the host shows its state
const { startParallax } = await import('../../src/content/controller.ts');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const host = () => [...document.documentElement.children].find((e) => e.localName.startsWith('px-')) ?? null;
const settled = async () => {
  for (let i = 0; i < 50; i++) {
    const state = host()?.getAttribute('data-px-state');
    if (state && state !== 'loading') return state;
    await wait(10);
  }
  return host()?.getAttribute('data-px-state') ?? null;
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
    expect(host()).not.toBeNull();
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

describe('a page that changes its article', () => {
  const analyzeMessages = () =>
    (fakeBrowser.runtime.sendMessage as unknown as { mock: { calls: [{ type: string; force?: boolean; article?: { text: string } }][] } }).mock.calls
      .map(([m]) => m)
      .filter((m) => m.type === 'analyzeArticle');

  it('for the same words: a new page view, but no forced analysis (the background answers from its cache)', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true)); // the same text in new nodes: every range is lost
    await vi.waitFor(() => expect(analyzeMessages()).toHaveLength(2), { timeout: 3_000 });
    const [first, second] = analyzeMessages();
    expect(second!.article!.text).toBe(first!.article!.text);
    expect(second!.force).toBe(false);
    expect(await settled()).toBe('ready');
    parallax.stop();
  });

  it('for other words: forced, so that it is analysed afresh', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    const article = document.querySelector('article')!;
    const changed = article.cloneNode(true) as Element;
    changed.querySelector('p:last-of-type')!.append(' A sentence the first version did not have, added in an update.');
    article.replaceWith(changed);
    await vi.waitFor(() => expect(analyzeMessages()).toHaveLength(2), { timeout: 3_000 });
    expect(analyzeMessages()[1]!.force).toBe(true);
    parallax.stop();
  });
});

describe('the next/previous annotation commands', () => {
  const deliver = (message: unknown) =>
    (fakeBrowser.runtime.onMessage as unknown as { trigger(m: unknown): Promise<unknown[]> }).trigger(message).then((replies) => replies.find((r) => r !== undefined));

  it('step to the next annotation when the background sends the command', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    expect(await deliver({ type: 'step', direction: 1 })).toEqual({ ok: true, stepped: true });
    expect(registry.has('px-focus')).toBe(true);
    expect(await deliver({ type: 'step', direction: -1 })).toEqual({ ok: true, stepped: true });
    parallax.stop();
  });

  it('leave Alt+Shift+N and Alt+Shift+P to the page: the content script does not take those keys', async () => {
    loadFixturePage();
    const parallax = startParallax(window);
    expect(await settled()).toBe('ready');
    const seenByPage: string[] = [];
    document.addEventListener('keydown', (e) => seenByPage.push(`${e.code}${e.defaultPrevented ? ' (prevented)' : ''}`));
    for (const code of ['KeyN', 'KeyP']) {
      const key = new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code, bubbles: true, cancelable: true });
      document.body.dispatchEvent(Object.defineProperty(key, 'isTrusted', { value: true })); // as if the reader pressed it
    }
    expect(seenByPage).toEqual(['KeyN', 'KeyP']);
    expect(registry.has('px-focus')).toBe(false);
    parallax.stop();
  });
});
