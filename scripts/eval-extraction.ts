// Extraction quality and speed on the real pages of ../shared/extraction-benchmark (not part of
// npm test: a reader's clone has no ../shared). Metric, as the benchmark's README defines it:
// token precision/recall/F1 per page (whitespace tokens, shared tokens counted as a multiset),
// averaged over pages.
//   npx tsx scripts/eval-extraction.ts [--json] [--dir PATH] [--show ID] [--dom linkedom|happy-dom]

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { parseHtmlDocument as parseWithLinkedom } from '../src/cli/extract-html.ts';
import { extractArticle } from '../src/core/extract/extract-article.ts';
import { findArticleRoot } from '../src/core/extract/find-article-root.ts';
import { isProbablyArticle } from '../src/core/extract/is-article.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const argValue = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = argValue('--dir') ?? join(import.meta.dirname, '..', '..', 'shared', 'extraction-benchmark');
const show = argValue('--show');
const domName = argValue('--dom') ?? 'linkedom';

// happy-dom stands in for a browser's DOM: the content script runs the same code on the real one.
// One window per page, closed after it: happy-dom keeps every document a window made.
const useHappyDom = domName === 'happy-dom';
const openWindows: Window[] = [];
const closeWindows = () => Promise.all(openWindows.splice(0).map((w) => w.happyDOM.close()));
function parseHtmlDocument(html: string): Document {
  if (!useHappyDom) return parseWithLinkedom(html);
  const window = new Window({ url: 'https://example.com/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  openWindows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

interface Score { p: number; r: number; f1: number }

export function tokenScore(truth: string, predicted: string): Score {
  const t = truth.split(/\s+/u).filter(Boolean);
  const p = predicted.split(/\s+/u).filter(Boolean);
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of p) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  const precision = p.length ? shared / p.length : t.length ? 0 : 1;
  const recall = t.length ? shared / t.length : 1;
  return { p: precision, r: recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

type Variant = { name: string; run: (html: string) => string };

const variants: Variant[] = [
  {
    name: 'Readability 0.6 alone (textContent)',
    run: (html) => new Readability(parseHtmlDocument(html)).parse()?.textContent ?? '',
  },
  {
    name: 'extractArticle, no clean-up',
    run: (html) => extractArticle(parseHtmlDocument(html), { plain: true })?.text ?? '',
  },
  { name: 'extractArticle (whole document)', run: (html) => extractArticle(parseHtmlDocument(html))?.text ?? '' },
  {
    name: 'findArticleRoot + extractArticle',
    run: (html) => {
      const doc = parseHtmlDocument(html);
      const root = findArticleRoot(doc);
      return extractArticle(doc, root ? { root } : {})?.text ?? '';
    },
  },
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function main() {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ids = readdirSync(join(dir, 'html')).map((f) => f.replace(/\.html\.gz$/u, '')).filter((id) => truth[id]).sort();
  const pages = ids.map((id) => ({ id, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
  if (show) {
    const page = pages.find((p) => p.id.startsWith(show));
    if (!page) throw new Error(`no page ${show}`);
    for (const v of variants) console.log(`=== ${v.name}\n${v.run(page.html)}\n`);
    console.log(`=== ground truth\n${truth[page.id]!.articleBody}`);
    return;
  }
  // Variants take turns page by page, so that load from other processes falls on all alike.
  const results = variants.map((v) => ({ name: v.name, scores: [] as Score[], ms: [] as number[] }));
  for (const page of pages) {
    variants.forEach((v, i) => {
      const t0 = performance.now();
      const text = v.run(page.html);
      results[i]!.ms.push(performance.now() - t0);
      results[i]!.scores.push(tokenScore(truth[page.id]!.articleBody, text));
    });
    await closeWindows();
  }
  const table = results.map((r) => ({
    variant: r.name,
    P: mean(r.scores.map((s) => s.p)),
    R: mean(r.scores.map((s) => s.r)),
    F1: mean(r.scores.map((s) => s.f1)),
    medianMs: quantile(r.ms, 0.5),
    p95Ms: quantile(r.ms, 0.95),
  }));
  const plain = results[0]!;
  const ours = results[2]!;
  const worse = pages
    .map((p, i) => ({ id: p.id, plain: plain.scores[i]!.f1, ours: ours.scores[i]!.f1 }))
    .filter((x) => x.ours < x.plain - 0.05);
  let articleCheck = 0;
  for (const p of pages) {
    if (isProbablyArticle(parseHtmlDocument(p.html))) articleCheck++;
    await closeWindows();
  }
  const rootTiming = timeRootScanOnHugePage();

  if (json) {
    console.log(JSON.stringify({ pages: pages.length, dom: domName, table, worse, isProbablyArticle: articleCheck, rootScanOnHugePage: rootTiming }, null, 2));
    return;
  }
  const f = (x: number) => x.toFixed(3);
  console.log(`Extraction benchmark: ${pages.length} pages, ${domName} DOM, times include parsing\n`);
  console.log('| variant | P | R | F1 | median ms | p95 ms |\n|---|---|---|---|---|---|');
  for (const row of table) console.log(`| ${row.variant} | ${f(row.P)} | ${f(row.R)} | ${f(row.F1)} | ${row.medianMs.toFixed(1)} | ${row.p95Ms.toFixed(1)} |`);
  console.log(`\nPages where extractArticle is worse than Readability alone by > 0.05 F1: ${worse.length}`);
  for (const w of worse) console.log(`  ${w.id.slice(0, 12)}  plain ${f(w.plain)}  ours ${f(w.ours)}`);
  console.log(`\nisProbablyArticle: true on ${articleCheck} of ${pages.length} article pages`);
  console.log(`findArticleRoot on a ${rootTiming.nodes}-node page: median ${rootTiming.medianMs.toFixed(2)} ms (${domName})`);
}

/** A synthetic page with ~50,000 nodes: the scan must stay bounded. */
function timeRootScanOnHugePage() {
  const filler = Array.from({ length: 6000 }, (_, i) => `<div class="c${i}"><span>item ${i}</span><a href="#${i}">link</a></div>`).join('');
  const prose = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to count as prose in the census of the page.</p>`).join('');
  const doc = parseHtmlDocument(`<html><body><header>${filler}</header><main><article>${prose}</article></main><footer>${filler}</footer></body></html>`);
  const nodes = doc.querySelectorAll('*').length * 2; // elements and their text nodes
  const ms: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    findArticleRoot(doc);
    ms.push(performance.now() - t0);
  }
  return { nodes, medianMs: quantile(ms, 0.5) };
}

await main();
await closeWindows();
