// `analyzeArticle`: the page's extracted article -> Analysis (cached per tab, URL and corpus
// revision in storage.session, so a restarted worker answers from it) -> the little the page must
// draw. The stored analysis keeps the article as analysed: "add to my corpus" takes it from there.
import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import type { AnalyzeReply, ArticleMessage, PageStatus, Reply } from '../shared/messages.ts';
import { readTabState, writeTabState } from '../shared/storage.ts';
import { currentRevision, getCorpus } from './corpus.ts';
import { showIndicator } from './badge.ts';
import { buildPagePayload, countDifferences } from './page-payload.ts';
import { siteStatus } from './sites.ts';
import { hashText } from '../core/corpus/text-hash.ts';
import { AnalysisGate } from './analysis-gate.ts';

/** Fresh analyses per tab are rate-limited: a page cannot keep the background busy for every tab. */
const freshAnalyses = new AnalysisGate();

export async function analyzeArticle(tabId: number, url: string, article: ArticleMessage, force = false): Promise<AnalyzeReply> {
  const status = await siteStatus(url);
  if (status && !status.on) {
    await writeTabState(tabId, { url, status: 'off', textHash: null, analysis: null, anchored: null, unanchored: null, error: null });
    await showIndicator(tabId, false, null);
    return { ok: false, error: status.paused ? 'Parallax is paused' : `Parallax is switched off on ${status.site}` };
  }
  const textHash = hashText(article.text);
  const [cached, revision] = await Promise.all([readTabState(tabId), currentRevision()]);
  let analysis: Analysis;
  if (!force && cached?.status === 'ready' && cached.url === url && cached.textHash === textHash && cached.corpus === revision && cached.analysis) {
    analysis = cached.analysis;
  } else {
    if (!(await freshAnalyses.admit(tabId))) return { ok: false, error: 'the page sent a newer version of its article meanwhile' };
    await writeTabState(tabId, { url, status: 'loading', textHash, analysis: null, anchored: null, unanchored: null, error: null });
    let corpus: string;
    try {
      const built = await getCorpus(revision);
      corpus = built.revision;
      analysis = analyze({ ...article, url: article.url ?? url }, built.prepared);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await writeTabState(tabId, { url, status: 'failed', textHash, analysis: null, anchored: null, unanchored: null, error: reason });
      await showIndicator(tabId, true, null);
      return { ok: false, error: `analysis failed: ${reason}` };
    }
    await writeTabState(tabId, { url, status: 'ready', textHash, analysis, anchored: null, unanchored: null, error: null, corpus });
  }
  await showIndicator(tabId, true, countDifferences(analysis));
  return { ok: true, page: buildPagePayload(analysis), storyFound: analysis.story !== null };
}

/** `annotationsAnchored`: which annotations the page could place, for the popup's lists. */
export async function recordAnchoring(tabId: number, url: string, anchored: string[], unanchored: string[]): Promise<Reply> {
  const state = await readTabState(tabId);
  if (!state || state.url !== url || state.status !== 'ready') return { ok: false, error: 'no analysis for this page: send analyzeArticle first' };
  await writeTabState(tabId, { ...state, anchored, unanchored });
  return { ok: true };
}

/** `pageStatus`: the page is no article, its site is off, or it keeps Parallax's overlay out; the popup says so. */
export async function recordPageStatus(tabId: number, url: string, status: PageStatus): Promise<Reply> {
  await writeTabState(tabId, { url, status, textHash: null, analysis: null, anchored: null, unanchored: null, error: null });
  const site = await siteStatus(url);
  await showIndicator(tabId, site?.on ?? false, null);
  return { ok: true };
}
