import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { userArticleFrom } from '../../src/core/corpus/user-article.ts';
import { parseUserArticleIndex } from '../../src/shared/user-corpus.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const storage = await import('../../src/shared/user-article-storage.ts');

const prose = (subject: string) =>
  `${subject} was the talk of the town on Monday, when the council met to decide what should happen next with it. ` +
  'Residents filled the hall, and several of them spoke at length about what the decision would mean for their street. ' +
  'The vote was postponed until next month so that the council could hear from the engineers who had inspected the site.';
const article = (subject: string, addedAt = '2025-01-01T00:00:00.000Z') => userArticleFrom({ text: prose(subject), siteName: 'Town Crier' }, addedAt);

beforeEach(() => fakeBrowser.reset());

describe('the index of the reader\'s articles', () => {
  const cases: [string, unknown, string[] | null][] = [
    ['a valid index', { v: 1, ids: ['user-a1', 'user-b2'] }, ['user-a1', 'user-b2']],
    ['an empty index', { v: 1, ids: [] }, []],
    ['no index', undefined, null],
    ['another version', { v: 2, ids: ['user-a1'] }, null],
    ['an id that is no user article', { v: 1, ids: ['px:prefs'] }, null],
    ['not an object', 'user-a1', null],
  ];
  for (const [name, value, expected] of cases) {
    it(`reads ${name}`, () => expect(parseUserArticleIndex(value), name).toEqual(expected));
  }
});

describe('articles in storage.local', () => {
  it('round-trips: appended in order, removed by id, nothing in sync or session', async () => {
    const bridge = article('The old bridge');
    const market = article('The covered market', '2025-01-02T00:00:00.000Z');
    await storage.appendUserArticle(bridge, []);
    await storage.appendUserArticle(market, [bridge.id]);
    expect((await storage.readUserArticles()).articles).toEqual([bridge, market]);
    expect(await storage.readUserArticleIds()).toEqual([bridge.id, market.id]);
    expect(await storage.deleteUserArticle(bridge.id, [bridge.id, market.id])).toBe(true);
    expect(await storage.deleteUserArticle(bridge.id, [market.id])).toBe(false);
    expect(await storage.readUserArticleIds()).toEqual([market.id]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('drops and deletes a corrupt entry, keeping the others', async () => {
    const bridge = article('The old bridge');
    await storage.appendUserArticle(bridge, ['user-broken']);
    await fakeBrowser.storage.local.set({ 'px:user-article:user-broken': { v: 1, article: { id: 'user-broken' } } });
    const read = await storage.readUserArticles();
    expect(read.articles.map((a) => a.id)).toEqual([bridge.id]);
    expect(read.dropped).toEqual(['user-broken']);
    expect(await fakeBrowser.storage.local.get('px:user-article:user-broken')).toEqual({});
    expect(await storage.readUserArticleIds()).toEqual([bridge.id]);
  });

  it('counts bytes as Chrome does: key plus JSON, in UTF-8', () => {
    const ascii = article('The old bridge');
    const accented = { ...ascii, text: ascii.text.replace(/e/g, 'é') };
    const extra = [...ascii.text].filter((c) => c === 'e').length;
    expect(storage.storedBytes(accented) - storage.storedBytes(ascii)).toBe(extra);
    expect(storage.storedBytes(ascii)).toBeGreaterThan(JSON.stringify(ascii).length);
  });
});
