// `analyzeArticle`: the page's extracted article -> Analysis -> the little the page must draw.
// The tab keeps (storage.session) what the popup and the page draw, keyed by URL, text and corpus
// revision, so a restarted worker answers from it; the article itself only when it is short
// enough to be added to the reader's corpus. A state the browser refuses to keep (quota) becomes a
// short "failed" state the popup explains; the page still gets what it draws.
import { compareReading, readArticle, textsNeeded } from '../core/analyze.ts';
import type { AnalyzeReply, ArticleMessage, PageStatus, Reply } from '../shared/messages.ts';
import type { PagePayload } from '../shared/page-model.ts';
import { readTabState, writeTabState, type TabStateInput } from '../shared/storage.ts';
import { keptArticleOf, tabAnalysisOf, type TabAnalysis } from '../shared/tab-analysis.ts';
import { currentRevision, fetchTexts, getAnalysisCorpus } from './corpus.ts';
import { rememberLater, rememberingDone } from './remember.ts';
import { showIndicator } from './badge.ts';
import { buildPagePayload, countDifferences } from './page-payload.ts';
import { siteStatus } from './sites.ts';
import { hashText } from '../core/corpus/text-hash.ts';
import { MAX_USER_ARTICLE_CHARS } from '../core/corpus/user-article.ts';
import { AnalysisGate } from './analysis-gate.ts';

/** Fresh analyses per tab are rate-limited: a page cannot keep the background busy for every tab. */
const freshAnalyses = new AnalysisGate();

const EMPTY = { textHash: null, analysis: null, page: null, article: null, anchored: null, unanchored: null, error: null } as const;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Writes the tab's state; a refusal (quota) is reported, never thrown. */
async function keep(tabId: number, state: TabStateInput): Promise<string | null> {
  try {
    await writeTabState(tabId, state);
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

export async function analyzeArticle(tabId: number, url: string, article: ArticleMessage, force = false): Promise<AnalyzeReply> {
  const status = await siteStatus(url);
  if (status && !status.on) {
    await keep(tabId, { ...EMPTY, url, status: 'off' });
    await showIndicator(tabId, false, null);
    return { ok: false, error: status.paused ? 'Parallax is paused' : `Parallax is switched off on ${status.site}` };
  }
  const textHash = hashText(article.text);
  const whole = article.text.length <= MAX_USER_ARTICLE_CHARS;
  await rememberingDone(); // the page read just before is part of the corpus this one is compared with
  const [cached, revision] = await Promise.all([readTabState(tabId), currentRevision()]);
  let view: TabAnalysis;
  let page: PagePayload;
  if (!force && cached?.status === 'ready' && cached.url === url && cached.textHash === textHash && cached.corpus === revision && cached.analysis && cached.page) {
    view = cached.analysis;
    page = cached.page;
  } else {
    if (!(await freshAnalyses.admit(tabId))) return { ok: false, error: 'the page sent a newer version of its article meanwhile' };
    await keep(tabId, { ...EMPTY, url, status: 'loading', textHash });
    let corpus: string;
    let analysis;
    try {
      const built = await getAnalysisCorpus(revision);
      corpus = built.revision;
      const reading = readArticle({ ...article, url: article.url ?? url }, built.prepared);
      // The versions kept compressed (remembered articles) are read only for the story found.
      await fetchTexts(built, textsNeeded(reading, built.prepared));
      analysis = compareReading(reading, built.prepared);
      // A page longer than an article may be is read up to a bound: not kept, not remembered.
      if (whole) rememberLater(url, analysis, reading.profile, built);
    } catch (error) {
      const reason = reasonOf(error);
      await keep(tabId, { ...EMPTY, url, status: 'failed', textHash, error: reason });
      await showIndicator(tabId, true, null);
      return { ok: false, error: `analysis failed: ${reason}` };
    }
    view = tabAnalysisOf(analysis);
    page = buildPagePayload(analysis);
    const refused = await keep(tabId, { ...EMPTY, url, status: 'ready', textHash, analysis: view, page, article: whole ? keptArticleOf(analysis) : null, corpus });
    if (refused) {
      const error = `Parallax annotated the page but could not keep its analysis for this popup (${refused.slice(0, 300)}): close some tabs, then reload the page.`;
      await keep(tabId, { ...EMPTY, url, status: 'failed', textHash, error });
    }
  }
  await showIndicator(tabId, true, countDifferences(view));
  return { ok: true, page, storyFound: view.story !== null };
}

/** `annotationsAnchored`: which annotations the page could place, for the popup's lists. */
export async function recordAnchoring(tabId: number, url: string, anchored: string[], unanchored: string[]): Promise<Reply> {
  const state = await readTabState(tabId);
  if (!state || state.url !== url || state.status !== 'ready') return { ok: false, error: 'no analysis for this page: send analyzeArticle first' };
  const refused = await keep(tabId, { ...state, anchored, unanchored });
  return refused ? { ok: false, error: `could not keep what was anchored: ${refused}` } : { ok: true };
}

/** `pageStatus`: the page is no article, its site is off, or it keeps Parallax's overlay out; the popup says so. */
export async function recordPageStatus(tabId: number, url: string, status: PageStatus): Promise<Reply> {
  await keep(tabId, { ...EMPTY, url, status });
  const site = await siteStatus(url);
  await showIndicator(tabId, site?.on ?? false, null);
  return { ok: true };
}
