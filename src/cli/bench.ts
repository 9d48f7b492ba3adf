// `npm run bench [-- --json] [--sizes 1000,10000,50000] [--batch 1000] [--batch-runs 3]`: speed
// and size of the engine on synthetic corpora (deterministic), with a brute-force baseline for the
// same-story lookup, and the batch commands (`corpus add|pack --manifest`, `--batch 0` skips them).
// Prints medians and p95s; goals from the issues are in the last column.

import { gzipSync } from 'node:zlib';
import { analyze, prepareCorpus } from '../core/analyze.ts';
import { buildStrictEntityCatalog } from '../core/entities/strict-catalog.ts';
import { analyzeQuotes } from '../core/quotes/index.ts';
import { buildCorpusIndex } from '../core/match/corpus-index.ts';
import { profileArticle } from '../core/match/article-profile.ts';
import { findCandidates, scoreAll, toQueryProfile } from '../core/match/story-index.ts';
import { deserializeStoryIndex, serializeStoryIndex } from '../core/match/serialize-index.ts';
import { COMPILED_CORPUS_VERSION } from '../core/corpus/compiled.ts';
import { benchBatch } from './bench/batch-bench.ts';
import { benchPackTransfer } from './bench/pack-popup-bench.ts';
import { syntheticCorpus, syntheticStory } from './bench/synthetic-corpus.ts';
import { HOSTILE_TEXTS } from './bench/hostile-texts.ts';
import { MAX_ANALYSED_CHARS } from '../core/text/bound-text.ts';
import { loadSeedCorpus, SEEDS_DIR } from './load-corpus.ts';
import { printTable } from './table.ts';
import { benchRemembered } from './bench/remembered-bench.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1_000, 10_000, 50_000];
const numberOption = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const batchArticles = numberOption('--batch', 1_000);
const batchRuns = Math.max(1, numberOption('--batch-runs', 3));
const log = (message: string) => console.error(message);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const results: Record<string, unknown> = {};

const seeds = loadSeedCorpus();
const entities = seeds.compiled.corpus.entities;
const catalog = buildStrictEntityCatalog(entities);

const lookupRows: string[][] = [['articles', 'lookup median', 'lookup p95', 'brute force median', 'brute force p95', 'speed-up (median)', 'right story', 'goal (p95)']];
const sizeRows: string[][] = [['articles', 'index bytes/article', 'index load median', 'texts raw', 'texts gzip', 'profiles built in', 'goal']];
for (const n of sizes) {
  log(`bench: generating and indexing ${n} synthetic articles…`);
  const { corpus, queries } = syntheticCorpus({ articles: n, seed: 42 }, entities);
  const [index, buildMs] = time(() => buildCorpusIndex(corpus, catalog));
  const serialized = JSON.stringify(serializeStoryIndex(index));
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) loads.push(time(() => deserializeStoryIndex(JSON.parse(serialized)))[1]);
  const texts = JSON.stringify(corpus.articles.map((a) => a.text));
  const querySet = queries.map((q) => ({ ...q, profile: toQueryProfile(profileArticle({ text: q.text, language: 'en' }, catalog)) }));

  // Warm up the JIT on a few lookups before timing.
  for (const q of querySet.slice(0, 20)) findCandidates(index, q.profile);
  const lookups: number[] = [];
  let right = 0;
  for (const q of querySet) {
    const [candidates, t] = time(() => findCandidates(index, q.profile));
    lookups.push(t);
    if (candidates[0]?.storyId === q.storyId) right++;
  }
  const brute: number[] = [];
  for (const q of querySet.slice(0, n >= 50_000 ? 20 : 50)) brute.push(time(() => scoreAll(index, q.profile))[1]);
  const goal = n <= 1_000 ? '—' : n <= 10_000 ? '≤ 5 ms' : '≤ 20 ms';
  lookupRows.push([
    String(n),
    ms(quantile(lookups, 0.5)),
    ms(quantile(lookups, 0.95)),
    ms(quantile(brute, 0.5)),
    ms(quantile(brute, 0.95)),
    `${(quantile(brute, 0.5) / quantile(lookups, 0.5)).toFixed(0)}×`,
    `${right}/${querySet.length}`,
    goal,
  ]);
  sizeRows.push([
    String(n),
    `${(serialized.length / n).toFixed(0)} B`,
    ms(quantile(loads, 0.5)),
    `${(texts.length / 1e6).toFixed(1)} MB`,
    `${(gzipSync(texts).length / 1e6).toFixed(1)} MB`,
    `${(buildMs / 1000).toFixed(1)} s`,
    n === 10_000 ? '≤ 1 KB/article, load ≤ 50 ms' : '≤ 1 KB/article',
  ]);
  results[`corpus-${n}`] = {
    lookupMedianMs: quantile(lookups, 0.5),
    lookupP95Ms: quantile(lookups, 0.95),
    bruteMedianMs: quantile(brute, 0.5),
    bruteP95Ms: quantile(brute, 0.95),
    rightStory: right / querySet.length,
    indexBytesPerArticle: serialized.length / n,
    indexLoadMedianMs: quantile(loads, 0.5),
    textsBytes: texts.length,
    textsGzipBytes: gzipSync(texts).length,
  };
}
printTable('Same-story lookup (synthetic corpora; query = a fresh version of a corpus story)', lookupRows, json);
printTable('Compiled index', sizeRows, json);

