// Content-script speed budgets, measured in headless Chromium with the e2e build:
//   main-thread work on a 5,000-word article (median of runs; longest task), highlighting 500 ranges,
//   content-script bundle size (gzip), background cold start to first reply;
// and, in Chromium and Firefox, the hostile demo page (50,000 nodes, rewritten every 100 ms): the
//   longest slice of Parallax's work and the longest blocking period (Chromium's long tasks,
//   Firefox's heartbeat gaps) overlapping one, over several loads.
// Usage: npm run -s build:e2e && npx tsx scripts/bench-content.ts [--runs 7] [--hostile-runs 5]
//          [--no-firefox] [--hostile-only] [--json]
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PAGES, startDemoServer } from './demo-server.ts';
import { ChromiumBrowser } from '../tests/e2e/harness/chromium.ts';
import { FirefoxBrowser } from '../tests/e2e/harness/firefox.ts';
import type { TestBrowser } from '../tests/e2e/harness/driver.ts';
import { E2E_BUILDS, popupPath } from '../tests/e2e/harness/paths.ts';
import { settledState } from '../tests/e2e/harness/page-probes.ts';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const EXT = resolve('dist/e2e/chrome');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const HOSTILE_RUNS = Number(args[args.indexOf('--hostile-runs') + 1]) || 5;
const HOSTILE_ONLY = args.includes('--hostile-only');
const JSON_OUT = args.includes('--json');
const log = (line: string) => console.error(line);

// A long article in words of our own, with quotes and names, deterministic.
function makeArticle(words: number): string {
  const people = ['Mara Lindqvist', 'Tobias Reed', 'Amina Diallo', 'Jonas Weber', 'Priya Natarajan'];
  const nouns = ['council', 'budget', 'harbour', 'ferry', 'bridge', 'union', 'ministry', 'report', 'vote', 'plan', 'district', 'school', 'tram', 'hospital', 'port'];
  const verbs = ['approved', 'delayed', 'questioned', 'backed', 'rejected', 'reviewed', 'announced', 'funded'];
  let seed = 7;
  const pick = <T>(list: T[]) => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const who = pick(people);
      const sentence = s % 2 === 0
        ? `The ${pick(nouns)} ${pick(verbs)} the ${pick(nouns)} after the ${pick(nouns)} ${pick(verbs)} a new ${pick(nouns)} for the ${pick(nouns)}.`
        : `"We have ${pick(verbs)} the ${pick(nouns)} and the ${pick(nouns)} will follow," ${who} said on Monday.`;
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.map((p) => `<p>${p}</p>`).join('\n');
}

