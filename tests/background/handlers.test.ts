import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import { installFakeExtras, pageSender, popupSender, type FakeExtras } from './fake-extension.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));
import { freshIndexedDB, openParallaxDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const analyzeSpy = vi.hoisted(() => ({ calls: 0, result: null as unknown, fail: null as string | null }));
vi.mock('../../src/core/analyze.ts', () => {
  const analyze = () => {
    analyzeSpy.calls++;
    if (analyzeSpy.fail) throw new Error(analyzeSpy.fail);
    return analyzeSpy.result;
  };
  return {
    prepareCorpus: (compiled: unknown) => ({ compiled, storyOfArticle: new Map(), articles: new Map() }),
    analyze,
    readArticle: () => ({ candidate: null, profile: null }),
    textsNeeded: () => [],
    compareReading: analyze,
  };
});

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis/harbour-bridge.json'), 'utf8')) as Analysis;
const URL_A = 'https://www.herald.example/news/harbour-bridge';
const article = { title: fixture.article.title, byline: null, siteName: 'Herald', url: URL_A, publishedAt: '2027-03-03', language: 'en', text: fixture.article.text };
let fetches = 0;
let extras: FakeExtras;
let tabId: number;

async function freshWorker() {
  vi.resetModules(); // a restarted worker: new module state, same storage
  return (await import('../../src/background/router.ts')).handleMessage;
}

beforeEach(async () => {
  fakeBrowser.reset();
  freshIndexedDB();
  extras = installFakeExtras();
  analyzeSpy.calls = 0;
  analyzeSpy.result = fixture;
  analyzeSpy.fail = null;
  fetches = 0;
  vi.stubGlobal('fetch', async () => {
    fetches++;
    return new Response(JSON.stringify({ version: 1, corpus: { entities: [], articles: [], stories: [] }, index: null }));
  });
  tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
});

describe('analyzeArticle', () => {
  it('answers with what the page draws, stores the analysis per tab and sets the badge', async () => {
    const handle = await freshWorker();
    const reply = await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('page' in reply)) throw new Error('no page');
    const page = reply.page as { annotations: { id: string; kind: string }[] };
    expect(page.annotations.map((a) => a.id)).toContain('q0');
    expect(page.annotations.some((a) => a.id === 'd:d4')).toBe(false); // publication date: popup only
    expect(page.annotations.some((a) => a.id === 'd:d3')).toBe(false); // only elsewhere: nothing here
    expect(page.annotations.some((a) => a.id === 'd:d7')).toBe(false); // below its kind's line: popup only
    expect(page.annotations.some((a) => a.id === 'd:d1')).toBe(true); // above it: marked
    const stored = await fakeBrowser.storage.session.get(`px:tab:${tabId}`);
    expect(stored[`px:tab:${tabId}`]).toMatchObject({ status: 'ready', url: URL_A });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('6');
  });

  it('analyses the same text once per tab and URL, and again when forced', async () => {
    const handle = await freshWorker();
    await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    expect(analyzeSpy.calls).toBe(1);
    await handle({ type: 'analyzeArticle', article, force: true }, pageSender(tabId, URL_A));
    expect(analyzeSpy.calls).toBe(2);
  });

  it('survives a worker restart between two messages: state from storage, corpus loaded again', async () => {
    let handle = await freshWorker();
    await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    expect(fetches).toBe(1);
    handle = await freshWorker();
    const anchored = await handle({ type: 'annotationsAnchored', url: URL_A, anchored: ['q0'], unanchored: ['q1'] }, pageSender(tabId, URL_A));
    expect(anchored).toEqual({ ok: true });
    const view = await handle({ type: 'getTabState', tabId }, popupSender());
    expect(view).toMatchObject({ ok: true, view: { state: { status: 'ready', anchored: ['q0'], unanchored: ['q1'] } } });
    await handle({ type: 'analyzeArticle', article: { ...article, text: `${article.text}\n\nA new paragraph.` } }, pageSender(tabId, URL_A));
    expect(fetches).toBe(2);
    expect(analyzeSpy.calls).toBe(2);
  });

  it('records a failed analysis with its reason', async () => {
    analyzeSpy.fail = 'index is corrupt';
    const handle = await freshWorker();
    const reply = await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    expect(reply).toEqual({ ok: false, error: 'analysis failed: index is corrupt' });
    const view = await handle({ type: 'getTabState', tabId }, popupSender());
    expect(view).toMatchObject({ view: { state: { status: 'failed', error: 'index is corrupt' } } });
  });

  it('refuses to analyse on a site the user switched off', async () => {
    const handle = await freshWorker();
    await (await openParallaxDB()).put('prefs', { v: 1, enabled: false, origins: [], updatedAt: 1 }, 'site:herald.example');
    const reply = await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    expect(reply).toEqual({ ok: false, error: 'Parallax is switched off on herald.example' });
    expect(analyzeSpy.calls).toBe(0);
  });
});

describe('message checks', () => {
  const cases: [string, unknown, () => object, RegExp][] = [
    ['content message from the popup', { type: 'analyzeArticle', article }, () => popupSender(), /only from a page's content script/],
    ['content message from a subframe', { type: 'analyzeArticle', article }, () => ({ ...pageSender(1, URL_A), frameId: 3 }), /only from a page's content script/],
    ['privileged command from a page', { type: 'setPaused', paused: true }, () => pageSender(1, URL_A), /only from Parallax's own pages/],
    ['command from another extension', { type: 'setPaused', paused: true }, () => ({ ...popupSender(), id: 'someone-else' }), /only from Parallax's own pages/],
    ['article without text', { type: 'analyzeArticle', article: { ...article, text: '' } }, () => pageSender(1, URL_A), /malformed message at "article.text"/],
    ['tab id of the wrong type', { type: 'getTabState', tabId: '3' }, () => popupSender(), /malformed message at "tabId"/],
    ['unknown type', { type: 'deleteEverything' }, () => popupSender(), /unknown message type "deleteEverything"/],
    ['not an object', 'hello', () => popupSender(), /unknown message type null/],
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

describe('tab life cycle', () => {
  it('drops the cached analysis when the tab navigates and when it closes', async () => {
    const handle = await freshWorker();
    const events = await import('../../src/background/tab-events.ts');
    await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    await events.onTabUpdated(tabId, { url: `${URL_A}?page=2` }, { id: tabId, url: `${URL_A}?page=2` } as never);
    expect(await fakeBrowser.storage.session.get(`px:tab:${tabId}`)).toEqual({});
    expect(extras.tabMessages).toContainEqual({ tabId, message: { type: 'reanalyze' } });
    await handle({ type: 'analyzeArticle', article }, pageSender(tabId, URL_A));
    await events.onTabRemoved(tabId);
    expect(await fakeBrowser.storage.session.get(`px:tab:${tabId}`)).toEqual({});
  });
});
