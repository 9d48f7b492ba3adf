// A page cannot make the background analyse without end: fresh analyses per tab (cache misses and
// forced ones) are rate-limited, a burst and then one per interval, and a newer request from the
// same tab takes the place of one still waiting. (The content script forces only when the
// article's words changed: tests/content/controller.test.ts.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import { AnalysisGate, DEFAULT_GATE } from '../../src/background/analysis-gate.ts';
import { installFakeExtras, pageSender } from './fake-extension.ts';
import { freshIndexedDB } from './fake-db.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const analyzed = vi.hoisted(() => ({ texts: [] as string[], result: null as unknown }));
vi.mock('../../src/core/analyze.ts', () => {
  const analyze = (article: { text: string }) => {
    analyzed.texts.push(article.text);
    return { ...(analyzed.result as object), article };
  };
  return {
    prepareCorpus: (compiled: unknown) => ({ compiled, storyOfArticle: new Map(), articles: new Map() }),
    analyze,
    // Two steps in the background (texts of remembered versions fetched between them).
    readArticle: (article: { text: string }) => ({ article, candidate: null, profile: null }),
    textsNeeded: () => [],
    compareReading: (reading: { article: { text: string } }) => analyze(reading.article),
  };
});

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis/harbour-bridge.json'), 'utf8')) as Analysis;
const URL_A = 'https://www.herald.example/news/harbour-bridge';
const articleWith = (text: string) => ({ title: 'Harbour bridge', byline: null, siteName: 'Herald', url: URL_A, publishedAt: null, language: 'en', text });

describe('the gate', () => {
  /** A clock the test moves; sleeping advances it. */
  function clockedGate() {
    let now = 0;
    const sleeps: number[] = [];
    const gate = new AnalysisGate({ ...DEFAULT_GATE, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) });
    return { gate, sleeps, advance: (ms: number) => (now += ms) };
  }

  it('lets a burst through at once, then one per interval', async () => {
    const { gate, sleeps } = clockedGate();
    for (let i = 0; i < DEFAULT_GATE.burst; i++) expect(await gate.admit(1)).toBe(true);
    expect(sleeps).toEqual([]);
    expect(await gate.admit(1)).toBe(true);
    expect(sleeps).toEqual([DEFAULT_GATE.refillMs]);
  });

  it('counts each tab apart', async () => {
    const { gate, sleeps } = clockedGate();
    for (let i = 0; i < DEFAULT_GATE.burst; i++) await gate.admit(1);
    expect(await gate.admit(2)).toBe(true);
    expect(sleeps).toEqual([]);
  });

  it('refills while the tab is quiet', async () => {
    const { gate, sleeps, advance } = clockedGate();
    for (let i = 0; i < DEFAULT_GATE.burst; i++) await gate.admit(1);
    advance(DEFAULT_GATE.burst * DEFAULT_GATE.refillMs);
    for (let i = 0; i < DEFAULT_GATE.burst; i++) expect(await gate.admit(1)).toBe(true);
    expect(sleeps).toEqual([]);
  });

  it('lets a newer request take the place of one still waiting', async () => {
    let now = 0;
    const sleepers: (() => void)[] = [];
    const gate = new AnalysisGate({ ...DEFAULT_GATE, now: () => now, sleep: () => new Promise<void>((ok) => sleepers.push(ok)) });
    for (let i = 0; i < DEFAULT_GATE.burst; i++) await gate.admit(1);
    const older = gate.admit(1);
    const newer = gate.admit(1);
    await Promise.resolve();
    now += DEFAULT_GATE.refillMs;
    sleepers.splice(0).forEach((wake) => wake());
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
  });
});

describe('analyzeArticle under a page that keeps changing its article', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    freshIndexedDB();
    installFakeExtras();
    analyzed.texts = [];
    analyzed.result = fixture;
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ version: 1, corpus: { entities: [], articles: [], stories: [] }, index: null })));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('twenty versions in a row: a burst is analysed at once, then only the latest, one interval later', async () => {
    const { handleMessage } = await import('../../src/background/router.ts');
    const tabId = (await fakeBrowser.tabs.create({ url: URL_A })).id!;
    const sender = pageSender(tabId, URL_A);
    // Twenty versions, each sent as the page swaps its body (the content script forces them).
    const replies = Array.from({ length: 20 }, (_, i) =>
      handleMessage({ type: 'analyzeArticle', article: articleWith(`${fixture.article.text}\n\nUpdate number ${i}.`), force: true }, sender));
    // No time passes (the clock is fake): only the storage's own turns (IndexedDB answers a task
    // later, on the real setImmediate) let the burst through.
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 200 && analyzed.texts.length < DEFAULT_GATE.burst; i++) await new Promise((ok) => setImmediate(ok));
    expect(analyzed.texts, 'analysed at once').toHaveLength(DEFAULT_GATE.burst);
    await vi.advanceTimersByTimeAsync(DEFAULT_GATE.refillMs);
    const settled = await Promise.all(replies);
    // The burst, then only the latest version: the ones in between were superseded while waiting.
    expect(analyzed.texts).toHaveLength(DEFAULT_GATE.burst + 1);
    expect(analyzed.texts.at(-1)).toMatch(/Update number 19\.$/);
    expect(settled.filter((r) => r.ok)).toHaveLength(DEFAULT_GATE.burst + 1);
    expect(settled.filter((r) => !r.ok).every((r) => !r.ok && /newer version/.test(r.error))).toBe(true);
  });
});
