// `npm run eval:stories -- DIR [--json] [--verbose]`: same-story matching and grouping at corpus
// scale on event-labelled articles (`../shared/corpora/ecbplus`). Every other article of each
// event (in file order) is compiled into a corpus, in memory, through the seeds' compile path;
// the rest are analysed against it. Printed:
// - per query: matched to its own event, to the near-miss event of its topic, to any other, none;
// - the stories the compiler grouped, against the events: B-cubed precision, recall and F1;
// - whether the same stories come out when the articles are added in other orders.
// Odd topics are the tuning half (choices were made looking at them), even topics are held out:
// both are printed, with the gap.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, prepareCorpus } from '../core/analyze.ts';
import type { CorpusStory } from '../core/corpus/types.ts';
import { bcubed, type BCubed } from './stories/bcubed.ts';
import { compileEventCorpus, eventCorpusInput, readEventIndex, readEventText, withoutDuplicates, shuffled, splitEvents, type EventArticle } from './stories/event-corpus.ts';
import { printTable } from './table.ts';

type Outcome = 'own' | 'near-miss' | 'other' | 'none';
type Half = 'tuned (odd topics)' | 'held out (even topics)';
const HALVES: Half[] = ['tuned (odd topics)', 'held out (even topics)'];
const halfOf = (topic: number): Half => (topic % 2 === 1 ? HALVES[0]! : HALVES[1]!);

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'index.json'))) {
    console.error('usage: npm run eval:stories -- DIR [--json] [--verbose]   (DIR holds index.json, e.g. ../shared/corpora/ecbplus)');
    process.exit(2);
  }
  const { kept: all, dropped } = withoutDuplicates(dir, readEventIndex(dir));
  const { corpus, queries } = splitEvents(all);
  const byFile = new Map(all.map((a) => [a.file, a]));
  console.error(`eval:stories: compiling ${corpus.length} articles, then analysing ${queries.length}…`);

  const listed = [...corpus].sort((a, b) => (a.file < b.file ? -1 : 1));
  const started = performance.now();
  const { input, idOf } = eventCorpusInput(dir, listed);
  const compiled = compileEventCorpus(input);
  const compileMs = performance.now() - started;
  const prepared = prepareCorpus(compiled);
  const eventOfDocument = new Map([...idOf].map(([file, id]) => [id, byFile.get(file)!]));
  const articleOf = (articleId: string) => eventOfDocument.get(articleId.replace(/-\d+$/, ''))!;

  // The event a story tells: the one most of its articles belong to.
  const storyEvent = new Map<string, string>();
  for (const s of compiled.corpus.stories) storyEvent.set(s.id, majority(s.articleIds.map((id) => articleOf(id).event)));

  const outcomes = new Map<Half, Record<Outcome, number>>(HALVES.map((h) => [h, { own: 0, 'near-miss': 0, other: 0, none: 0 }]));
  const misses: string[] = [];
  const analyseStarted = performance.now();
  for (const q of queries) {
    const analysis = analyze({ text: readEventText(dir, q) }, prepared);
    const event = analysis.story ? storyEvent.get(analysis.story.id)! : null;
    const outcome: Outcome = event === null ? 'none' : event === q.event ? 'own' : byEventTopic(all, event) === q.topic ? 'near-miss' : 'other';
    outcomes.get(halfOf(q.topic))![outcome]++;
    if (verbose && outcome !== 'own' && halfOf(q.topic) === HALVES[0]) {
      misses.push(`${q.file}: ${outcome}${event ? ` (${event}, score ${analysis.story!.score})` : ''}`);
    }
  }
  const analyseMs = performance.now() - analyseStarted;

  const grouping = new Map<Half, BCubed>();
  const clusterOf = storyMap(compiled.corpus.stories);
  const classOf = new Map([...clusterOf.keys()].map((id) => [id, articleOf(id).event]));
  for (const h of HALVES) grouping.set(h, bcubed(clusterOf, classOf, [...clusterOf.keys()].filter((id) => halfOf(articleOf(id).topic) === h)));

  // The same articles added in other orders must make the same stories.
  const orders: [string, EventArticle[]][] = [
    ['reversed', [...listed].reverse()],
    ['shuffled (seed 1)', shuffled(listed, 1)],
  ];
  const orderRows: string[][] = [['order', 'stories', 'articles whose story differs', 'same stories']];
  const reference = partitionByFile(compiled.corpus.stories, eventOfDocument);
  orderRows.push(['file order', String(compiled.corpus.stories.length), '0', '—']);
  const orderReport: Record<string, number> = {};
  for (const [name, order] of orders) {
    const other = eventCorpusInput(dir, order);
    const stories = compileEventCorpus(other.input).corpus.stories;
    const partition = partitionByFile(stories, new Map([...other.idOf].map(([file, id]) => [id, byFile.get(file)!])));
    const differing = [...reference].filter(([file, group]) => partition.get(file) !== group).length;
    orderReport[name] = differing;
    orderRows.push([name, String(stories.length), String(differing), differing === 0 ? 'yes' : 'NO']);
  }

  const rate = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
  const matchRows: string[][] = [['half', 'queries', 'own event', 'near-miss event', 'other event', 'no story', 'goal']];
  const totals: Record<Outcome, number> = { own: 0, 'near-miss': 0, other: 0, none: 0 };
  for (const h of HALVES) {
    const o = outcomes.get(h)!;
    const n = o.own + o['near-miss'] + o.other + o.none;
    for (const k of Object.keys(totals) as Outcome[]) totals[k] += o[k];
    matchRows.push([h, String(n), `${o.own} = ${rate(o.own, n)}`, `${o['near-miss']} = ${rate(o['near-miss'], n)}`, `${o.other} = ${rate(o.other, n)}`, `${o.none} = ${rate(o.none, n)}`, 'own ≥ 0.95, near miss ≤ 0.02']);
  }
  const n = queries.length;
  matchRows.push(['all', String(n), `${totals.own} = ${rate(totals.own, n)}`, `${totals['near-miss']} = ${rate(totals['near-miss'], n)}`, `${totals.other} = ${rate(totals.other, n)}`, `${totals.none} = ${rate(totals.none, n)}`, '']);
  const groupRows: string[][] = [['half', 'corpus articles', 'events', 'stories', 'B-cubed precision', 'recall', 'F1', 'goal']];
  for (const h of HALVES) {
    const g = grouping.get(h)!;
    const ids = [...clusterOf.keys()].filter((id) => halfOf(articleOf(id).topic) === h);
    groupRows.push([h, String(g.items), String(new Set(ids.map((id) => classOf.get(id))).size), String(new Set(ids.map((id) => clusterOf.get(id))).size), g.precision.toFixed(3), g.recall.toFixed(3), g.f1.toFixed(3), 'F1 ≥ 0.9']);
  }
  const overall = bcubed(clusterOf, classOf);
  groupRows.push(['all', String(overall.items), String(new Set(classOf.values()).size), String(compiled.corpus.stories.length), overall.precision.toFixed(3), overall.recall.toFixed(3), overall.f1.toFixed(3), '']);
  const tunedOwn = outcomes.get(HALVES[0]!)!;
  const heldOwn = outcomes.get(HALVES[1]!)!;
  const share = (o: Record<Outcome, number>) => o.own / Math.max(1, o.own + o['near-miss'] + o.other + o.none);

  printTable(`Matching: each query against the corpus (${corpus.length} articles of ${new Set(all.map((a) => a.event)).size} events)`, matchRows, json);
  printTable('Grouping: the corpus\'s stories against the events', groupRows, json);
  printTable('Order: the same articles added in other orders', orderRows, json);
  printTable(
    'Tuned vs held out',
    [
      ['measure', 'tuned', 'held out', 'gap'],
      ['matched to own event', share(tunedOwn).toFixed(3), share(heldOwn).toFixed(3), (share(tunedOwn) - share(heldOwn)).toFixed(3)],
      ['grouping F1', grouping.get(HALVES[0]!)!.f1.toFixed(3), grouping.get(HALVES[1]!)!.f1.toFixed(3), (grouping.get(HALVES[0]!)!.f1 - grouping.get(HALVES[1]!)!.f1).toFixed(3)],
    ],
    json,
  );
  if (!json) console.log(`\ncompile ${(compileMs / 1000).toFixed(1)} s; ${n} analyses ${(analyseMs / 1000).toFixed(1)} s (ECB+ prints no dates: no date evidence is used); ${dropped.length} articles left out as repeats of an earlier text`);
  if (verbose && !json) for (const m of misses) console.log(`  ${m}`);
  if (json) {
    console.log(JSON.stringify({
      matching: Object.fromEntries(outcomes),
      grouping: Object.fromEntries(grouping),
      groupingAll: overall,
      orderDifferences: orderReport,
      compileMs,
      analyseMs,
    }));
  }
}

function byEventTopic(all: EventArticle[], event: string): number {
  return all.find((a) => a.event === event)!.topic;
}

function majority(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function storyMap(stories: CorpusStory[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) out.set(id, s.id);
  return out;
}

/** Article (by source file and position) -> a name for its group that does not depend on ids: the group's first file. */
function partitionByFile(stories: CorpusStory[], articleOfDocument: Map<string, EventArticle>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) {
    const keys = s.articleIds.map((id) => `${articleOfDocument.get(id.replace(/-\d+$/, ''))!.file}#${/-(\d+)$/.exec(id)![1]}`).sort();
    for (const k of keys) out.set(k, keys[0]!);
  }
  return out;
}

main();
