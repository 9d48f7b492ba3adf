// "Remember what I read", through the background's handlers with the real engine and seeds against
// the fake browser and a fake IndexedDB: off by default, per site; the next outlet's telling of a
// remembered story is compared with it; forgetting takes the notes away; limits and refusals.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { pageSender, popupSender } from './fake-extension.ts';
import { openParallaxDB } from './fake-db.ts';
import { A, A_URL, B, B_URL, freshWorker, list, page, read, useReaderCorpusWorld } from './reader-corpus-harness.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

const world = useReaderCorpusWorld();

describe('remembering', () => {
  it('is off by default: nothing is kept', async () => {
    const handle = await freshWorker();
    await read(handle, A);
    expect((await list(handle)).usage.count).toBe(0);
    expect(await (await openParallaxDB()).count('rememberedTexts')).toBe(0);
  });

  it('on a site switched on: kept, compressed, and the next outlet\'s telling is compared with it; forgetting it takes the notes away', async () => {
    let handle = await freshWorker();
    expect(await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender())).toEqual({ ok: true, remember: true });
    await read(handle, A);
    const kept = await list(handle);
    expect(kept.usage.count).toBe(1);
    expect(kept.stories[0]!.articles[0]).toMatchObject({ outlet: 'Fenwick Gazette', site: 'herald.example', publishedAt: '2024-05-04', url: A_URL });
    expect(kept.sites).toEqual([{ site: 'herald.example', count: 1 }]);
    const text = (await (await openParallaxDB()).get('rememberedTexts', kept.stories[0]!.articles[0]!.id)) as { deflated: Uint8Array };
    expect(text.deflated.byteLength, 'compressed').toBeLessThan(A.text.length * 0.7);
    for (const area of ['local', 'sync'] as const) expect(await fakeBrowser.storage[area].get(null), area).toEqual({});

    // Another outlet, another site (not remembering), after a worker restart.
    handle = await freshWorker();
    const b = await read(handle, B);
    expect(b.analysis.story?.id).toBe(kept.stories[0]!.id);
    expect(b.analysis.story?.versions.map((v) => v.outlet)).toEqual(['Fenwick Gazette']);
    expect((await list(handle)).usage.count, 'the other site does not remember').toBe(1);

    const forgotten = await handle({ type: 'forgetRemembered', scope: 'article', key: kept.stories[0]!.articles[0]!.id }, popupSender());
    expect(forgotten).toEqual({ ok: true, forgotten: 1 });
    expect(world.extras().tabMessages).toContainEqual({ tabId: b.tabId, message: { type: 'reanalyze' } });
    const again = await handle({ type: 'analyzeArticle', article: B }, pageSender(b.tabId, B_URL));
    expect(again.ok && 'storyFound' in again && again.storyFound).toBe(false);
    expect(await (await openParallaxDB()).count('rememberedTexts')).toBe(0);
  });

  it('the same article read twice is kept once; a corpus article is not kept', async () => {
    const handle = await freshWorker();
    await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
    await read(handle, A);
    await read(handle, A);
    const seed = JSON.parse(world.corpusJson()).corpus.articles[0];
    await read(handle, { ...A, text: seed.text, url: 'https://news.herald.example/seed' });
    expect((await list(handle)).usage.count).toBe(1);
  });

  it('forgets a site, a story, or everything; what was forgotten is not remembered again this session', async () => {
    const handle = await freshWorker();
    await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
    await handle({ type: 'setRemember', site: '127.0.0.1', on: true }, popupSender());
    await read(handle, A);
    await read(handle, B);
    const both = await list(handle);
    expect(both.usage.count).toBe(2);
    expect(both.stories).toHaveLength(1); // B was found to tell A's story
    expect(await handle({ type: 'forgetRemembered', scope: 'site', key: '127.0.0.1' }, popupSender())).toEqual({ ok: true, forgotten: 1 });
    expect(await handle({ type: 'forgetRemembered', scope: 'story', key: both.stories[0]!.id }, popupSender())).toEqual({ ok: true, forgotten: 1 });
    await read(handle, { ...A, url: `${A_URL}?again` });
    await read(handle, { ...B, url: `${B_URL}?again` });
    expect((await list(handle)).usage.count, 'forgotten ones are not remembered again').toBe(0);
    // Switching the site's "remember" off and on again is consent anew: its forgotten articles may come back.
    await handle({ type: 'setRemember', site: '127.0.0.1', on: false }, popupSender());
    await handle({ type: 'setRemember', site: '127.0.0.1', on: true }, popupSender());
    await read(handle, { ...A, url: `${A_URL}?again` });
    await read(handle, { ...B, url: `${B_URL}?again` });
    expect((await list(handle)).usage.count, 'the site switched on again remembers its own article, not the other site\'s').toBe(1);
    expect(await handle({ type: 'forgetRemembered', scope: 'site', key: '127.0.0.1' }, popupSender())).toEqual({ ok: true, forgotten: 1 });
    await read(handle, page('blinken-retold.txt', 'Northbound Wire', '2021-09-08', 'https://news.herald.example/blinken'));
    expect((await list(handle)).usage.count).toBe(1);
    expect(await handle({ type: 'forgetRemembered', scope: 'all' }, popupSender())).toEqual({ ok: true, forgotten: 1 });
    expect((await list(handle)).usage).toMatchObject({ count: 0, bytes: 0 });
  });

  it('a write the browser refuses loses nothing already kept, and the popup is told', async () => {
    const handle = await freshWorker();
    await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
    await handle({ type: 'setRemember', site: '127.0.0.1', on: true }, popupSender());
    await read(handle, A);
    expect((await list(handle)).usage.count).toBe(1);
    const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => unknown };
    const put = proto.put;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      if (this.name === 'rememberedTexts') throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      return put.apply(this, args);
    };
    try {
      await read(handle, B);
      const after = await list(handle);
      expect(after.usage.count).toBe(1);
      expect(after.problem).toMatch(/could not remember .*QuotaExceededError.*Nothing already remembered was lost/);
    } finally {
      proto.put = put;
    }
    const db = await openParallaxDB();
    expect([await db.count('remembered'), await db.count('rememberedTexts')]).toEqual([1, 1]);
  });

  it('keeps within its limits, dropping the oldest read first', async () => {
    const { storeRemembered, readRemembered } = await import('../../src/background/store/remembered.ts');
    const profile = { hashes: new Uint32Array([4, 8]), weights: new Uint8Array([1, 2]), persons: new Uint32Array(2), quotes: new Uint32Array(16), figures: new Uint32Array(8), day: -1, dateline: 0 };
    const record = (i: number) => ({
      id: `mem-${i}`, site: 'x.example', title: `T${i}`, outlet: 'X', siteName: null, byline: null, url: null, publishedAt: null,
      language: 'en', readAt: `2025-01-0${i}T00:00:00.000Z`, storyId: `story-mem-${i}`, storyTitle: `T${i}`, profile, chars: 10,
    });
    for (let i = 1; i <= 4; i++) await storeRemembered(record(i), `text ${i}`, { articles: 3, bytes: 1e9 });
    expect((await readRemembered()).records.map((r) => r.id)).toEqual(['mem-2', 'mem-3', 'mem-4']);
    const { bytes } = await readRemembered();
    await storeRemembered(record(5), 'text 5', { articles: 100, bytes: bytes });
    expect((await readRemembered()).records.map((r) => r.id)).toEqual(['mem-3', 'mem-4', 'mem-5']);
  });

  it('only Parallax\'s own pages may switch remembering on, list or forget', async () => {
    const handle = await freshWorker();
    for (const message of [{ type: 'setRemember', site: 'herald.example', on: true }, { type: 'listRemembered' }, { type: 'forgetRemembered', scope: 'all' }]) {
      expect(await handle(message, pageSender(1, A_URL)), message.type).toMatchObject({ ok: false, error: expect.stringMatching(/only from Parallax's own pages/) });
    }
  });
});
