// `npm run bench:browser`: Parallax's cost on real pages, in headless Chromium with the e2e build.
// Serves the 181 pages of ../shared/extraction-benchmark/html/*.html.gz from 127.0.0.1 (outside
// requests blocked), loads each, and reads the content script's `px:` performance measures and
// long tasks; in the same run it draws the same annotations by wrapping them in <mark> elements
// and compares. Also a 30,000-word synthetic page built from the seeds.
//   --limit N          only the first N pages
//   --synthetic N      bench against the seeds plus N articles of the core bench's synthetic
//                      corpus generator (src/cli/bench/synthetic-corpus.ts), compiled with its
//                      matching index and swapped into a copy of the build (e.g. 10000)
//   --corpus FILE      bench with another compiled corpus swapped in; env PARALLAX_BENCH_CORPUS
//   --no-build         use the existing dist/e2e/chrome
//   --json             one JSON object on stdout instead of the table
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDemoServer } from './demo-server.ts';
import { ChromiumBrowser } from '../tests/e2e/harness/chromium.ts';
import { collectRecord, compareDrawing, installLongTaskObserver, parallaxStatus, type PageRecord, type PageStatus } from '../tests/e2e/harness/bench-probes.ts';
import { pageExpression } from '../tests/e2e/harness/driver.ts';
import { E2E_BUILDS, freshTempDir, popupPath, ROOT } from '../tests/e2e/harness/paths.ts';
import { syntheticArticlePage } from '../tests/e2e/harness/synthetic-page.ts';
import { syntheticCorpus } from '../src/cli/bench/synthetic-corpus.ts';
import { readSeeds } from '../src/cli/corpus-seeds.ts';
import { compileCorpus } from '../src/core/corpus/compile.ts';
import { COMPILED_CORPUS_VERSION, type CompiledCorpus } from '../src/core/corpus/compiled.ts';
import { buildStrictEntityCatalog } from '../src/core/entities/strict-catalog.ts';
import { buildCorpusIndex } from '../src/core/match/corpus-index.ts';
import { serializeStoryIndex } from '../src/core/match/serialize-index.ts';

