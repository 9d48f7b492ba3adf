// The corpus the analyses run against: the compiled corpus bundled in the extension's package plus
// the reader's own articles (the extension's database). Built lazily on first use and again whenever the
// reader's articles change (their index names a revision). A restarted worker puts it together
// from the grouping saved beside the articles, and builds it again only when that does not fit.
import { browser } from '../shared/browser.ts';
import { prepareCorpus, type PreparedCorpus } from '../core/analyze.ts';
import type { CompiledCorpus } from '../core/corpus/compiled.ts';
import { hashText } from '../core/corpus/text-hash.ts';
import { addUserArticles, restoreUserCorpus, saveUserCorpus, type UserArticle, type UserCorpus } from '../core/corpus/user-articles.ts';
import { readSavedUserCorpus, readUserArticleIds, readUserArticles, writeSavedUserCorpus } from './store/user-articles.ts';
import { recordNotice } from './notices.ts';
import { readMemory, readRemembered, readRememberedTexts } from './store/remembered.ts';
import { rememberedCorpusArticle, withRemembered, type RememberedRecord } from '../core/corpus/remembered.ts';

export const REBUILT_NOTICE = 'Parallax found its saved grouping of your articles damaged and rebuilt it from your articles: none was lost.';

export const CORPUS_FILE = 'corpus.json';
/** The revision of the bundled corpus alone (no article of the reader's). */
export const BUNDLED_REVISION = 'bundled';

export interface BuiltCorpus {
  /** Names the set of the reader's articles this corpus holds; analyses carry it. */
  revision: string;
  prepared: PreparedCorpus;
  /** The reader's articles as read, in the order added (refused ones included). */
  articles: UserArticle[];
  bytes: number;
  /** Where each accepted article landed, and why the others were set aside. */
  result: UserCorpus;
}

let bundled: Promise<{ compiled: CompiledCorpus; key: string }> | null = null;
let built: { revision: string; promise: Promise<BuiltCorpus> } | null = null;

/** Names a set of the reader's articles (whatever the order the ids come in). */
export function corpusRevision(ids: readonly string[]): string {
  return ids.length ? `user-${ids.length}-${hashText([...ids].sort().join(','))}` : BUNDLED_REVISION;
}

/** The revision of the corpus the reader's added articles make (no remembered one). */
export async function currentBaseRevision(): Promise<string> {
  return corpusRevision(await readUserArticleIds());
}

const fullRevision = (base: string, memory: number) => (memory ? `${base}+m${memory}` : base);

/** The revision analyses are made against: the added articles and the remembered ones. */
export async function currentRevision(): Promise<string> {
  const [base, memory] = await Promise.all([currentBaseRevision(), readMemory()]);
  return fullRevision(base, memory.rev);
}

function bundledCorpus(): Promise<{ compiled: CompiledCorpus; key: string }> {
  bundled ??= loadBundled().catch((error: unknown) => {
    bundled = null; // let the next article try again
    throw error;
  });
  return bundled;
}

export async function getBundledCorpus(): Promise<CompiledCorpus> {
  return (await bundledCorpus()).compiled;
}

/** The corpus of the given revision (read from storage when not given), built when it is not at hand. */
export async function getCorpus(known?: string): Promise<BuiltCorpus> {
  const revision = known ?? (await currentBaseRevision());
  if (built?.revision === revision) return built.promise;
  const promise = buildCorpus();
  const entry = { revision, promise };
  built = entry;
  promise.catch(() => {
    if (built === entry) built = null;
  });
  return promise;
}

/** Combines the bundled corpus with the reader's articles (already read) into a ready corpus. */
export function combine(compiled: CompiledCorpus, articles: UserArticle[], bytes: number, result = addUserArticles(compiled, articles)): BuiltCorpus {
  return { revision: corpusRevision(articles.map((a) => a.id)), prepared: prepareCorpus(result.compiled), articles, bytes, result };
}

/**
 * Keeps a corpus just built from these articles: in this worker, and its reader's part in the
 * database, so that a restarted worker need not group the articles again.
 */
export async function keepCorpus(corpus: BuiltCorpus): Promise<void> {
  built = { revision: corpus.revision, promise: Promise.resolve(corpus) };
  const { key } = await bundledCorpus();
  const saved = corpus.articles.length ? saveUserCorpus(corpus.result) : null;
  await writeSavedUserCorpus(`${corpus.revision}|${key}`, saved).catch(() => {
    // Only a cache: without it the next worker builds the corpus again.
  });
}

/**
 * Puts the corpus together from the saved grouping when it fits; otherwise, or when any part of
 * it is damaged (checked whole, index included), groups the articles again, replaces the saved
 * grouping and, for damage, tells the reader once.
 */
