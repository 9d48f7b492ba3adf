// `npm run bench:browser` (its last part, or alone: `tsx scripts/bench-remember.ts`): "remember
// what I read" in headless Chromium with the e2e build. Serves synthetic article pages (each a
// different story, the core bench's generator) from 127.0.0.1, reads each with remembering off,
// then again with it on, and compares the long tasks the pages saw (remembering runs in the
// background: it must add none); then the extension origin's storage (navigator.storage.estimate)
// per remembered article, and what the store counts per record.
//   --pages N   how many pages (default 30)   --no-build   --json
import { execFileSync } from 'node:child_process';
import { startDemoServer } from './demo-server.ts';
import { ChromiumBrowser } from '../tests/e2e/harness/chromium.ts';
import { E2E_BUILDS, popupPath, ROOT } from '../tests/e2e/harness/paths.ts';
import { syntheticCorpus } from '../src/cli/bench/synthetic-corpus.ts';
import { printTable } from '../src/cli/table.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const wanted = Number(args[args.indexOf('--pages') + 1] ?? NaN) || 30;
const log = (line: string) => console.error(line);
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (!args.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

// One version of each of `count` stories: none is in the bundled corpus, so each is remembered.
const { corpus } = syntheticCorpus({ articles: wanted * 5, seed: 99 });
const firsts = corpus.stories.slice(0, wanted).map((s) => corpus.articles.find((a) => a.id === s.articleIds[0])!);
const count = firsts.length;
const page = (a: (typeof firsts)[number], i: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(a.title)}</title>
<meta property="og:site_name" content="Bench Outlet ${i % 5}"><meta property="article:published_time" content="2025-06-0${1 + (i % 9)}"></head>
<body><article><h1>${escape(a.title)}</h1>${a.text.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('')}</article>
<script src="/assets/page-probe.js"></script></body></html>`;
const routes = Object.fromEntries(firsts.map((a, i) => [`/bench/${i}.html`, page(a, i)]));

const server = await startDemoServer({ extraRoutes: routes });
const build = E2E_BUILDS.chromium;
const browser = await ChromiumBrowser.launch(build, popupPath(build));
try {
  const ext = await browser.openExtensionPage(popupPath(build));
  const send = (message: object) => ext.evaluate(async (m: object) => ((globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage(m)), message) as Promise<Record<string, unknown>>;
  const estimate = () => ext.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const remembered = async () => ((await send({ type: 'listRemembered' })) as { usage: { count: number; bytes: number } }).usage;

  async function readAll(on: boolean, query: string): Promise<number[]> {
    await send({ type: 'setRemember', site: '127.0.0.1', on });
    const longTasks: number[] = [];
    for (let i = 0; i < firsts.length; i++) {
      const tab = await browser.newPage();
      const before = on ? (await remembered()).count : 0;
      await tab.goto(server.url(`/bench/${i}.html${query}`));
      await tab.waitFor(() => {
        const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
        const state = host?.getAttribute('data-px-state');
        return state === 'ready' || state === 'empty';
      }, undefined, 30_000);
      if (on) {
        const deadline = Date.now() + 30_000;
        while ((await remembered()).count <= before && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
      }
      // A frame for anything the page still had queued.
      await tab.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100))));
      const tasks = await tab.evaluate(() => ((window as unknown as { __pxDemo?: { longTasks: { duration: number }[] } }).__pxDemo?.longTasks ?? []).filter((t) => t.duration >= 50).length);
      longTasks.push(tasks);
      await tab.close();
    }
    return longTasks;
  }

  log(`bench-remember: ${count} pages with remembering off…`);
  const off = await readAll(false, '?off');
  const usageBefore = await estimate();
  log(`bench-remember: the same pages with remembering on…`);
  const on = await readAll(true, '?on');
  const usageAfter = await estimate();
  const kept = await remembered();
  await send({ type: 'forgetRemembered', scope: 'all' });
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const results = {
    pages: count,
    longTasksOff: sum(off),
    longTasksOn: sum(on),
    remembered: kept.count,
    estimateBytesPerArticle: (usageAfter - usageBefore) / Math.max(1, kept.count),
    recordBytesPerArticle: kept.bytes / Math.max(1, kept.count),
    wordsPerArticle: Math.round(firsts.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / count),
  };
  printTable(
    `Remember what I read (headless Chromium, e2e build, ${count} synthetic articles of ~${results.wordsPerArticle} words)`,
    [
      ['measure', 'remembering off', 'remembering on', 'goal'],
      ['long tasks (≥ 50 ms) seen by the pages', String(results.longTasksOff), String(results.longTasksOn), 'no more with it on'],
      ['articles remembered', '—', String(results.remembered), String(count)],
      ['extension origin storage per article (navigator.storage.estimate)', '—', `${(results.estimateBytesPerArticle / 1024).toFixed(1)} KB`, '≤ 10 KB'],
      ['as the store counts one (compressed text, profile, fields)', '—', `${(results.recordBytesPerArticle / 1024).toFixed(1)} KB`, ''],
    ],
    json,
  );
  if (json) console.log(JSON.stringify(results));
} finally {
  await browser.close();
  await server.close();
}
