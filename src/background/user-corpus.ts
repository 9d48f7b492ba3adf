// The reader's own corpus: add the article of a tab, remove one, list them. Articles stay in
// the extension's database on this device; every change rebuilds the corpus and re-analyses the open
// articles, whose cached analyses no longer hold (the page just added may now have versions, and
// a page of the same story now has one more).
import { browser } from '../shared/browser.ts';
import type { ArticleInput } from '../core/types.ts';
import type { Reply } from '../shared/messages.ts';
import { readTabState } from '../shared/storage.ts';
import { appendUserArticle, deleteUserArticle, readUserArticles, storedBytes } from './store/user-articles.ts';
import { signalChange } from './change-signal.ts';
import {
  MAX_USER_ARTICLES, MAX_USER_BYTES, formatBytes,
  type AddedToCorpus, type UserArticleSummary, type UserCorpusList, type UserStoryRef,
} from '../shared/user-corpus.ts';
import { MAX_USER_ARTICLE_CHARS, isUserArticleId, outletOf, toCorpusArticle, userArticleFrom, type UserArticle } from '../core/corpus/user-articles.ts';
import { combine, getBundledCorpus, getCorpus, keepCorpus, type BuiltCorpus } from './corpus.ts';

// One change at a time: two quick clicks must not both read, then both write, the index.
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function storyRef(corpus: BuiltCorpus, id: string): UserStoryRef | null {
  const placement = corpus.result.placed.find((p) => p.id === id);
  if (!placement) return null;
  const outlets = placement.with.map((other) => corpus.prepared.articles.get(other)?.outlet).filter((o): o is string => !!o);
  return { id: placement.storyId, title: placement.storyTitle, joined: placement.joined, outlets: [...new Set(outlets)] };
}

function summary(corpus: BuiltCorpus, article: UserArticle): UserArticleSummary {
  const story = storyRef(corpus, article.id);
  const refusal = corpus.result.refused.find((r) => r.id === article.id);
  return {
    id: article.id,
    title: toCorpusArticle(article).title,
    outlet: outletOf(article),
    publishedAt: article.publishedAt,
    url: article.url,
    addedAt: article.addedAt,
    story,
    problem: story ? null : refusal ? `Set aside: ${refusal.message}.` : 'Set aside.',
  };
}

/** Tells the open pages to analyse again: the given tab first (awaited), then every other analysed one. */
export async function reanalyzeOpenArticles(first: number | null): Promise<void> {
  if (first !== null) await browser.tabs.sendMessage(first, { type: 'reanalyze' }).catch(() => undefined);
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined || tab.id === first) continue;
    const state = await readTabState(tab.id);
    if (state?.status === 'ready') void browser.tabs.sendMessage(tab.id, { type: 'reanalyze' }).catch(() => undefined);
  }
}

function failed(error: unknown): { ok: false; error: string } {
  return { ok: false, error: `Parallax could not read its corpus: ${error instanceof Error ? error.message : String(error)}` };
}

export async function listUserArticles(): Promise<Reply<UserCorpusList>> {
  let corpus: BuiltCorpus;
  try {
    corpus = await getCorpus();
  } catch (error) {
    return failed(error);
  }
  return {
    ok: true,
    articles: corpus.articles.map((a) => summary(corpus, a)),
    usage: { count: corpus.articles.length, bytes: corpus.bytes, maxArticles: MAX_USER_ARTICLES, maxBytes: MAX_USER_BYTES },
  };
}

/** `addArticleToCorpus`: the article Parallax last analysed in this tab joins the reader's corpus. */
export async function addArticleToCorpus(tabId: number, now = new Date()): Promise<Reply<AddedToCorpus>> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: `no tab ${tabId}: it may have been closed` };
  const state = await readTabState(tabId);
  if (!state?.analysis || state.status !== 'ready' || (tab.url !== undefined && state.url !== tab.url)) {
    return { ok: false, error: 'Parallax has not read an article in this tab yet: wait until the page is annotated, or reload it' };
  }
  const known = state.analysis.corpusArticleId;
  if (known) return { ok: false, error: isUserArticleId(known) ? 'This article is already in your corpus.' : "This article is already in Parallax's corpus." };
  const article = state.article;
  if (!article) {
    return { ok: false, error: `Parallax cannot add this page: its text is longer than the ${MAX_USER_ARTICLE_CHARS.toLocaleString('en')} characters an article may have.` };
  }
  return exclusively(() => addToStorage(tabId, article, now)).catch(failed);
}

async function addToStorage(tabId: number, page: ArticleInput, now: Date): Promise<Reply<AddedToCorpus>> {
  const stored = await readUserArticles();
  if (stored.articles.length >= MAX_USER_ARTICLES) {
    return { ok: false, error: `Your corpus holds ${MAX_USER_ARTICLES} articles, the most Parallax keeps: remove one to add this one.` };
  }
  const article = userArticleFrom(page, now.toISOString());
  if (stored.articles.some((a) => a.id === article.id)) return { ok: false, error: 'This article is already in your corpus.' };
  const bytes = storedBytes(article);
  if (stored.bytes + bytes > MAX_USER_BYTES) {
    return {
      ok: false,
      error: `This article (${formatBytes(bytes)}) does not fit in the ${formatBytes(MAX_USER_BYTES)} Parallax keeps for your articles on this device (${formatBytes(stored.bytes)} used): remove one to make room.`,
    };
  }
  const corpus = combine(await getBundledCorpus(), [...stored.articles, article], stored.bytes + bytes);
  const refusal = corpus.result.refused.find((r) => r.id === article.id);
  const story = storyRef(corpus, article.id);
  if (refusal || !story) return { ok: false, error: `Parallax cannot add this page: ${refusal?.message ?? 'it was set aside'}.` };
  try {
    await appendUserArticle(article);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Your browser could not save the article (${reason}): remove some of your articles and try again.` };
  }
  keepCorpus(corpus);
  await signalChange();
  await reanalyzeOpenArticles(tabId);
  return { ok: true, article: summary(corpus, article), story };
}

/** `removeUserArticle`: the article leaves the reader's corpus; open pages are analysed again. */
export async function removeUserArticle(id: string): Promise<Reply<{ removed: boolean }>> {
  return exclusively(async (): Promise<Reply<{ removed: boolean }>> => {
    let removed: boolean;
    try {
      removed = await deleteUserArticle(id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: `Your browser could not remove the article (${reason}): try again.` };
    }
    if (removed) {
      await signalChange();
      await reanalyzeOpenArticles(null);
    }
    return { ok: true, removed };
  });
}