log('bench: 5,000 remembered articles…');
const remembered = benchRemembered(seeds, 5_000, time, quantile);
printTable(
  'Remembered articles (5,000 synthetic, joined to the seed corpus; lookup from the index alone, as the background does before reading any text)',
  [
    ['measure', 'value', 'goal'],
    ['story lookup, median', ms(remembered.lookupMedianMs), ''],
    ['story lookup, p95', ms(remembered.lookupP95Ms), '≤ 5 ms'],
    ['right story', `${(remembered.rightStory * 100).toFixed(1)} %`, ''],
    ['joining 5,000 to the corpus (once per change)', ms(remembered.joinMs), ''],
    ['kept per article (compressed text + profile + fields)', `${(remembered.bytesPerArticle / 1024).toFixed(1)} KB`, '≤ 10 KB'],
    ['  of which compressed text', `${(remembered.textBytesPerArticle / 1024).toFixed(1)} KB`, ''],
  ],
  json,
);
results.remembered = remembered;

log('bench: full analysis…');
const long = syntheticStory(5_000, 5, 1_200);
const longPrepared = prepareCorpus({ version: COMPILED_CORPUS_VERSION, corpus: { ...long.corpus, entities }, index: null });
const [, cold] = time(() => analyze({ text: long.article, language: 'en' }, longPrepared));
const warm: number[] = [];
for (let i = 0; i < 15; i++) warm.push(time(() => analyze({ text: long.article, language: 'en' }, longPrepared))[1]);
const quoteRuns: number[] = [];
for (let i = 0; i < 15; i++) quoteRuns.push(time(() => analyzeQuotes(long.article, { language: 'en', catalog }))[1]);
const seedText = seeds.articles.get('000_cc2cb2b27cb2e02b-1')!.text;
const seedRuns: number[] = [];
for (let i = 0; i < 15; i++) seedRuns.push(time(() => analyze({ text: seedText }, seeds))[1]);
const analyzed = analyze({ text: long.article, language: 'en' }, longPrepared);
printTable(
  'Analysis',
  [
    ['measure', 'median', 'p95', 'goal'],
    ['analyze 5,000 words vs a 5-version story (versions analysed and cached)', ms(quantile(warm, 0.5)), ms(quantile(warm, 0.95)), '≤ 200 ms'],
    ['  same, first call (versions analysed on first use)', ms(cold), '', ''],
    ['quotes + attribution alone, 5,000 words', ms(quantile(quoteRuns, 0.5)), ms(quantile(quoteRuns, 0.95)), '≤ 50 ms'],
    ['analyze a seed article against the seed corpus', ms(quantile(seedRuns, 0.5)), ms(quantile(seedRuns, 0.95)), ''],
  ],
  json,
);
log(`bench: the 5,000-word article found ${analyzed.quotes.length} quotes, ${analyzed.differences.length} differences, story ${analyzed.story?.id ?? 'none'}`);
results.analysis = {
  analyzeWarmMedianMs: quantile(warm, 0.5),
  analyzeWarmP95Ms: quantile(warm, 0.95),
  analyzeColdMs: cold,
  quotesMedianMs: quantile(quoteRuns, 0.5),
  quotesP95Ms: quantile(quoteRuns, 0.95),
  seedAnalyzeMedianMs: quantile(seedRuns, 0.5),
};
log('bench: hostile input at the size limit…');
// The background accepts up to 1,000,000 characters; the engine reads the first MAX_ANALYSED_CHARS.
const HOSTILE_SIZE = 1_000_000;
const hostileRows: string[][] = [['text sent (1,000,000 characters)', 'time to answer', 'characters analysed', 'goal']];
const hostile: Record<string, number> = {};
for (const [name, make] of Object.entries(HOSTILE_TEXTS)) {
  const text = make(HOSTILE_SIZE);
  const [analysis, t] = time(() => analyze({ text, language: 'en' }, seeds));
  hostile[name] = t;
  hostileRows.push([name, ms(t), String(analysis.article.text.length), '≤ 3 s, linear in the text']);
}
printTable(`Hostile input (the engine reads at most ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters)`, hostileRows, json);
results.hostile = hostile;
if (batchArticles > 0) {
  const batch = benchBatch(batchArticles, batchRuns, SEEDS_DIR, log);
  log(`bench: the popup's import and export of the ${batchArticles} articles' pack…`);
  const popup = benchPackTransfer(batch.pack, seeds, entities);
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const n = batchArticles.toLocaleString('en');
  printTable(
    `Many articles at once (${n} synthetic articles, ${batch.stories} stories; one CLI call each, wall clock with start-up, ${batchRuns} run${batchRuns === 1 ? '' : 's'})`,
    [
      ['measure', 'median', 'slowest', 'goal'],
      [`corpus add --manifest: ${n} articles into seeds/ (one index build)`, s(quantile(batch.addMs, 0.5)), s(Math.max(...batch.addMs)), '≤ 60 s'],
      [`corpus pack --manifest: ${n} articles -> pack.json (one index build)`, s(quantile(batch.packMs, 0.5)), s(Math.max(...batch.packMs)), '≤ 60 s'],
      [`readPack: validate + checksum the ${(batch.packBytes / 1e6).toFixed(1)} MB pack`, ms(quantile(batch.readPackMs, 0.5)), ms(Math.max(...batch.readPackMs)), ''],
      [`popup import: read and place the pack's ${n} articles against the seeds (readPackForImport + planPackImport)`, s(quantile(popup.importMs, 0.5)), s(Math.max(...popup.importMs)), ''],
      [`popup export: ${n} reader's articles -> pack text, read back (packOfReaderCorpus + serializePack + readPack)`, ms(quantile(popup.exportMs, 0.5)), ms(Math.max(...popup.exportMs)), ''],
    ],
    json,
  );
  results.batch = {
    articles: batchArticles,
    addMedianMs: quantile(batch.addMs, 0.5),
    packMedianMs: quantile(batch.packMs, 0.5),
    readPackMedianMs: quantile(batch.readPackMs, 0.5),
    packBytes: batch.packBytes,
    popupImportMedianMs: quantile(popup.importMs, 0.5),
    popupExportMedianMs: quantile(popup.exportMs, 0.5),
    runs: batchRuns,
  };
}
if (json) console.log(JSON.stringify(results));
