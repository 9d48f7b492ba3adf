// The compiled corpus, loaded from the extension's own package the first time an article needs it
// (and again after the browser restarts the worker: module state is all this cache is).
import { browser } from '../shared/browser.ts';
import { prepareCorpus, type PreparedCorpus } from '../core/analyze.ts';
import type { CompiledCorpus } from '../core/corpus/compiled.ts';

export const CORPUS_FILE = 'corpus.json';

let loading: Promise<PreparedCorpus> | null = null;

export function getPreparedCorpus(): Promise<PreparedCorpus> {
  loading ??= loadCorpus().catch((error: unknown) => {
    loading = null; // let the next article try again
    throw error;
  });
  return loading;
}

async function loadCorpus(): Promise<PreparedCorpus> {
  const response = await fetch(browser.runtime.getURL(CORPUS_FILE));
  if (!response.ok) throw new Error(`the bundled corpus (${CORPUS_FILE}) could not be read: HTTP ${response.status}`);
  const compiled = (await response.json()) as CompiledCorpus;
  if (!compiled?.corpus?.stories || !Array.isArray(compiled.corpus.articles)) {
    throw new Error(`the bundled corpus (${CORPUS_FILE}) is malformed: rebuild the extension`);
  }
  return prepareCorpus(compiled);
}
