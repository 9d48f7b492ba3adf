// `npm run train:stories [-- DIR]`: rebuilds src/core/match/grouping-lines.json from ECB+ (default
// ../shared/corpora/ecbplus), bit for bit, reading only the tuning half (odd topics); the
// held-out half (even topics) is never read here.
//
// The grouping's lines (found a story at an average names-weighted link of `found`, names weighted
// by specificity^`namesPower`; groups of up to `smallUpTo` articles join the closest founded story
// at an average same-story score of `join`) are chosen on the tuning half as
// eval:stories splits it (every other article of each event in the corpus, the rest queries).
// Minimised: the matching's cost (a near miss taken as the story costs NEAR_MISS_COST misses) plus
// the grouping's B-cubed F0.5 short of 1 (a merge costs more than a split). The grouping decides
// the matching too: a story that merged two events draws the other event's pages in. A group
// joins a story only at or above the line a page must clear to be shown that story. Lines that
// split or mix the hand-written multilingual story set (stories/story-set-check.ts) are passed over.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../core/corpus/compile.ts';
import type { CorpusArticle, CorpusStory } from '../core/corpus/types.ts';
import { prepareCorpus, readArticle, type PreparedCorpus } from '../core/analyze.ts';
import { groupArticles, groupingLinks, storiesFromGroups, type GroupingLines } from '../core/match/group-stories.ts';
import { findStoryCandidate } from '../core/match/find-story.ts';
import { SAME_STORY_THRESHOLD } from '../core/match/same-story-score.ts';
import { bcubed } from './stories/bcubed.ts';
import { storySetCheck } from './stories/story-set-check.ts';
import { compileEventCorpus, eventCorpusInput, readEventIndex, readEventText, splitEvents, withoutDuplicates, type EventArticle } from './stories/event-corpus.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { quiet: { type: 'boolean', default: false } } });
const dir = positionals[0] ?? resolve(import.meta.dirname, '../../../shared/corpora/ecbplus');
const out = resolve(import.meta.dirname, '../core/match/grouping-lines.json');
const log = (...args: unknown[]) => values.quiet || console.error(...args);

/** A near miss shown as the story is this many times worse than a story not found. */
const NEAR_MISS_COST = 4;
// The names-weighted link (the geometric mean of the score and the names' cosine) runs on its own
// scale: its founding line is looked for around the score's 0.65.
const FOUND = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];
const NAMES_POWER = [1, 2, 3];
const JOIN = [0.55, 0.575, 0.6, 0.625, 0.65].filter((j) => j >= SAME_STORY_THRESHOLD);
const SMALL_UP_TO = [1, 2, 3];

const { kept } = withoutDuplicates(dir, readEventIndex(dir));
const tuning = kept.filter((a) => a.topic % 2 === 1);
const byFile = new Map(tuning.map((a) => [a.file, a]));
const topicOfEvent = new Map(tuning.map((a) => [a.event, a.topic]));
const split = splitEvents(tuning);
const sorted = [...split.corpus].sort((a, b) => (a.file < b.file ? -1 : 1));
const { input, idOf } = eventCorpusInput(dir, sorted);
const read = readCorpus(input);
if (!read.ok) throw new Error('the tuning half does not read as a corpus');
const articles: CorpusArticle[] = read.articles;
const ofDocument = new Map([...idOf].map(([file, id]) => [id, byFile.get(file)!]));
const eventOfArticle = new Map(articles.map((a) => [a.id, ofDocument.get(a.documentId)!]));
const prepared = prepareCorpus(compileEventCorpus(input));
const { links, keys, profiles } = groupingLinks(articles, []);
const queries = split.queries.map((q) => ({ q, profile: readArticle({ text: readEventText(dir, q) }, prepared).profile }));
log(`tuning half: ${articles.length} corpus articles, ${queries.length} queries`);

function withStories(base: PreparedCorpus, stories: CorpusStory[]): PreparedCorpus {
  const storyOfArticle = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  return {
    ...base,
    stories: new Map(stories.map((s) => [s.id, s])),
    storyOfArticle,
    index: { ...base.index, storyIds: base.index.articleIds.map((id) => storyOfArticle.get(id) ?? '') },
  };
}

const keepsStorySet = storySetCheck();
let best: { lines: GroupingLines; total: number } | null = null;
for (const found of FOUND) for (const namesPower of NAMES_POWER) for (const join of JOIN) for (const smallUpTo of SMALL_UP_TO) {
  const lines: GroupingLines = { found, namesPower, join, smallUpTo };
  const name = `found ${found} names^${namesPower} join ${join} small ≤ ${smallUpTo}`;
  if (!keepsStorySet(lines)) {
    log(`${name}: splits or mixes the story set, passed over`);
    continue;
  }
  const stories = storiesFromGroups(articles, groupArticles(profiles, links, (i) => keys[i]!, lines));
  const clusterOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
  const b = bcubed(clusterOf, new Map([...clusterOf.keys()].map((id) => [id, eventOfArticle.get(id)!.event])));
  const f05 = (1.25 * b.precision * b.recall) / (0.25 * b.precision + b.recall);
  const grouped = withStories(prepared, stories);
  const storyEvent = new Map(stories.map((s) => [s.id, majority(s.articleIds.map((id) => eventOfArticle.get(id)!.event))]));
  let own = 0;
  let near = 0;
  for (const { q, profile } of queries) {
    const found = findStoryCandidate(profile, grouped);
    const event = found ? storyEvent.get(found.storyId)! : null;
    if (event === q.event) own++;
    else if (event !== null && topicOfEvent.get(event) === q.topic) near++;
  }
  const n = queries.length;
  const total = (n - own + (NEAR_MISS_COST - 1) * near) / n + (1 - f05);
  log(`${name}: grouping P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}; own ${(own / n).toFixed(3)} near miss ${(near / n).toFixed(3)}; total ${total.toFixed(3)}`);
  if (!best || total < best.total - 1e-12) best = { lines, total };
}
log(`chosen: ${JSON.stringify(best!.lines)}`);
writeFileSync(out, `${JSON.stringify({ chosenOn: 'ECB+ tuning half (odd topics), by src/cli/train-stories.ts', ...best!.lines }, null, 2)}\n`);
log(`wrote ${out}`);

function majority(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