async function buildCorpus(): Promise<BuiltCorpus> {
  const [{ compiled, key }, stored] = await Promise.all([bundledCorpus(), readUserArticles()]);
  const cacheKey = `${corpusRevision(stored.articles.map((a) => a.id))}|${key}`;
  const cached = stored.articles.length ? await readSavedUserCorpus(cacheKey) : ({ state: 'stale' } as const);
  let damage = cached.state === 'damaged' ? cached.problem : null;
  if (cached.state === 'ok') {
    try {
      const restored = restoreUserCorpus(compiled, stored.articles, cached.saved);
      if (restored) return combine(compiled, stored.articles, stored.bytes, restored);
    } catch (error) {
      damage = error instanceof Error ? error.message : String(error);
    }
  }
  const corpus = combine(compiled, stored.articles, stored.bytes);
  await keepCorpus(corpus);
  if (damage) {
    console.warn(`Parallax: the saved grouping was damaged (${damage}); rebuilt it`);
    await recordNotice(REBUILT_NOTICE);
  }
  return corpus;
}

async function loadBundled(): Promise<{ compiled: CompiledCorpus; key: string }> {
  const response = await fetch(browser.runtime.getURL(CORPUS_FILE));
  if (!response.ok) throw new Error(`the bundled corpus (${CORPUS_FILE}) could not be read: HTTP ${response.status}`);
  const compiled = (await response.json()) as CompiledCorpus;
  if (!compiled?.corpus?.stories || !Array.isArray(compiled.corpus.articles)) {
    throw new Error(`the bundled corpus (${CORPUS_FILE}) is malformed: rebuild the extension`);
  }
  // Names this bundled corpus, so that a saved grouping made against another one is not reused.
  const key = hashText(JSON.stringify([compiled.version, compiled.corpus.stories, compiled.index?.hashes ?? compiled.corpus.articles.map((a) => a.text)]));
  return { compiled, key };
}

/** The corpus analyses run against: the bundled and added articles, plus the remembered ones. */
export interface AnalysisCorpus {
  revision: string;
  base: BuiltCorpus;
  memoryRev: number;
  remembered: RememberedRecord[];
  prepared: PreparedCorpus;
}

let analysing: { revision: string; promise: Promise<AnalysisCorpus> } | null = null;

export async function getAnalysisCorpus(known?: string): Promise<AnalysisCorpus> {
  const revision = known ?? (await currentRevision());
  if (analysing?.revision === revision) return analysing.promise;
  const promise = (async () => {
    const [base, memory] = await Promise.all([getCorpus(), readRemembered()]);
    return { revision: fullRevision(base.revision, memory.rev), base, memoryRev: memory.rev, remembered: memory.records, prepared: withRemembered(base.prepared, memory.records) };
  })();
  const entry = { revision, promise };
  analysing = entry;
  promise.catch(() => {
    if (analysing === entry) analysing = null;
  });
  return promise;
}

/**
 * This worker just remembered an article (and maybe dropped the oldest): the corpus it analyses
 * against follows without reading every record again.
 */
export async function noteRemembered(record: RememberedRecord | null, dropped: readonly string[], memoryRev: number): Promise<void> {
  const current = await analysing?.promise.catch(() => null);
  if (!current || current.memoryRev + 1 !== memoryRev) {
    analysing = null; // something else changed too: read it all on next use
    return;
  }
  const gone = new Set(dropped);
  const remembered = [...current.remembered.filter((r) => !gone.has(r.id)), ...(record ? [record] : [])];
  const prepared = gone.size ? withRemembered(current.base.prepared, remembered) : withRemembered(current.prepared, record ? [record] : []);
  const next = { ...current, revision: fullRevision(current.base.revision, memoryRev), memoryRev, remembered, prepared };
  analysing = { revision: next.revision, promise: Promise.resolve(next) };
}

/** Forgotten articles, or any other change: the next analysis reads the remembered part again. */
export function forgetAnalysisCorpus(): void {
  analysing = null;
}

/** Fetches (and keeps in memory) the remembered texts an analysis needs. */
export async function fetchTexts(corpus: AnalysisCorpus, ids: readonly string[]): Promise<void> {
  const wanted = ids.filter((id) => !corpus.prepared.articles.has(id));
  if (!wanted.length) return;
  const byId = new Map(corpus.remembered.map((r) => [r.id, r]));
  const texts = await readRememberedTexts(wanted);
  for (const [id, text] of texts) {
    const record = byId.get(id);
    if (record) corpus.prepared.articles.set(id, rememberedCorpusArticle(record, text));
  }
}
