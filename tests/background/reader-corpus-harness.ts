// Shared by the background tests of the reader's corpus (remember, packs): the real engine and
// seeds against the fake browser and a fake IndexedDB, a fresh worker per test, and the pages the
// reader reads. Each test file still mocks `src/shared/browser.ts` itself (vi.mock is per file).
import { beforeAll, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus } from '../../src/core/corpus/compile.ts';
import type { Analysis } from '../../src/core/types.ts';
import type { Reply } from '../../src/shared/messages.ts';
import type { RememberedList } from '../../src/shared/remembered.ts';
import { seedInput } from '../core/corpus/seeds-helper.ts';
import { installFakeExtras, pageSender, popupSender, type FakeExtras } from './fake-extension.ts';
import { freshIndexedDB } from './fake-db.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/user-articles', name), 'utf8');
export const A_URL = 'https://news.herald.example/library-reopens';
export const B_URL = 'http://127.0.0.1:8123/riverside/library';
export const page = (name: string, siteName: string, publishedAt: string, url: string) => ({ title: null, byline: null, siteName, url, publishedAt, language: 'en', text: fixture(name) });
export const A = page('library-reopening.txt', 'Fenwick Gazette', '2024-05-04', A_URL);
export const B = page('library-second-report.txt', 'Riverside Post', '2024-05-05', B_URL);
export type Page = typeof A;

/** Installs the fakes before each test; `extras()` is the current test's fake extension APIs, `corpusJson()` the compiled seeds, `fetches()` how often the worker fetched them. */
export function useReaderCorpusWorld(): { extras: () => FakeExtras; corpusJson: () => string; fetches: () => number } {
  let corpusJson = '';
  let extras: FakeExtras | null = null;
  let fetches = 0;
  beforeAll(() => {
    const compiled = compileCorpus(seedInput());
    if (!compiled.ok) throw new Error('the seeds do not compile');
    corpusJson = JSON.stringify(compiled.compiled);
  });
  beforeEach(() => {
    fakeBrowser.reset();
    freshIndexedDB();
    extras = installFakeExtras();
    extras.tabReply = () => ({ ok: true });
    fetches = 0;
    vi.stubGlobal('fetch', async () => (fetches++, new Response(corpusJson)));
  });
  return { extras: () => extras!, corpusJson: () => corpusJson, fetches: () => fetches };
}

export async function freshWorker() {
  vi.resetModules();
  return (await import('../../src/background/router.ts')).handleMessage;
}
export type Handle = Awaited<ReturnType<typeof freshWorker>>;

/** The page analysed in a new tab, and the analysis the tab keeps. */
export async function read(handle: Handle, article: Page): Promise<{ tabId: number; analysis: Analysis }> {
  const tabId = (await fakeBrowser.tabs.create({ url: article.url })).id!;
  const reply = await handle({ type: 'analyzeArticle', article }, pageSender(tabId, article.url));
  expect(reply.ok, `analysing ${article.url}`).toBe(true);
  const key = `px:tab:${tabId}`;
  return { tabId, analysis: ((await fakeBrowser.storage.session.get(key))[key] as { analysis: Analysis }).analysis };
}

/** The popup's list of remembered articles, once everything asked to be remembered is kept. */
export async function list(handle: Handle): Promise<RememberedList> {
  await (await import('../../src/background/remember.ts')).rememberingDone();
  const reply = (await handle({ type: 'listRemembered' }, popupSender())) as Reply<RememberedList>;
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}
