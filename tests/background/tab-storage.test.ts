// What a tab keeps in storage.session, with the real engine and seeds against the fake browser:
// what the popup and page draw, not the whole analysis (a long text's took several times the
// text); a state the browser refuses to keep becomes a short failed state; a handler that fails
// answers with a value.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { compileCorpus } from '../../src/core/corpus/compile.ts';
import type { Reply } from '../../src/shared/messages.ts';
import type { TabView } from '../../src/shared/storage.ts';
import { seedInput } from '../core/corpus/seeds-helper.ts';
import { installFakeExtras, pageSender, popupSender } from './fake-extension.ts';
import { freshIndexedDB, openParallaxDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

const URL_A = 'http://127.0.0.1:8123/herald/blinken.html';
let corpusJson: string;
let seedText: string;

beforeAll(() => {
  const compiled = compileCorpus(seedInput());
  if (!compiled.ok) throw new Error('the seeds do not compile');
  corpusJson = JSON.stringify(compiled.compiled);
  seedText = compiled.compiled.corpus.articles[0]!.text;
});

beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDB();
  installFakeExtras();
  vi.stubGlobal('fetch', async () => new Response(corpusJson));
});

async function freshWorker() {
  vi.resetModules();
  return (await import('../../src/background/router.ts')).handleMessage;
}

const article = (text: string) => ({ title: 'A report', byline: null, siteName: 'Herald', url: URL_A, publishedAt: '2021-09-09', language: 'en', text });
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
async function stored(tabId: number) {
  return (await fakeBrowser.storage.session.get(`px:tab:${tabId}`))[`px:tab:${tabId}`] as Record<string, unknown> | undefined;
}

describe('what a tab keeps', () => {
  it('a long article: not its text, and a size that grows slower than the text (the page payload is capped)', async () => {
    const handle = await freshWorker();
    const keep = async (copies: number) => {
      const text = Array.from({ length: copies }, () => seedText).join('\n\n');
      const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
      expect((await handle({ type: 'analyzeArticle', article: article(text) }, pageSender(tabId, URL_A))).ok).toBe(true);
      const state = (await stored(tabId))!;
      expect(state.status).toBe('ready');
      expect(state.article, 'too long to add to the corpus: not kept').toBeNull();
      expect(JSON.stringify(state), 'no entity mentions, no article text').not.toMatch(/"entities"|"text":"[^"]{5000}/);
      return { text: bytes(text), state: bytes(state) };
    };
    const long = await keep(24);
    const longer = await keep(36);
    // The whole analysis took about 2.5 times the text, and grew as fast; what is kept now (the
    // capped page payload, the quotes' words for the popup and the page's cards) grows slower than the text.
    expect(longer.state, `kept ${longer.state} bytes for ${longer.text}`).toBeLessThan(longer.text * 2);
    expect(longer.state - long.state, `grew ${longer.state - long.state} bytes for ${longer.text - long.text} more text`).toBeLessThan(longer.text - long.text);
  });

  it('a short article: its text once (for "add to my corpus"), and what the popup and page draw', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
    const handle = await freshWorker();
    await handle({ type: 'analyzeArticle', article: article(seedText) }, pageSender(tabId, URL_A));
    const json = JSON.stringify((await stored(tabId))!);
    expect(occurrences(json, JSON.stringify(seedText).slice(1, -1))).toBe(1);
    const view = (await handle({ type: 'getTabState', tabId }, popupSender())) as Reply<{ view: TabView }>;
    expect(view.ok && view.view.state?.analysis?.story?.title).toBeTruthy();
    // A restarted worker answers the page from what the tab kept.
    const again = await (await freshWorker())({ type: 'analyzeArticle', article: article(seedText) }, pageSender(tabId, URL_A));
    expect(again.ok && 'page' in again && (again.page as { annotations: unknown[] }).annotations.length).toBeGreaterThan(3);
  });
});

describe('a state the browser refuses to keep', () => {
  it('becomes a short failed state the popup explains; the page still gets its annotations', async () => {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    fakeBrowser.storage.session.set = async (items: Record<string, unknown>) => {
      if (bytes(items) > 2_000) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      return set(items);
    };
    const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
    const handle = await freshWorker();
    const reply = await handle({ type: 'analyzeArticle', article: article(seedText) }, pageSender(tabId, URL_A));
    expect(reply.ok && 'page' in reply && (reply.page as { annotations: unknown[] }).annotations.length).toBeGreaterThan(3);
    const state = (await stored(tabId))!;
    expect(state).toMatchObject({ status: 'failed', analysis: null });
    expect(state.error).toMatch(/could not keep its analysis for this popup \(Session storage quota bytes exceeded/);
    const view = (await handle({ type: 'getTabState', tabId }, popupSender())) as Reply<{ view: TabView }>;
    expect(view.ok && view.view.state?.status).toBe('failed');
  });
});

describe('the router', () => {
  it('answers a handler that fails unexpectedly with { ok: false, error }, never a rejection', async () => {
    const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
    fakeBrowser.storage.session.get = async () => { throw new Error('storage is gone'); };
    const handle = await freshWorker();
    await expect(handle({ type: 'getTabState', tabId }, popupSender())).resolves.toEqual({ ok: false, error: 'Parallax failed: storage is gone' });
    await expect(handle({ type: 'annotationsAnchored', url: URL_A, anchored: [], unanchored: [] }, pageSender(tabId, URL_A))).resolves.toMatchObject({ ok: false });
  });
});
