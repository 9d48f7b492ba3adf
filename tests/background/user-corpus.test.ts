// The reader's own corpus, through the background's message handlers, with the real engine and
// the real seeds (compiled in memory), against the fake browser.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import { userArticleFrom, userArticleId } from '../../src/core/corpus/user-article.ts';
import type { Reply } from '../../src/shared/messages.ts';
import type { AddedToCorpus, UserCorpusList } from '../../src/shared/user-corpus.ts';
import type { TabView } from '../../src/shared/storage.ts';
import { pageSender, popupSender } from './fake-extension.ts';
import { openParallaxDB } from './fake-db.ts';
import { freshWorker, useReaderCorpusWorld, type Handle } from './reader-corpus-harness.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const grouping = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../src/core/match/group-stories.ts', async (original) => {
  const actual = await original<typeof import('../../src/core/match/group-stories.ts')>();
  return { ...actual, groupIntoStories: (...args: Parameters<typeof actual.groupIntoStories>) => (grouping.runs++, actual.groupIntoStories(...args)) };
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/user-articles', name), 'utf8');
const BLINKEN_STORY = 'story-000_cc2cb2b27cb2e02b-1';
const ORIGIN = 'http://127.0.0.1:8123';
const page = (name: string, siteName: string, publishedAt: string) => ({
  title: null, byline: null, siteName, url: null, publishedAt, language: 'en', text: fixture(name),
});
const RETOLD = page('blinken-retold.txt', 'Northbound Wire', '2021-09-08');
const LIBRARY = page('library-reopening.txt', 'Fenwick Gazette', '2024-05-04');
const LIBRARY_SECOND = page('library-second-report.txt', 'Riverside Post', '2024-05-05');

const world = useReaderCorpusWorld();

async function openArticle(handle: Handle, path: string, article: typeof RETOLD) {
  const url = `${ORIGIN}${path}`;
  const tabId = (await fakeBrowser.tabs.create({ url })).id!;
  const reply = await handle({ type: 'analyzeArticle', article: { ...article, url } }, pageSender(tabId, url));
  expect(reply.ok, `analysing ${path}`).toBe(true);
  return { tabId, url };
}

async function storedAnalysis(tabId: number): Promise<Analysis> {
  const key = `px:tab:${tabId}`;
  return ((await fakeBrowser.storage.session.get(key))[key] as { analysis: Analysis }).analysis;
}

/** What the database holds for the reader's corpus: article ids, and whether a grouping is saved. */
async function kept() {
  const db = await openParallaxDB();
  return { articles: ((await db.getAllKeys('userArticles')) as string[]).sort(), grouping: (await db.get('cache', 'user-corpus')) !== undefined };
}
/** Records written straight into the database (ids to values), as a damaged or older one would hold them. */
async function putArticles(records: Record<string, unknown>) {
  const db = await openParallaxDB();
  for (const [id, value] of Object.entries(records)) await db.put('userArticles', value, id);
}
/** Makes the database's next `method` request on `store` throw once, as a browser out of room or failing does. */
function failOnce(store: string, method: 'put' | 'delete', error: Error) {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method]!;
  proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
    if (this.name !== store) return original.apply(this, args);
    proto[method] = original;
    throw error;
  };
  return () => void (proto[method] = original);
}
const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('adding the article of a tab', () => {
  it('joins the Blinken story, is saved in the extension\'s database only, and the page is analysed again', async () => {
    let handle = await freshWorker();
    const { tabId, url } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    expect((await storedAnalysis(tabId)).corpusArticleId).toBeNull();

    const reply = (await handle({ type: 'addArticleToCorpus', tabId }, popupSender())) as Reply<AddedToCorpus>;
    if (!reply.ok) throw new Error(reply.error);
    const id = userArticleId(RETOLD.text);
    expect(reply.story).toEqual({ id: BLINKEN_STORY, title: 'US, Pakistan on same page in dealing with Taliban interim government', joined: true, outlets: expect.arrayContaining([expect.any(String)]) });
    expect(reply.story.outlets).toHaveLength(2);
    expect(reply.article).toMatchObject({ id, outlet: 'Northbound Wire', publishedAt: '2021-09-08', url, problem: null });
    expect(await kept()).toEqual({ articles: [id], grouping: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(world.extras().tabMessages).toContainEqual({ tabId, message: { type: 'reanalyze' } });

    // The worker restarts before the page's new analysis arrives: the cached analysis was made
    // against the corpus without the article, so it is not reused.
    handle = await freshWorker();
    await handle({ type: 'analyzeArticle', article: { ...RETOLD, url } }, pageSender(tabId, url));
    const analysis = await storedAnalysis(tabId);
    expect(analysis.corpusArticleId).toBe(id);
    expect(analysis.story?.id).toBe(BLINKEN_STORY);
    expect(analysis.story?.versions.map((v) => v.articleId)).toEqual(['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1']);
    expect(world.fetches()).toBe(2); // once per worker

    const again = await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    expect(again).toEqual({ ok: false, error: 'This article is already in your corpus.' });
  });

  it('founds a new story that the next version the reader opens is compared with, after a restart', async () => {
    let handle = await freshWorker();
    const first = await openArticle(handle, '/fenwick/library.html', LIBRARY);
    const reply = (await handle({ type: 'addArticleToCorpus', tabId: first.tabId }, popupSender())) as Reply<AddedToCorpus>;
    if (!reply.ok) throw new Error(reply.error);
    const storyId = `story-${userArticleId(LIBRARY.text)}`;
    expect(reply.story).toEqual({ id: storyId, title: 'Fenwick Library reopens after three years of repairs', joined: false, outlets: [] });

    handle = await freshWorker();
    const second = await openArticle(handle, '/riverside/library.html', LIBRARY_SECOND);
    const analysis = await storedAnalysis(second.tabId);
    expect(analysis.story?.id).toBe(storyId);
    expect(analysis.story?.versions.map((v) => v.outlet)).toEqual(['Fenwick Gazette']);
  });

  it('tells the other analysed tabs to analyse again', async () => {
    const handle = await freshWorker();
    const other = await openArticle(handle, '/fenwick/library.html', LIBRARY);
    const { tabId } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    await vi.waitFor(() => expect(world.extras().tabMessages).toContainEqual({ tabId: other.tabId, message: { type: 'reanalyze' } }));
  });

  const refusals: [string, () => Promise<object>, RegExp][] = [
    ['a bundled article', async () => {
      const handle = await freshWorker();
      const seed = JSON.parse(world.corpusJson()).corpus.articles[1];
      const { tabId } = await openArticle(handle, '/herald/massoud.html', { ...LIBRARY, siteName: 'Herald', text: seed.text, publishedAt: '2021-09-09' });
      return handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    }, /already in Parallax's corpus/],
    ['a tab Parallax has not read', async () => {
      const handle = await freshWorker();
      const tabId = (await fakeBrowser.tabs.create({ url: `${ORIGIN}/x` })).id!;
      return handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    }, /has not read an article in this tab yet/],
    ['a closed tab', async () => (await freshWorker())({ type: 'addArticleToCorpus', tabId: 999 }, popupSender()), /no tab 999/],
    ['a page with no prose', async () => {
      const handle = await freshWorker();
      const list = Array.from({ length: 15 }, (_, i) => `Short item ${i} of the week`).join('\n\n');
      const { tabId } = await openArticle(handle, '/list.html', { ...LIBRARY, text: list });
      return handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    }, /cannot add this page: this page holds no article text/],
  ];
  for (const [name, attempt, error] of refusals) {
    it(`refuses ${name}, saving nothing`, async () => {
      const reply = (await attempt()) as Reply;
      expect(reply.ok, name).toBe(false);
      expect(!reply.ok && reply.error, name).toMatch(error);
      expect(await kept(), name).toEqual({ articles: [], grouping: false });
    });
  }
});

describe('the saved grouping', () => {
  it('lets a restarted worker put the corpus together without grouping again, and is rebuilt when damaged', async () => {
    let handle = await freshWorker();
    const { tabId } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    const runs = grouping.runs;

    handle = await freshWorker();
    const restored = (await handle({ type: 'listUserArticles' }, popupSender())) as Reply<UserCorpusList>;
    expect(restored.ok && restored.articles[0]!.story?.id).toBe(BLINKEN_STORY);
    expect(grouping.runs).toBe(runs);

    await (await openParallaxDB()).put('cache', { v: 1, key: 'something else', saved: { stories: [], refused: [], index: null } }, 'user-corpus');
    handle = await freshWorker();
    const rebuilt = (await handle({ type: 'listUserArticles' }, popupSender())) as Reply<UserCorpusList>;
    expect(rebuilt).toEqual(restored);
    expect(grouping.runs).toBe(runs + 1);
  });
});

describe('a damaged saved grouping', () => {
  type Index = Record<string, unknown>;
  const damages: [string, (index: Index) => Index][] = [
    ['an index that holds only its article ids', (index) => ({ format: index.format, articleIds: index.articleIds })],
    ['a field cut short (not whole 32-bit values)', (index) => ({ ...index, hashes: 'AAAA' })],
    ['a field that is not base64', (index) => ({ ...index, docs: '!!not base64!!' })],
    ['inverted lists emptied (every lookup would find nothing)', (index) => ({ ...index, keys: '', offsets: 'AAAAAA==' })],
    ['postings that point past the articles', (index) => ({ ...index, docs: btoa(String.fromCharCode(...new Uint8Array(new Uint32Array(atob(index.docs as string).length / 4).fill(999_999).buffer))) })],
    ['feature offsets out of order', (index) => ({ ...index, featureOffsets: btoa(String.fromCharCode(...new Uint8Array(new Uint32Array(atob(index.featureOffsets as string).length / 4).reverse().buffer))) })],
  ];
  for (const [name, damage] of damages) {
    it(`is rebuilt from the articles, once, and the popup says so once: ${name}`, async () => {
      let handle = await freshWorker();
      const first = await openArticle(handle, '/fenwick/library.html', LIBRARY);
      const added = (await handle({ type: 'addArticleToCorpus', tabId: first.tabId }, popupSender())) as Reply<AddedToCorpus>;
      if (!added.ok) throw new Error(added.error);
      const db = await openParallaxDB();
      const cached = (await db.get('cache', 'user-corpus')) as { saved: { index: Index } };
      expect(cached.saved.index, 'a saved index to damage').toBeTruthy();
      cached.saved.index = damage(cached.saved.index);
      await db.put('cache', cached, 'user-corpus');
      const runs = grouping.runs;

      handle = await freshWorker();
      const second = await openArticle(handle, '/riverside/library.html', LIBRARY_SECOND);
      expect((await storedAnalysis(second.tabId)).story?.id, name).toBe(added.story.id);
      expect(grouping.runs, `${name}: grouped again once`).toBe(runs + 1);

      const view = (await handle({ type: 'getTabState', tabId: second.tabId }, popupSender())) as Reply<{ view: TabView }>;
      expect(view.ok && view.view.notice, name).toMatch(/rebuilt it from your articles/);
      expect(await handle({ type: 'dismissNotice' }, popupSender())).toEqual({ ok: true });
      const again = (await handle({ type: 'getTabState', tabId: second.tabId }, popupSender())) as Reply<{ view: TabView }>;
      expect(again.ok && again.view.notice, `${name}: said once`).toBeNull();

      // The saved grouping was replaced by a sound one: the next worker restores it without grouping.
      handle = await freshWorker();
      const third = await openArticle(handle, '/riverside/library-again.html', LIBRARY_SECOND);
      expect((await storedAnalysis(third.tabId)).story?.id, name).toBe(added.story.id);
      expect(grouping.runs, `${name}: restored, not grouped`).toBe(runs + 1);
    });
  }
});

describe('the limits of the reader\'s corpus', () => {
  async function storeMany(count: number, textOf: (i: number) => string, publishedAt = '2024-01-01') {
    const articles = Array.from({ length: count }, (_, i) => userArticleFrom({ text: textOf(i), publishedAt }, `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`));
    await putArticles(Object.fromEntries(articles.map((a) => [a.id, { v: 1, article: a }])));
  }

  it('caps the number of articles with a message that says what to do', async () => {
    await storeMany(50, (i) => `${LIBRARY.text}\n\nNote ${i}.`, '2090-01-01');
    const handle = await freshWorker();
    const { tabId } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    const reply = await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    expect(reply).toEqual({ ok: false, error: 'Your corpus holds 50 articles, the most Parallax keeps: remove one to add this one.' });
  });

  it('caps their total size', async () => {
    // 44 long texts: they all count towards the size (set aside for their date, they cost no indexing).
    const filler = 'A long paragraph of words that goes on. '.repeat(2_400);
    await storeMany(44, (i) => `${LIBRARY.text}\n\nNote ${i}.\n\n${filler}`, '2090-01-01');
    const handle = await freshWorker();
    const { tabId } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    const reply = await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    expect(!reply.ok && reply.error).toMatch(/^This article \(\d+ KB\) does not fit in the 4\.0 MB Parallax keeps for your articles on this device \(4\.1 MB used\): remove one to make room\.$/);
  });

  it('says so when the browser refuses to save', async () => {
    const handle = await freshWorker();
    const { tabId } = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    const restore = failOnce('userArticles', 'put', quotaError());
    const reply = await handle({ type: 'addArticleToCorpus', tabId }, popupSender());
    restore();
    expect(reply).toEqual({ ok: false, error: 'Your browser could not save the article (The quota has been exceeded.): remove some of your articles and try again.' });
    expect(await kept(), 'nothing half-written').toEqual({ articles: [], grouping: false });
  });
});

describe('listing and removing', () => {
  it('lists the articles with their stories, removes one, and the page is no longer a corpus article', async () => {
    let handle = await freshWorker();
    const blinken = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    const library = await openArticle(handle, '/fenwick/library.html', LIBRARY);
    await handle({ type: 'addArticleToCorpus', tabId: blinken.tabId }, popupSender());
    await handle({ type: 'addArticleToCorpus', tabId: library.tabId }, popupSender());

    handle = await freshWorker();
    const list = (await handle({ type: 'listUserArticles' }, popupSender())) as Reply<UserCorpusList>;
    if (!list.ok) throw new Error(list.error);
    expect(list.articles.map((a) => [a.outlet, a.story?.id, a.story?.joined])).toEqual([
      ['Northbound Wire', BLINKEN_STORY, true],
      ['Fenwick Gazette', `story-${userArticleId(LIBRARY.text)}`, false],
    ]);
    expect(list.usage).toMatchObject({ count: 2, maxArticles: 50, maxBytes: 4 * 1024 * 1024 });
    expect(list.usage.bytes).toBeGreaterThan(RETOLD.text.length + LIBRARY.text.length);

    const id = list.articles[0]!.id;
    expect(await handle({ type: 'removeUserArticle', id }, popupSender())).toEqual({ ok: true, removed: true });
    expect(await handle({ type: 'removeUserArticle', id }, popupSender())).toEqual({ ok: true, removed: false });
    expect((await kept()).articles).toEqual([list.articles[1]!.id]);
    await handle({ type: 'analyzeArticle', article: { ...RETOLD, url: blinken.url } }, pageSender(blinken.tabId, blinken.url));
    expect((await storedAnalysis(blinken.tabId)).corpusArticleId).toBeNull();
  });
});

describe('removing, crash-safe', () => {
  async function addTwo() {
    const handle = await freshWorker();
    const blinken = await openArticle(handle, '/northbound/blinken.html', RETOLD);
    const library = await openArticle(handle, '/fenwick/library.html', LIBRARY);
    await handle({ type: 'addArticleToCorpus', tabId: blinken.tabId }, popupSender());
    await handle({ type: 'addArticleToCorpus', tabId: library.tabId }, popupSender());
    return { handle, ids: [userArticleId(RETOLD.text), userArticleId(LIBRARY.text)] };
  }

  it('a removal the browser fails half-way hides nothing and leaves no text behind', async () => {
    const { ids } = await addTwo();
    const restore = failOnce('cache', 'delete', new Error('IO error'));
    const handle = await freshWorker();
    const reply = await handle({ type: 'removeUserArticle', id: ids[0]! }, popupSender());
    restore();
    expect(reply).toEqual({ ok: false, error: 'Your browser could not remove the article (IO error): try again.' });
    // The text and the saved grouping go in one transaction: both articles are still there, and listed.
    const list = (await (await freshWorker())({ type: 'listUserArticles' }, popupSender())) as Reply<UserCorpusList>;
    expect(list.ok && list.articles.map((a) => a.id)).toEqual(ids);
    expect((await kept()).articles).toEqual([...ids].sort());
  });

  it('a removal that succeeds drops the text and the saved grouping together', async () => {
    const { ids } = await addTwo();
    expect(await (await freshWorker())({ type: 'removeUserArticle', id: ids[0]! }, popupSender())).toEqual({ ok: true, removed: true });
    expect(await kept()).toMatchObject({ articles: [ids[1]] });
  });
});

describe('corrupt storage', () => {
  const good = () => userArticleFrom({ text: fixture('library-reopening.txt'), siteName: 'Fenwick Gazette', publishedAt: '2024-05-04' }, '2025-01-02T00:00:00.000Z');
  const other = () => userArticleFrom({ text: fixture('library-second-report.txt'), siteName: 'Riverside Post', publishedAt: '2024-05-05' }, '2025-01-01T00:00:00.000Z');

  const cases: [string, () => Record<string, unknown>, string[], RegExp | null][] = [
    ['a record of the wrong shape', () => ({
      [good().id]: { v: 1, article: good() },
      'user-broken': { v: 1, article: { id: 'user-broken', text: 42 } },
    }), ['Fenwick Gazette'], null],
    ['a record from an unknown version', () => ({
      [good().id]: { v: 1, article: good() },
      [other().id]: { v: 7, article: other() },
    }), ['Fenwick Gazette'], null],
    ['records kept in the order they were added', () => ({
      [good().id]: { v: 1, article: good() },
      [other().id]: { v: 1, article: other() },
    }), ['Riverside Post', 'Fenwick Gazette'], null],
    ['a text edited behind Parallax\'s back (kept, set aside)', () => ({
      [good().id]: { v: 1, article: { ...good(), text: `${good().text} Edited.` } },
    }), ['Fenwick Gazette'], /Set aside: the saved copy is damaged/],
  ];
  for (const [name, stored, outlets, problem] of cases) {
    it(`lists the readable articles despite ${name}`, async () => {
      await putArticles(stored());
      const handle = await freshWorker();
      const list = (await handle({ type: 'listUserArticles' }, popupSender())) as Reply<UserCorpusList>;
      if (!list.ok) throw new Error(list.error);
      expect(list.articles.map((a) => a.outlet), name).toEqual(outlets);
      if (problem) expect(list.articles[0]!.problem, name).toMatch(problem);
      else expect(list.articles.every((a) => a.problem === null && a.story !== null), name).toBe(true);
      expect((await kept()).articles, name).toEqual(list.articles.map((a) => a.id).sort());
    });
  }
});

describe('who may change the corpus', () => {
  const cases: [string, unknown, () => object, RegExp][] = [
    ['adding from a page', { type: 'addArticleToCorpus', tabId: 1 }, () => pageSender(1, `${ORIGIN}/a`), /only from Parallax's own pages/],
    ['removing from a page', { type: 'removeUserArticle', id: 'user-abc' }, () => pageSender(1, `${ORIGIN}/a`), /only from Parallax's own pages/],
    ['listing from a page', { type: 'listUserArticles' }, () => pageSender(1, `${ORIGIN}/a`), /only from Parallax's own pages/],
    ['removing from another extension', { type: 'removeUserArticle', id: 'user-abc' }, () => ({ ...popupSender(), id: 'someone-else' }), /only from Parallax's own pages/],
    ['removing something that is no user article', { type: 'removeUserArticle', id: 'px:prefs' }, () => popupSender(), /malformed message at "id"/],
    ['adding without a tab', { type: 'addArticleToCorpus' }, () => popupSender(), /malformed message at "tabId"/],
  ];
  for (const [name, message, sender, error] of cases) {
    it(`refuses ${name}`, async () => {
      const handle = await freshWorker();
      const reply = await handle(message, sender() as never);
      expect(reply.ok, name).toBe(false);
      expect(!reply.ok && reply.error, name).toMatch(error);
    });
  }
});
