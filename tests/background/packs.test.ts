// Corpus packs through the background's handlers, with the real engine and seeds against the fake
// browser and a fake IndexedDB: the reader's corpus (an added article and a remembered one) out as
// a pack and back in after everything was removed; a damaged, foreign or oversized pack refused
// with nothing changed; articles already there skipped; the text in parts.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { createPack, packChecksum, readPack, serializePack, type CorpusPack } from '../../src/core/corpus/pack.ts';
import type { Replies } from '../../src/shared/messages.ts';
import { pageSender, popupSender } from './fake-extension.ts';
import { openParallaxDB } from './fake-db.ts';
import { A, A_URL, B, B_URL, freshWorker, list, page, read, useReaderCorpusWorld, type Handle } from './reader-corpus-harness.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

const C_URL = 'https://news.herald.example/blinken';
const C = page('blinken-retold.txt', 'Northbound Wire', '2021-09-08', C_URL);

const world = useReaderCorpusWorld();

/** What the popup does: ask for the pack, then for its other parts. */
async function exportText(handle: Handle): Promise<string> {
  const reply = (await handle({ type: 'exportPack' }, popupSender())) as Replies['exportPack'];
  if (!reply.ok) throw new Error(reply.error);
  const parts = [reply.first];
  for (let part = 1; part < reply.parts; part++) {
    const next = (await handle({ type: 'readPackPart', transfer: reply.transfer, part }, popupSender())) as Replies['readPackPart'];
    if (!next.ok) throw new Error(next.error);
    parts.push(next.text);
  }
  return parts.join('');
}

let transfers = 0;
/** What the popup does with a file's text: send it (one part here), then import it. */
async function importText(handle: Handle, text: string): Promise<Replies['importPack']> {
  const transfer = `test-transfer-${++transfers}`;
  const sent = await handle({ type: 'sendPackPart', transfer, part: 0, parts: 1, text }, popupSender());
  expect(sent, 'the part is received').toEqual({ ok: true, received: 1 });
  return (await handle({ type: 'importPack', transfer }, popupSender())) as Replies['importPack'];
}

/** Everything the database holds, to compare before and after a refused import. */
async function snapshot(): Promise<unknown> {
  const db = await openParallaxDB();
  const out: Record<string, unknown> = {};
  for (const store of ['prefs', 'userArticles', 'cache', 'remembered', 'rememberedTexts'] as const) {
    out[store] = [await db.getAllKeys(store), await db.getAll(store)];
  }
  return out;
}

/** A's remembered, C added to "My articles" (B, A's other telling, is read later). */
async function readersCorpus(handle: Handle): Promise<void> {
  await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
  await read(handle, A);
  expect((await list(handle)).usage.count).toBe(1);
  await handle({ type: 'setRemember', site: 'herald.example', on: false }, popupSender());
  const c = await read(handle, C);
  expect(await handle({ type: 'addArticleToCorpus', tabId: c.tabId }, popupSender())).toMatchObject({ ok: true });
}

/** "Forget everything remembered" and every added article removed. */
async function clearAll(handle: Handle): Promise<void> {
  expect(await handle({ type: 'forgetRemembered', scope: 'all' }, popupSender())).toMatchObject({ ok: true });
  const mine = (await handle({ type: 'listUserArticles' }, popupSender())) as Replies['listUserArticles'];
  if (!mine.ok) throw new Error(mine.error);
  for (const a of mine.articles) expect(await handle({ type: 'removeUserArticle', id: a.id }, popupSender())).toEqual({ ok: true, removed: true });
}

describe('exporting the reader\'s corpus as a pack', () => {
  it('holds the added and the remembered articles, with their stories, and reads back', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const text = await exportText(handle);
    const read = readPack(text);
    expect(read.ok, read.ok ? '' : read.error.message).toBe(true);
    if (!read.ok) return;
    const { articles, stories } = read.pack.corpus.corpus;
    expect(articles.map((a) => [a.outlet, a.url])).toEqual([['Northbound Wire', C_URL], ['Fenwick Gazette', A_URL]]);
    expect(articles.map((a) => a.id)).toEqual([expect.stringMatching(/^user-/), expect.stringMatching(/^mem-/)]);
    expect(stories.flatMap((s) => s.articleIds).sort()).toEqual(articles.map((a) => a.id).sort());
    expect(read.pack.corpus.index).toBeNull();
    expect(read.pack.corpus.corpus.entities.length, 'the bundled entity list').toBeGreaterThan(0);
  });

  it('says so when there is nothing to export', async () => {
    const handle = await freshWorker();
    expect(await handle({ type: 'exportPack' }, popupSender())).toEqual({ ok: false, error: expect.stringMatching(/^your corpus is empty/) });
  });
});

