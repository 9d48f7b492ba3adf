// The reader's articles in the extension's IndexedDB, and the one-time move from the storage.local
// and storage.sync keys of earlier versions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { userArticleFrom } from '../../src/core/corpus/user-article.ts';
import { freshIndexedDB, openParallaxDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

const prose = (subject: string) =>
  `${subject} was the talk of the town on Monday, when the council met to decide what should happen next with it. ` +
  'Residents filled the hall, and several of them spoke at length about what the decision would mean for their street. ' +
  'The vote was postponed until next month so that the council could hear from the engineers who had inspected the site.';
const article = (subject: string, addedAt = '2025-01-01T00:00:00.000Z') => userArticleFrom({ text: prose(subject), siteName: 'Town Crier' }, addedAt);

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  vi.resetModules();
});
const store = () => import('../../src/background/store/user-articles.ts');

describe('articles in the database', () => {
  it('round-trips: kept in the order added, removed by id, nothing in storage.local, sync or session', async () => {
    const { appendUserArticle, deleteUserArticle, readUserArticleIds, readUserArticles } = await store();
    const bridge = article('The old bridge');
    const market = article('The covered market', '2025-01-02T00:00:00.000Z');
    await appendUserArticle(market);
    await appendUserArticle(bridge);
    expect((await readUserArticles()).articles).toEqual([bridge, market]);
    expect(await readUserArticleIds()).toEqual([bridge.id, market.id].sort());
    expect(await deleteUserArticle(bridge.id)).toBe(true);
    expect(await deleteUserArticle(bridge.id)).toBe(false);
    expect(await readUserArticleIds()).toEqual([market.id]);
    for (const area of ['local', 'sync', 'session'] as const) expect(await fakeBrowser.storage[area].get(null), area).toEqual({});
  });

  it('drops and deletes a corrupt record, keeping the others', async () => {
    const { appendUserArticle, readUserArticleIds, readUserArticles } = await store();
    const bridge = article('The old bridge');
    await appendUserArticle(bridge);
    await (await openParallaxDB()).put('userArticles', { v: 1, article: { id: 'user-broken' } }, 'user-broken');
    const read = await readUserArticles();
    expect(read.articles.map((a) => a.id)).toEqual([bridge.id]);
    expect(read.dropped).toEqual(['user-broken']);
    expect(await readUserArticleIds()).toEqual([bridge.id]);
  });

  it('a record filed under another article\'s id is dropped', async () => {
    const { readUserArticles } = await store();
    const bridge = article('The old bridge');
    await (await openParallaxDB()).put('userArticles', { v: 1, article: bridge }, 'user-someoneelse');
    expect((await readUserArticles()).articles).toEqual([]);
  });

  it('counts bytes in UTF-8', async () => {
    const { storedBytes } = await store();
    const ascii = article('The old bridge');
    const accented = { ...ascii, text: ascii.text.replace(/e/g, 'é') };
    const extra = [...ascii.text].filter((c) => c === 'e').length;
    expect(storedBytes(accented) - storedBytes(ascii)).toBe(extra);
    expect(storedBytes(ascii)).toBeGreaterThan(JSON.stringify(ascii).length);
  });
});

describe('the move from earlier versions\' storage', () => {
  const legacyEntry = (a: ReturnType<typeof article>) => ({ v: 1, article: a });

  it('moves the indexed articles, sweeps the ones the index does not name, copies the switches, once', async () => {
    const bridge = article('The old bridge');
    const market = article('The covered market', '2025-01-02T00:00:00.000Z');
    const removed = article('The closed pool', '2025-01-03T00:00:00.000Z');
    await fakeBrowser.storage.local.set({
      'px:user-articles': { v: 1, ids: [bridge.id, market.id] },
      [`px:user-article:${bridge.id}`]: legacyEntry(bridge),
      [`px:user-article:${market.id}`]: legacyEntry(market),
      [`px:user-article:${removed.id}`]: legacyEntry(removed), // a removal interrupted half-way
      'px:user-corpus': { v: 1, key: 'k', saved: { stories: [], refused: [], index: null } },
      'someone-else': 1,
    });
    await fakeBrowser.storage.sync.set({
      'px:prefs': { v: 1, paused: true },
      'px:site:herald.example': { v: 1, enabled: false, origins: [], updatedAt: 3 },
      'px:site:broken.example': { v: 1, enabled: 'no' },
    });
    const { readUserArticles } = await store();
    expect((await readUserArticles()).articles).toEqual([bridge, market]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'someone-else': 1 });
    const { readPrefs, readAllSiteSettings } = await import('../../src/background/store/prefs.ts');
    expect(await readPrefs()).toEqual({ v: 1, paused: true });
    expect([...(await readAllSiteSettings()).keys()]).toEqual(['herald.example']);
    // storage.sync is left as it was (another device may still read it), and never read again.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toHaveLength(3);

    // Once: what a page's content script writes to storage.local or storage.sync later is ignored.
    await fakeBrowser.storage.local.set({ 'px:user-articles': { v: 1, ids: [removed.id] }, [`px:user-article:${removed.id}`]: legacyEntry(removed) });
    await fakeBrowser.storage.sync.set({ 'px:prefs': { v: 1, paused: false } });
    vi.resetModules();
    expect((await (await store()).readUserArticles()).articles).toEqual([bridge, market]);
    expect(await (await import('../../src/background/store/prefs.ts')).readPrefs()).toEqual({ v: 1, paused: true });
  });

  it('with a damaged index, moves every readable entry, in the order added', async () => {
    const bridge = article('The old bridge', '2025-01-05T00:00:00.000Z');
    const market = article('The covered market', '2025-01-02T00:00:00.000Z');
    await fakeBrowser.storage.local.set({
      'px:user-articles': 'garbage',
      [`px:user-article:${bridge.id}`]: legacyEntry(bridge),
      [`px:user-article:${market.id}`]: legacyEntry(market),
      'px:user-article:user-broken': { v: 1, article: { id: 'user-broken' } },
    });
    expect((await (await store()).readUserArticles()).articles).toEqual([market, bridge]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