/** The seeds plus `n` synthetic articles (the core bench's generator), with their index. */
function seedsPlusSynthetic(n: number): CompiledCorpus {
  const seeds = compileCorpus(readSeeds(join(ROOT, 'seeds')));
  if (!seeds.ok) throw new Error('the seeds do not compile: run npm run corpus -- check');
  const { entities, articles, stories } = seeds.compiled.corpus;
  const synthetic = syntheticCorpus({ articles: n, seed: 42 }, entities).corpus;
  const corpus = { entities, articles: [...articles, ...synthetic.articles], stories: [...stories, ...synthetic.stories] };
  const index = serializeStoryIndex(buildCorpusIndex(corpus, buildStrictEntityCatalog(entities)));
  return { version: COMPILED_CORPUS_VERSION, corpus, index };
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const log = (line: string) => console.error(line);
const SHARED = resolve(process.env.PARALLAX_SHARED ?? join(ROOT, '../shared'));
const PAGES_DIR = join(SHARED, 'extraction-benchmark/html');
const PAGE_TIMEOUT = 20_000;

if (!existsSync(PAGES_DIR)) {
  console.error(`No benchmark pages at ${PAGES_DIR}: this bench reads ../shared (set PARALLAX_SHARED to its folder).`);
  process.exit(2);
}
const ids = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .sort()
  .slice(0, Number(option('--limit') ?? Infinity));

if (!args.includes('--no-build')) {
  log('Building the extension (npm run build:e2e)…');
  execFileSync('npm', ['run', '-s', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
}

// A copy of the build, with another corpus swapped in when asked.
const syntheticCount = Number(option('--synthetic') ?? 0);
const corpusFile = option('--corpus') ?? process.env.PARALLAX_BENCH_CORPUS;
const buildCopy = freshTempDir('bench-build');
cpSync(E2E_BUILDS.chromium, buildCopy, { recursive: true });
if (corpusFile) cpSync(resolve(corpusFile), join(buildCopy, 'corpus.json'));
else if (syntheticCount > 0) {
  log(`Compiling the seeds plus ${syntheticCount} synthetic articles…`);
  writeFileSync(join(buildCopy, 'corpus.json'), JSON.stringify(seedsPlusSynthetic(syntheticCount)));
}
const corpus = JSON.parse(readFileSync(join(buildCopy, 'corpus.json'), 'utf8')) as { corpus?: { articles?: unknown[] } };
const corpusArticles = corpus.corpus?.articles?.length ?? 0;

const synthetic = syntheticArticlePage(30_000);
const server = await startDemoServer({
  root: PAGES_DIR,
  resolvePath: (path) => {
    const m = /^\/page\/([0-9a-f]+)\.html$/.exec(path);
    return m ? join(PAGES_DIR, `${m[1]}.html.gz`) : null;
  },
  extraRoutes: { '/synthetic/30000-words.html': synthetic },
});

interface Result {
  id: string;
  status: PageStatus | 'load-failed';
  record: PageRecord | null;
  drawing: { ranges: number; highlightMs: number; wrapMs: number } | null;
}

const browser = await ChromiumBrowser.launch(buildCopy, popupPath(buildCopy));
const results: Result[] = [];
const errors: string[] = [];
let syntheticResult: Result | null = null;
try {
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await browser.context.addInitScript(pageExpression(installLongTaskObserver as never, undefined));
  const page = await browser.newPage();
  const measure = async (id: string, url: string): Promise<Result> => {
    try {
      await page.page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    } catch {
      return { id, status: 'load-failed', record: null, drawing: null };
    }
    let status: PageStatus = 'pending';
    const deadline = Date.now() + PAGE_TIMEOUT;
    while (status === 'pending' && Date.now() < deadline) {
      status = await page.evaluate(parallaxStatus, 1_000).catch(() => 'pending' as const);
      if (status === 'pending') await new Promise((ok) => setTimeout(ok, 100));
    }
    const failed = (what: string) => (error: Error) => {
      errors.push(`${id.slice(0, 12)} ${what}: ${error.message.split('\n')[0]}`);
      return null;
    };
    const record = await page.evaluate(collectRecord).catch(failed('collect'));
    const drawing = status === 'annotated' ? await page.evaluate(compareDrawing).catch(failed('drawing')) : null;
    return { id, status, record, drawing };
  };
  for (const [i, id] of ids.entries()) {
    results.push(await measure(id, server.url(`/page/${id}.html`)));
    if ((i + 1) % 20 === 0) log(`  ${i + 1}/${ids.length} pages`);
  }
  syntheticResult = await measure('synthetic-30000', server.url('/synthetic/30000-words.html'));
} finally {
  await browser.close();
  await server.close();
  rmSync(buildCopy, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const stats = (values: number[]) => ({ n: values.length, median: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values) });
const measured = results.filter((r) => r.record && r.record.mainThread > 0);
const of = (step: string) => measured.map((r) => r.record!.measures[step]).filter((v): v is number => v !== undefined);
const drawn = results.filter((r) => r.drawing);
const counts: Record<string, number> = {};
for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;

const summary = {
  pages: results.length,
  statuses: counts,
  corpus: { file: corpusFile ?? (syntheticCount > 0 ? `seeds + ${syntheticCount} synthetic` : 'bundled (seeds)'), articles: corpusArticles },
  mainThread: stats(measured.map((r) => r.record!.mainThread)),
  detect: stats(of('px:detect')),
  extract: stats(of('px:extract')),
  anchor: stats(of('px:anchor')),
  highlight: stats(of('px:highlight')),
  analyzeWait: stats(of('px:analyze-wait')),
  total: stats(of('px:total')),
  parallaxLongTasks: results.reduce((s, r) => s + (r.record?.parallaxLongTasks ?? 0), 0),
  pagesWithParallaxLongTasks: results.filter((r) => (r.record?.parallaxLongTasks ?? 0) > 0).map((r) => r.id.slice(0, 12)),
  drawing: {
    pages: drawn.length,
    ranges: stats(drawn.map((r) => r.drawing!.ranges)),
    highlightMs: stats(drawn.map((r) => r.drawing!.highlightMs)),
    wrapMs: stats(drawn.map((r) => r.drawing!.wrapMs)),
    ratioOfTotals: drawn.reduce((s, r) => s + r.drawing!.wrapMs, 0) / Math.max(1e-9, drawn.reduce((s, r) => s + r.drawing!.highlightMs, 0)),
  },
  synthetic: syntheticResult,
  errors,
};

if (json) {
  console.log(JSON.stringify(summary));
} else {
  const ms = (v: number) => (Number.isFinite(v) ? (v < 1 ? v.toFixed(2) : v.toFixed(1)).padStart(8) : '       –');
  const row = (label: string, s: ReturnType<typeof stats>) => `${label.padEnd(44)}${ms(s.median)}${ms(s.p95)}${ms(s.max)}   n=${s.n}`;
  const lines = [
    `Parallax in headless Chromium, ${results.length} real article pages, corpus: ${summary.corpus.file} (${corpusArticles} articles)`,
    `pages: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`,
    `${''.padEnd(44)}  median     p95     max  (ms)`,
    row('content-script main thread (sync steps)', summary.mainThread),
    row('  detect (px:detect)', summary.detect),
    row('  extraction (px:extract)', summary.extract),
    row('  anchoring (px:anchor)', summary.anchor),
    row('  highlighting (px:highlight)', summary.highlight),
    row('background time to answer (px:analyze-wait)', summary.analyzeWait),
    row('page view end to end (px:total)', summary.total),
    `long tasks ≥ 50 ms attributable to Parallax: ${summary.parallaxLongTasks}${summary.pagesWithParallaxLongTasks.length ? ` (pages ${summary.pagesWithParallaxLongTasks.join(', ')})` : ''} (goal 0)`,
    `drawing the same annotations, ${drawn.length} pages with ranges (incl. forced style/layout):`,
    row('  ranges per page', summary.drawing.ranges),
    row('  CSS highlights', summary.drawing.highlightMs),
    row('  <mark> wrapping', summary.drawing.wrapMs),
    `  wrapping / highlights (sum over pages): ${summary.drawing.ratioOfTotals.toFixed(1)}× (goal ≥ 10×)`,
  ];
  if (syntheticResult?.record) {
    const r = syntheticResult.record;
    const d = syntheticResult.drawing;
    lines.push(
      `30,000-word synthetic page (${r.words} words, ${syntheticResult.status}): main thread ${r.mainThread.toFixed(1)} ms, ` +
        `extract ${(r.measures['px:extract'] ?? NaN).toFixed(1)}, anchor ${(r.measures['px:anchor'] ?? NaN).toFixed(1)}, ` +
        `highlight ${(r.measures['px:highlight'] ?? NaN).toFixed(1)}, background ${(r.measures['px:analyze-wait'] ?? NaN).toFixed(1)} ms; ` +
        `Parallax long tasks ${r.parallaxLongTasks}; ` +
        (d ? `${d.ranges} ranges: highlights ${d.highlightMs.toFixed(2)} ms vs wrapping ${d.wrapMs.toFixed(1)} ms (${(d.wrapMs / Math.max(0.005, d.highlightMs)).toFixed(0)}×)` : 'no ranges drawn'),
    );
  }
  if (errors.length) lines.push(`probe errors on ${errors.length} pages, first: ${errors[0]}`);
  console.log(lines.join('\n'));
}