describe('importing a pack', () => {
  it('round trip: export, forget and remove everything, import: the articles and B\'s notes from A are back', async () => {
    let handle = await freshWorker();
    await readersCorpus(handle);
    const text = await exportText(handle);
    expect((await read(handle, B)).analysis.story?.versions.map((v) => v.outlet)).toEqual(['Fenwick Gazette']);

    // Clear everything: the remembered article forgotten, the added one removed.
    await clearAll(handle);
    expect((await read(handle, { ...B, url: `${B_URL}?cleared` })).analysis.story).toBeNull();

    handle = await freshWorker(); // and the worker restarted
    world.extras().tabMessages.length = 0;
    const imported = await importText(handle, text);
    // C joins the bundled story it told when it was added (the seeds'), A founds its own again.
    expect(imported).toEqual({ ok: true, imported: 2, skipped: 0, skippedExamples: [], joined: 1, founded: 1 });
    const listed = await list(handle);
    expect(listed.usage.count).toBe(2);
    const seedStory = (JSON.parse(world.corpusJson()) as { corpus: { stories: { id: string }[] } }).corpus.stories[0]!.id;
    expect(listed.stories.find((s) => s.articles.some((a) => a.outlet === 'Northbound Wire'))?.id).toBe(seedStory);
    expect(listed.stories.flatMap((s) => s.articles.map((a) => [a.outlet, a.site, a.url])).sort()).toEqual([
      ['Fenwick Gazette', 'herald.example', A_URL],
      ['Northbound Wire', 'herald.example', C_URL],
    ]);
    expect(world.extras().tabMessages.some((m) => (m.message as { type: string }).type === 'reanalyze'), 'open articles read again').toBe(true);
    const b = await read(handle, { ...B, url: `${B_URL}?after-import` });
    expect(b.analysis.story?.versions.map((v) => v.outlet)).toEqual(['Fenwick Gazette']);
    expect(b.analysis.differences.length, 'B\'s notes from A').toBeGreaterThan(0);
  });

  it('skips the articles already there, says so, and places the new ones in their story', async () => {
    const handle = await freshWorker();
    await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
    await handle({ type: 'setRemember', site: '127.0.0.1', on: true }, popupSender());
    await read(handle, A);
    await read(handle, B);
    const text = await exportText(handle);
    const both = await list(handle);
    expect(both.stories).toHaveLength(1);

    const again = await importText(handle, text);
    expect(again).toEqual({ ok: true, imported: 0, skipped: 2, joined: 0, founded: 0, skippedExamples: [expect.objectContaining({ reason: 'in-corpus' }), expect.objectContaining({ reason: 'in-corpus' })] });

    // Only B forgotten: importing brings B back into A's story, A is skipped.
    const bId = both.stories[0]!.articles.find((a) => a.outlet === 'Riverside Post')!.id;
    await handle({ type: 'forgetRemembered', scope: 'article', key: bId }, popupSender());
    const back = await importText(handle, text);
    expect(back).toMatchObject({ ok: true, imported: 1, skipped: 1, joined: 1, founded: 0 });
    const after = await list(handle);
    expect(after.stories.map((s) => [s.id, s.articles.length])).toEqual([[both.stories[0]!.id, 2]]);
  });

  it('an article twice in the pack is imported once', async () => {
    const handle = await freshWorker();
    await handle({ type: 'setRemember', site: 'herald.example', on: true }, popupSender());
    await read(handle, A);
    const pack = readPack(await exportText(handle));
    if (!pack.ok) throw new Error(pack.error.message);
    await handle({ type: 'forgetRemembered', scope: 'all' }, popupSender());
    const { corpus } = pack.pack;
    const twin = { ...corpus.corpus.articles[0]!, id: `${corpus.corpus.articles[0]!.id}-twin`, text: corpus.corpus.articles[0]!.text.toUpperCase() };
    const doubled = createPack({ ...corpus, corpus: { ...corpus.corpus, articles: [...corpus.corpus.articles, twin], stories: [...corpus.corpus.stories, { id: 'story-twin', title: 'Twin', articleIds: [twin.id] }] } });
    expect(await importText(handle, serializePack(doubled))).toMatchObject({ ok: true, imported: 1, skipped: 1, skippedExamples: [{ reason: 'twice-in-pack' }] });
    expect((await list(handle)).usage.count).toBe(1);
  });

  it('a damaged pack (one character changed) is refused, naming the checksum, and nothing changes', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const text = await exportText(handle);
    await clearAll(handle);
    const before = await snapshot();
    const at = text.indexOf('library');
    const tampered = `${text.slice(0, at)}L${text.slice(at + 1)}`;
    expect(await importText(handle, tampered)).toEqual({ ok: false, error: expect.stringMatching(/checksum does not match/) });
    expect(await importText(handle, text.slice(0, -40))).toEqual({ ok: false, error: expect.stringMatching(/cut short/) });
    expect(await snapshot()).toEqual(before);
  });

  it('a foreign file is refused, saying what it is', async () => {
    const handle = await freshWorker();
    const before = await snapshot();
    expect(await importText(handle, '{"name": "notes", "items": [1, 2, 3]}')).toEqual({ ok: false, error: expect.stringMatching(/not a Parallax corpus pack/) });
    expect(await importText(handle, world.corpusJson())).toEqual({ ok: false, error: expect.stringMatching(/compiled corpus \(corpus\.json\), not a pack/) });
    expect(await importText(handle, 'plain words, not JSON')).toEqual({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(await importText(handle, '')).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it('a pack with a bad field is refused naming the field and the article', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const value = JSON.parse(await exportText(handle)) as CorpusPack;
    value.corpus.corpus.articles[1]!.url = 'javascript:alert(1)';
    value.checksum = packChecksum(value);
    expect(await importText(handle, JSON.stringify(value))).toEqual({ ok: false, error: expect.stringMatching(/field "url" of article 2 \("mem-[0-9a-z]+"\)/) });
  });

  it('an article that could not be in a reader\'s corpus (too little prose) refuses the whole pack', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const value = JSON.parse(await exportText(handle)) as CorpusPack;
    await clearAll(handle);
    const teaser = { ...value.corpus.corpus.articles[0]!, id: 'teaser-1', title: 'A teaser', text: 'Read more.\n\nSubscribe now.' };
    const pack = createPack({ ...value.corpus, corpus: { ...value.corpus.corpus, articles: [...value.corpus.corpus.articles, teaser], stories: [...value.corpus.corpus.stories, { id: 'story-teaser', title: 'Teaser', articleIds: ['teaser-1'] }] } });
    const before = await snapshot();
    expect(await importText(handle, serializePack(pack))).toEqual({ ok: false, error: expect.stringMatching(/^article 3 \("A teaser"\) cannot join your corpus: it has fewer than 60 words.*nothing was imported/) });
    expect(await snapshot()).toEqual(before);
  });

  it('a pack that would take the remembered articles past their limit is refused whole', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const text = await exportText(handle);
    await clearAll(handle);
    // 4,999 kept (as the store counts them): the pack's two new articles do not fit.
    const db = await openParallaxDB();
    await db.put('prefs', { v: 1, rev: 7, count: 4_999, bytes: 1_000 }, 'memory');
    const before = await snapshot();
    expect(await importText(handle, text)).toEqual({ ok: false, error: expect.stringMatching(/the pack's 2 new articles \(.+\) do not fit: Parallax keeps at most 5,000 remembered articles and 50\.0 MB, and holds 4,999 .*Nothing was imported/) });
    expect(await snapshot()).toEqual(before);
  });

  it('a pack of more articles than Parallax keeps is refused before anything is read', async () => {
    const handle = await freshWorker();
    const words = 'The council met on Tuesday and agreed a plan for the town.';
    const articles = Array.from({ length: 5_001 }, (_, i) => ({
      id: `a-${i}`, documentId: `a-${i}`, outlet: 'Gazette', byline: null, agency: null, publishedAt: '2024-01-01', publishedAsPrinted: null,
      language: 'en', machineTranslated: false, url: null, title: `Article ${i}`, text: `${words} Number ${i}.`,
    }));
    const pack = createPack({ version: 1, corpus: { entities: [], articles, stories: articles.map((a) => ({ id: `s-${a.id}`, title: a.title, articleIds: [a.id] })) }, index: null });
    expect(await importText(handle, serializePack(pack))).toEqual({ ok: false, error: expect.stringMatching(/holds 5,001 articles, more than the 5,000 Parallax keeps/) });
  });

  it('a write the browser refuses imports nothing', async () => {
    const handle = await freshWorker();
    await readersCorpus(handle);
    const text = await exportText(handle);
    await clearAll(handle);
    const before = await snapshot();
    const proto = IDBObjectStore.prototype as unknown as { put: (...args: unknown[]) => unknown };
    const put = proto.put;
    let puts = 0;
    proto.put = function (this: IDBObjectStore, ...args: unknown[]) {
      // The second article's text: the first one is already written in the same transaction.
      if (this.name === 'rememberedTexts' && ++puts === 2) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      return put.apply(this, args);
    };
    try {
      expect(await importText(handle, text)).toEqual({ ok: false, error: expect.stringMatching(/refused to store .*QuotaExceededError.*nothing was imported/) });
    } finally {
      proto.put = put;
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the pack\'s way between the popup and the background', () => {
  it('a pack in parts: received in any order, imported whole; a missing part, a mismatch or a stale transfer is refused', async () => {
    const { receivePart, takeReceived, offerPack, offeredPart } = await import('../../src/background/pack-transfer.ts');
    expect(receivePart('t-000001', 1, 3, 'b')).toEqual({ ok: true, received: 1 });
    expect(receivePart('t-000001', 0, 3, 'a')).toEqual({ ok: true, received: 2 });
    expect(receivePart('t-000001', 2, 4, 'x')).toMatchObject({ ok: false, error: expect.stringMatching(/do not fit together/) });
    expect(receivePart('t-000001', 2, 3, 'c')).toEqual({ ok: true, received: 3 });
    expect(takeReceived('t-000001')).toEqual({ ok: true, text: 'abc' });
    expect(takeReceived('t-000001'), 'taken once').toMatchObject({ ok: false, error: expect.stringMatching(/did not arrive whole/) });
    receivePart('t-000002', 0, 2, 'a');
    expect(takeReceived('t-000002')).toMatchObject({ ok: false, error: expect.stringMatching(/did not arrive whole/) });
    receivePart('t-000003', 0, 1, 'a', 0);
    expect(takeReceived('t-000003', 10 * 60_000), 'kept a few minutes at most').toMatchObject({ ok: false });

    const offered = offerPack('whole pack');
    expect(offered.parts).toEqual(['whole pack']);
    expect(offeredPart('other-transfer', 0)).toBeNull();
    expect(offeredPart(offered.transfer, 0)).toBe('whole pack');
    expect(offeredPart(offered.transfer, 0), 'let go once read').toBeNull();
  });

  it('splits a long text into parts that a browser message carries', async () => {
    const { packParts, PACK_PART_CHARS } = await import('../../src/shared/packs.ts');
    const text = 'x'.repeat(PACK_PART_CHARS * 2 + 5);
    const parts = packParts(text);
    expect(parts.map((p) => p.length)).toEqual([PACK_PART_CHARS, PACK_PART_CHARS, 5]);
    expect(parts.join('')).toBe(text);
  });

  it('only Parallax\'s own pages may export or import, and a part over the size limit is refused', async () => {
    const handle = await freshWorker();
    const { PACK_PART_CHARS } = await import('../../src/shared/packs.ts');
    for (const message of [{ type: 'exportPack' }, { type: 'importPack', transfer: 'test-transfer' }, { type: 'sendPackPart', transfer: 'test-transfer', part: 0, parts: 1, text: '{}' }]) {
      expect(await handle(message, pageSender(1, A_URL)), message.type).toMatchObject({ ok: false, error: expect.stringMatching(/only from Parallax's own pages/) });
    }
    const big = await handle({ type: 'sendPackPart', transfer: 'test-transfer', part: 0, parts: 1, text: 'x'.repeat(PACK_PART_CHARS + 1) }, popupSender());
    expect(big).toMatchObject({ ok: false, error: expect.stringMatching(/malformed message at "text"/) });
    expect(await handle({ type: 'sendPackPart', transfer: 'test-transfer', part: 9, parts: 1, text: '' }, popupSender())).toMatchObject({ ok: false, error: expect.stringMatching(/malformed message at "part"/) });
    expect(await handle({ type: 'importPack', transfer: 'never-sent' }, popupSender())).toMatchObject({ ok: false, error: expect.stringMatching(/did not arrive whole/) });
  });
});
