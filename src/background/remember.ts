// "Remember what I read": on a site where the reader switched it on, each article Parallax
// analysed (and that is no corpus article yet) is kept with its profile and story, after the page
// has its answer, one at a time. The popup lists, forgets and counts them.
import type { Analysis } from '../core/types.ts';
import type { ArticleProfile } from '../core/match/profile.ts';
import { rememberFrom } from '../core/corpus/remembered.ts';
import { browser } from '../shared/browser.ts';
import type { Reply } from '../shared/messages.ts';
import { MEMORY_PROBLEM_KEY, type RememberedList, type RememberedStory } from '../shared/remembered.ts';
import { readTabState } from '../shared/storage.ts';
import { forgetAnalysisCorpus, noteRemembered, type AnalysisCorpus } from './corpus.ts';
import { signalChange } from './change-signal.ts';
import { oneAtATime } from './memory-queue.ts';
import { siteForUrl } from './sites.ts';
import { readRemember, writeRemember } from './store/prefs.ts';
import { MAX_REMEMBERED, MAX_REMEMBERED_BYTES, forgetRemembered, readRemembered, storeRemembered, type ForgetScope } from './store/remembered.ts';

/** Remembers the page's article if its site says so; never throws (the page already has its answer). */
export function rememberLater(url: string, analysis: Analysis, profile: ArticleProfile, corpus: AnalysisCorpus): Promise<void> {
  return oneAtATime(async () => {
    const site = siteForUrl(url);
    if (!site || analysis.corpusArticleId || !(await readRemember(site))) return;
    const found = rememberFrom(analysis, profile, corpus.prepared, site, new Date().toISOString());
    if ('refusal' in found || (await forgottenThisSession()).includes(forgottenKey(site, found.record.id))) return;
    try {
      const kept = await storeRemembered(found.record, found.text);
      if (!kept.added) return;
      await noteRemembered(found.record, kept.dropped, kept.memory.rev);
      await browser.storage.session.remove(MEMORY_PROBLEM_KEY);
      await signalChange();
    } catch (error) {
      // Quota or a failing disk: the transaction aborted whole, nothing kept was lost. Say so.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await browser.storage.session
        .set({ [MEMORY_PROBLEM_KEY]: `Parallax could not remember “${found.record.title.slice(0, 120)}”: your browser refused to store it (${reason.slice(0, 200)}). Nothing already remembered was lost; forget some articles to make room.` })
        .catch(() => undefined);
      await signalChange();
    }
  }).catch(() => undefined);
}

// What the reader forgot is not remembered again in this browser session (their open tabs are
// analysed again right after, and the site may still remember), until they switch the site's
// "remember" on again, which is consent anew. Reading it again in a later session remembers it
// again: switching the site's "remember" off is what stops it for good.
const FORGOTTEN_KEY = 'px:forgotten';
const MAX_FORGOTTEN = 5_000;

/** Sites hold no spaces (host names), so one space joins the two. */
const forgottenKey = (site: string, id: string) => `${site} ${id}`;

async function forgottenThisSession(): Promise<string[]> {
  const value = (await browser.storage.session.get(FORGOTTEN_KEY).catch(() => ({}) as Record<string, unknown>))[FORGOTTEN_KEY];
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

async function keepForgotten(keys: string[]): Promise<void> {
  const all = [...(await forgottenThisSession()), ...keys].slice(-MAX_FORGOTTEN);
  await browser.storage.session.set({ [FORGOTTEN_KEY]: all }).catch(() => undefined);
}

async function allowAgain(site: string): Promise<void> {
  const all = await forgottenThisSession();
  const kept = all.filter((key) => !key.startsWith(`${site} `));
  if (kept.length !== all.length) await browser.storage.session.set({ [FORGOTTEN_KEY]: kept }).catch(() => undefined);
}

/** Waits until every article asked to be remembered so far is kept (tests, benchmarks). */
export function rememberingDone(): Promise<void> {
  return oneAtATime(async () => undefined);
}

export async function setRemember(site: string, on: boolean, tabId: number | null): Promise<Reply<{ remember: boolean }>> {
  await writeRemember(site, on);
  if (on) await allowAgain(site);
  await signalChange();
  if (on && tabId !== null) await browser.tabs.sendMessage(tabId, { type: 'reanalyze' }).catch(() => undefined);
  return { ok: true, remember: on };
}

export async function listRemembered(): Promise<Reply<RememberedList>> {
  await rememberingDone();
  const { records, bytes } = await readRemembered();
  const stories = new Map<string, RememberedStory>();
  const sites = new Map<string, number>();
  // Most recently read first.
  for (const r of [...records].reverse()) {
    let story = stories.get(r.storyId);
    if (!story) stories.set(r.storyId, (story = { id: r.storyId, title: r.storyTitle, articles: [] }));
    story.articles.push({ id: r.id, title: r.title, outlet: r.outlet, site: r.site, publishedAt: r.publishedAt, readAt: r.readAt, url: r.url });
    sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
  }
  const problem = (await browser.storage.session.get(MEMORY_PROBLEM_KEY))[MEMORY_PROBLEM_KEY];
  return {
    ok: true,
    stories: [...stories.values()],
    sites: [...sites].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count || (a.site < b.site ? -1 : 1)),
    usage: { count: records.length, bytes, maxArticles: MAX_REMEMBERED, maxBytes: MAX_REMEMBERED_BYTES },
    problem: typeof problem === 'string' ? problem : null,
  };
}

/** Forgets one article, a story, a site or everything; open articles are analysed again. */
export async function forget(scope: ForgetScope, key: string | null): Promise<Reply<{ forgotten: number }>> {
  const gone = await oneAtATime(() => forgetRemembered(scope, key));
  const forgotten = gone.length;
  if (forgotten) {
    await keepForgotten(gone.map((g) => forgottenKey(g.site, g.id)));
    forgetAnalysisCorpus();
    await browser.storage.session.remove(MEMORY_PROBLEM_KEY);
    await signalChange();
    const tabs = await browser.tabs.query({});
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const state = await readTabState(tab.id);
      if (state?.status === 'ready') void browser.tabs.sendMessage(tab.id, { type: 'reanalyze' }).catch(() => undefined);
    }
  }
  return { ok: true, forgotten };
}
