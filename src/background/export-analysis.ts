// `exportAnalysis`: the whole analysis of a tab's article, for the popup's "Export annotations"
// (W3C Web Annotations need the article's text, every quote's and name's position). A tab keeps
// only what the popup and page draw (storage.session is small and shared), so the article it kept
// is analysed again here, against the current corpus, and the result is sent, not stored.
import { compareReading, readArticle, textsNeeded } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import type { Reply } from '../shared/messages.ts';
import { readTabState } from '../shared/storage.ts';
import { fetchTexts, getAnalysisCorpus } from './corpus.ts';

export async function exportAnalysis(tabId: number): Promise<Reply<{ analysis: Analysis }>> {
  const state = await readTabState(tabId);
  if (!state || state.status !== 'ready') return { ok: false, error: 'Parallax has not read an article in this tab yet: wait until the page is annotated, or reload it' };
  if (!state.article) {
    return { ok: false, error: 'This article is too long to export from the popup (over 100,000 characters): save the page and run npm run -s analyze -- --format w3c FILE.' };
  }
  const corpus = await getAnalysisCorpus();
  const reading = readArticle({ ...state.article, url: state.article.url ?? state.url }, corpus.prepared);
  await fetchTexts(corpus, textsNeeded(reading, corpus.prepared));
  return { ok: true, analysis: compareReading(reading, corpus.prepared) };
}