const page5k = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council approves harbour plan</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Bench Gazette">
<meta property="article:published_time" content="2027-05-04T09:00:00Z"></head><body><nav><a href="/">Home</a></nav>
<article><h1>City council approves harbour plan</h1>${makeArticle(5000)}</article><footer>Bench Gazette</footer></body></html>`;

const server = createServer((_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(page5k);
}).listen(0);
const port = (server.address() as AddressInfo).port;

async function launch(): Promise<{ ctx: BrowserContext; id: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return { ctx, id: new URL(sw.url()).host, dir };
}

async function loadAndMeasure(page: Page, path: string) {
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.waitForFunction(() => { const s = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'))?.getAttribute('data-px-state'); return s && s !== 'loading'; }, null, { timeout: 60_000 });
  return page.evaluate(() => {
    // Sliced steps leave one measure per slice: a step's time is their sum.
    const m: Record<string, number> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith('px:')) m[e.name] = (m[e.name] ?? 0) + e.duration;
    const tasks = (window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? [];
    // Long tasks during Parallax's steps (the page's own parsing and first layout are not ours).
    const ours = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('px:') && e.name !== 'px:total' && e.name !== 'px:analyze-wait');
    const overlapping = tasks.filter((t) => ours.some((e) => t.start < e.startTime + e.duration && e.startTime < t.start + t.duration));
    const longest = Math.max(0, ...overlapping.map((t) => t.duration));
    const longestAny = Math.max(0, ...tasks.map((t) => t.duration));
    return { m, longest, longestAny, annotations: Number([...document.documentElement.children].find((e) => e.localName.startsWith('px-'))?.getAttribute('data-px-annotations') ?? 0) };
  });
}

interface HostileRun {
  state: string;
  /** Longest single measure of each synchronous step (its longest slice). */
  longestSlice: Record<string, number>;
  /** Sum of each step's measures (its main-thread time). */
  stepTotals: Record<string, number>;
  /** Longest blocking period (long task or heartbeat gap) overlapping a Parallax slice. */
  longestBlockingOverlap: number;
  source: string;
}

interface HostileSummary {
  runs: number;
  states: string[];
  longestSliceMs: number;
  longestBlockingDuringParallaxMs: number;
  blockingOver50: number;
  stepTotalsMedianMs: Record<string, number>;
  longestSliceByStepMs: Record<string, number>;
}

/** What the hostile page recorded: px: measures and blocking periods (see page-probe.js). */
function hostileRecord(): Omit<HostileRun, 'state'> {
  const probe = (window as unknown as { __pxDemo: { longTaskApi: boolean; longTasks: { start: number; duration: number }[]; gaps: { start: number; duration: number }[] } }).__pxDemo;
  const sync = ['px:detect', 'px:extract', 'px:anchor', 'px:highlight'];
  const measures = performance.getEntriesByType('measure').filter((m) => sync.includes(m.name));
  const longestSlice: Record<string, number> = {};
  const stepTotals: Record<string, number> = {};
  for (const m of measures) {
    longestSlice[m.name] = Math.max(longestSlice[m.name] ?? 0, m.duration);
    stepTotals[m.name] = (stepTotals[m.name] ?? 0) + m.duration;
  }
  // Firefox accepts an observer for 'longtask' without error but never reports one: ask which
  // entry types the browser supports, and fall back on the page's heartbeat gaps.
  const longTaskApi = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? probe.longTaskApi;
  const blocking = longTaskApi ? probe.longTasks : probe.gaps;
  const overlapping = blocking.filter((b) => measures.some((m) => b.start < m.startTime + m.duration && m.startTime < b.start + b.duration));
  return { longestSlice, stepTotals, longestBlockingOverlap: Math.max(0, ...overlapping.map((b) => b.duration)), source: longTaskApi ? 'longtask' : 'heartbeat' };
}

async function hostileRuns(name: 'chromium' | 'firefox'): Promise<HostileSummary> {
  const build = E2E_BUILDS[name];
  const demo = await startDemoServer();
  const browser: TestBrowser = name === 'chromium' ? await ChromiumBrowser.launch(build, popupPath(build)) : await FirefoxBrowser.launch(build, popupPath(build));
  const runs: HostileRun[] = [];
  try {
    for (let i = 0; i < HOSTILE_RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(demo.url(DEMO_PAGES.hostile));
      await page.bringToFront();
      const state = String(await page.waitFor(settledState, undefined, 60_000));
      runs.push({ state, ...(await page.evaluate(hostileRecord)) });
      await page.close();
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  const steps = [...new Set(runs.flatMap((r) => Object.keys(r.stepTotals)))];
  const blocking = runs.map((r) => r.longestBlockingOverlap);
  return {
    runs: runs.length,
    states: runs.map((r) => r.state),
    longestSliceMs: round(Math.max(0, ...runs.flatMap((r) => Object.values(r.longestSlice)))),
    longestBlockingDuringParallaxMs: round(Math.max(0, ...blocking)),
    blockingOver50: blocking.filter((b) => b > 50).length,
    stepTotalsMedianMs: Object.fromEntries(steps.map((k) => [k, round(median(runs.map((r) => r.stepTotals[k] ?? 0)))])),
    longestSliceByStepMs: Object.fromEntries(steps.map((k) => [k, round(Math.max(0, ...runs.map((r) => r.longestSlice[k] ?? 0)))])),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

async function hostileAll(): Promise<Record<string, HostileSummary>> {
  const hostile: Record<string, HostileSummary> = {};
  for (const name of ['chromium', 'firefox'] as const) {
    if (name === 'firefox' && args.includes('--no-firefox')) continue;
    log(`hostile page in ${name}…`);
    hostile[name] = await hostileRuns(name);
  }
  return hostile;
}

if (HOSTILE_ONLY) {
  server.close();
  const hostile = await hostileAll();
  if (JSON_OUT) console.log(JSON.stringify({ hostile }));
  else console.dir({ hostile }, { depth: 4 });
  process.exit(0);
}

const { ctx, id, dir } = await launch();
try {
  await ctx.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  });
  const page = await ctx.newPage();
  // 1. Main-thread work on a 5,000-word page (the analysis itself runs in the background).
  const runs: Awaited<ReturnType<typeof loadAndMeasure>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadAndMeasure(page, `/article-${i}`));
  const work = runs.map((r) => (r.m['px:detect'] ?? 0) + (r.m['px:extract'] ?? 0) + (r.m['px:anchor'] ?? 0) + (r.m['px:highlight'] ?? 0));
  // 2. Highlighting 500 ranges: the page's own Highlight API cost for 500 ranges over this text.
  const highlight500 = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    const ranges: Range[] = [];
    for (let n = walker.nextNode(); n && ranges.length < 500; n = walker.nextNode()) {
      const text = n as Text;
      for (let at = 0; at + 8 <= text.data.length && ranges.length < 500; at += 40) {
        const r = document.createRange();
        r.setStart(text, at);
        r.setEnd(text, at + 8);
        ranges.push(r);
      }
    }
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      CSS.highlights.set('px-bench', new Highlight(...ranges));
      void document.body.offsetHeight;
      times.push(performance.now() - t0);
      CSS.highlights.delete('px-bench');
    }
    return { ranges: ranges.length, ms: times.sort((a, b) => a - b)[4]! };
  });
  // 3. Background cold start: stop the worker, then time the popup's first message.
  const popupPath = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8')).action.default_popup as string;
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${id}/${popupPath}?tab=0`);
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cdp = await ctx.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.waitForTimeout(200);
    cold.push(await popup.evaluate(async () => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'getTabState', tabId: 0 });
      return performance.now() - t0;
    }));
    await cdp.detach();
  }
  const bundle = readFileSync(join(EXT, 'src/content/index.js'));
  await ctx.close();
  const hostile = await hostileAll();
  const result = {
    mainThreadMedianMs: round(median(work)),
    mainThreadRunsMs: work.map(round),
    longestTaskDuringParallaxMs: round(Math.max(...runs.map((r) => r.longest))),
    longestTaskAnyMs: round(Math.max(...runs.map((r) => r.longestAny))),
    steps: Object.fromEntries(Object.keys(runs[0]!.m).map((k) => [k, round(median(runs.map((r) => r.m[k] ?? 0)))])),
    annotationsOnPage: runs[0]!.annotations,
    highlight500Ms: round(highlight500.ms),
    highlightRanges: highlight500.ranges,
    contentBundleKb: round(bundle.length / 1024),
    contentBundleGzipKb: round(gzipSync(bundle).length / 1024),
    backgroundColdStartMedianMs: round(median(cold)),
    hostile,
  };
  if (JSON_OUT) console.log(JSON.stringify(result));
  else console.dir(result, { depth: 4 });
} finally {
  await ctx.close().catch(() => undefined);
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
