// Groups corpus articles into stories, the same whatever order they were added in.
//
// Every pair of articles that may tell one story gets a link: the same-story score, averaged over
// both directions (each side's profile is the query once). Stories then form by average-link
// agglomeration: the two groups whose articles are, on average, most alike merge first, as long
// as that average reaches a founding line. Averages, not the single best link, keep two events of
// one kind apart (two earthquakes, two sackings at one club): their articles share words and
// often people, and some pairs across them score high, but not most.
//
// Averages alone still merge two such events when nearly all their pairs score high (two
// emergency patches by one vendor, a coach fired and later hired by one club). What differs
// between them is their specifics, and those are names and figures: so the links that found
// stories are the geometric mean of the score and the cosine of the two articles' names
// (name-vectors.ts: names and figures, the rarer in the corpus the more they count). A pair must
// then be alike in both to found a story. Names carry across languages, so versions in other
// languages are weighed alike.
//
// That founding line is set high, so that the stories it founds hold one event each. An article
// told from another angle, or too short to link strongly to many, is then left alone or in a
// pair; such a small group joins the founded story whose articles it is, on average, closest to
// by the same-story score itself, when that average reaches a lower bar. Each small group is
// weighed against the founded stories only (never against what else joined them), so the result
// stays free of order.
//
// The result depends only on the articles' texts: ties are broken by a hash of the text, never by
// position. A story's id comes from its founding article (the first of its articles in corpus
// order), as before, so ids stay stable while that article stays in the corpus.

import type { CorpusArticle, CorpusStory } from '../corpus/types.ts';
import type { EntityRecord } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { buildStrictEntityCatalog } from '../entities/strict-catalog.ts';
import { profileArticle } from './article-profile.ts';
import { buildStoryIndex, documentFrequency, findCandidates, idfFrom, profileAt, toQueryProfile, type StoryIndex } from './story-index.ts';
import { SAME_STORY_THRESHOLD, sameStoryEvidence, type QueryProfile } from './same-story-score.ts';
import { hash32 } from './hash.ts';
import { nameCosine, nameVectors, type NameVector } from './name-vectors.ts';
import type { ArticleProfile } from './profile.ts';
import lines from './grouping-lines.json' with { type: 'json' };

export function storyIdFor(foundingArticleId: string): string {
  return `story-${foundingArticleId}`;
}

/** Up to this many articles every pair is scored; beyond, the index picks each article's candidates. */
const SCORE_ALL_UP_TO = 2000;
/**
 * The lines grouping draws (chosen on the tuning half of ECB+ by `npm run train:stories`, kept
 * in grouping-lines.json): a story is founded at an average names-weighted link of `found`
 * (names weighted by specificity^`namesPower`); groups of up to `smallUpTo` articles then join
 * the closest founded story at an average same-story score of `join`, never below the line a
 * page must clear to be shown a story (SAME_STORY_THRESHOLD).
 */
export interface GroupingLines {
  found: number;
  namesPower: number;
  join: number;
  smallUpTo: number;
}

export const GROUPING_LINES: GroupingLines = {
  found: lines.found,
  namesPower: lines.namesPower,
  join: Math.max(SAME_STORY_THRESHOLD, lines.join),
  smallUpTo: lines.smallUpTo,
};

/** Links weaker than this are dropped (they count as 0 in the averages). */
const LINK_FLOOR = 0.05;

export interface Link {
  a: number;
  b: number;
  weight: number;
}

/** Symmetric links between articles that may tell one story. */
function storyLinks(index: StoryIndex, queries: QueryProfile[]): Link[] {
  const n = queries.length;
  const idf = (h: number) => idfFrom(documentFrequency(index, h), n);
  const score = (i: number, j: number) => sameStoryEvidence(queries[i]!, profileAt(index, j), idf).score;
  const pairs = new Set<number>();
  const links: Link[] = [];
  const consider = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    const key = a * n + b;
    if (a === b || pairs.has(key)) return;
    pairs.add(key);
    const weight = (score(a, b) + score(b, a)) / 2;
    if (weight >= LINK_FLOOR) links.push({ a, b, weight });
  };
  if (n <= SCORE_ALL_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) consider(i, j);
  } else {
    for (let i = 0; i < n; i++) for (const c of findCandidates(index, queries[i]!)) consider(i, c.doc);
  }
  return links;
}

/** A max-heap of candidate merges; entries go stale when a side merges (checked on pop). */
class MergeHeap {
  private items: { avg: number; tie: number; a: number; b: number; va: number; vb: number }[] = [];
  push(item: { avg: number; tie: number; a: number; b: number; va: number; vb: number }): void {
    const h = this.items;
    h.push(item);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.above(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop() {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.above(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.above(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
  private above(x: { avg: number; tie: number }, y: { avg: number; tie: number }): boolean {
    return x.avg > y.avg || (x.avg === y.avg && x.tie < y.tie);
  }
}

/** Article indexes grouped by average-link agglomeration over `links`, stopping below `threshold`. */
export function averageLinkGroups(count: number, links: Link[], keyOf: (i: number) => number, threshold: number): number[][] {
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const key: number[] = Array.from({ length: count }, (_, i) => keyOf(i));
  const version = new Array<number>(count).fill(0);
  const alive = new Array<boolean>(count).fill(true);
  // Sum of link weights between two live groups, per group.
  const sums: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, weight } of links) {
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + weight);
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + weight);
  }
  const heap = new MergeHeap();
  const tie = (a: number, b: number) => Math.min(key[a]!, key[b]!) * 4294967296 + Math.max(key[a]!, key[b]!);
  const offer = (a: number, b: number) => {
    const avg = sums[a]!.get(b)! / (members[a]!.length * members[b]!.length);
    if (avg >= threshold) heap.push({ avg, tie: tie(a, b), a, b, va: version[a]!, vb: version[b]! });
  };
  for (let a = 0; a < count; a++) for (const b of sums[a]!.keys()) if (a < b) offer(a, b);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    // Merge b into a.
    members[a]!.push(...members[b]!);
    members[b] = [];
    alive[b] = false;
    key[a] = Math.min(key[a]!, key[b]!);
    version[a]!++;
    for (const [c, s] of sums[b]!) {
      if (c === a) continue;
      sums[a]!.set(c, (sums[a]!.get(c) ?? 0) + s);
      sums[c]!.delete(b);
      sums[c]!.set(a, sums[a]!.get(c)!);
    }
    sums[a]!.delete(b);
    sums[b]!.clear();
    for (const c of sums[a]!.keys()) offer(Math.min(a, c), Math.max(a, c));
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((x, y) => x - y));
}

/** Small groups joined to the founded story they are closest to (average link at least `join`). */
export function joinSmallGroups(groups: number[][], links: Link[], keyOf: (i: number) => number, lines: Pick<GroupingLines, 'join' | 'smallUpTo'>): number[][] {
  const groupOf = new Int32Array(groups.reduce((n, g) => n + g.length, 0));
  groups.forEach((g, k) => g.forEach((i) => (groupOf[i] = k)));
  const founded = groups.map((g) => g.length > lines.smallUpTo);
  // Sum of link weights from each small group to each founded story.
  const sums = new Map<number, Map<number, number>>();
  for (const { a, b, weight } of links) {
    for (const [from, to] of [[groupOf[a]!, groupOf[b]!], [groupOf[b]!, groupOf[a]!]] as const) {
      if (founded[from] || !founded[to]) continue;
      const row = sums.get(from) ?? new Map<number, number>();
      row.set(to, (row.get(to) ?? 0) + weight);
      sums.set(from, row);
    }
  }
  const groupKey = groups.map((g) => Math.min(...g.map(keyOf)));
  const joined = groups.map((g) => [...g]);
  for (const [from, row] of [...sums].sort((x, y) => x[0] - y[0])) {
    let best = -1;
    let bestAverage = lines.join;
    for (const [to, sum] of row) {
      const average = sum / (groups[from]!.length * groups[to]!.length);
      if (average > bestAverage || (average === bestAverage && (best < 0 || groupKey[to]! < groupKey[best]!))) {
        best = to;
        bestAverage = average;
      }
    }
    if (best >= 0) {
      joined[best]!.push(...groups[from]!);
      joined[from] = [];
    }
  }
  return joined.filter((g) => g.length > 0).map((g) => g.sort((x, y) => x - y));
}

/** Each link's same-story score weighed by how far the two articles' names agree: the geometric mean of the two. */
export function namesWeightedLinks(links: Link[], vectors: NameVector[]): Link[] {
  return links.map(({ a, b, weight }) => ({ a, b, weight: Math.sqrt(weight * nameCosine(vectors[a]!, vectors[b]!)) }));
}

/** Stories as grouping draws them: founded by average names-weighted link, then small groups joined by the score. */
export function groupArticles(profiles: ArticleProfile[], links: Link[], keyOf: (i: number) => number, lines: GroupingLines): number[][] {
  const founded = averageLinkGroups(profiles.length, namesWeightedLinks(links, nameVectors(profiles, lines.namesPower)), keyOf, lines.found);
  return joinSmallGroups(founded, links, keyOf, lines);
}

/** The links grouping weighs (same-story scores), the articles' profiles, and the order-free key of every article (a hash of its text). */
export function groupingLinks(articles: CorpusArticle[], entities: EntityRecord[] | EntityCatalog): { links: Link[]; keys: number[]; profiles: ArticleProfile[] } {
  const catalog = Array.isArray(entities) ? buildStrictEntityCatalog(entities) : entities;
  const profiles = articles.map((a) => profileArticle(a, catalog));
  const index = buildStoryIndex(articles.map((a, i) => ({ articleId: a.id, storyId: '', profile: profiles[i]! })));
  return { links: storyLinks(index, profiles.map(toQueryProfile)), keys: articles.map((a) => hash32(a.text)), profiles };
}

/** Stories from groups of article indexes: each named by its founding (first) article. */
export function storiesFromGroups(articles: CorpusArticle[], groups: number[][]): CorpusStory[] {
  return groups
    .sort((x, y) => x[0]! - y[0]!)
    .map((g) => ({ id: storyIdFor(articles[g[0]!]!.id), title: articles[g[0]!]!.title, articleIds: g.map((i) => articles[i]!.id) }));
}

export function groupIntoStories(articles: CorpusArticle[], entities: EntityRecord[] | EntityCatalog, lines: GroupingLines = GROUPING_LINES): CorpusStory[] {
  const { links, keys, profiles } = groupingLinks(articles, entities);
  return storiesFromGroups(articles, groupArticles(profiles, links, (i) => keys[i]!, lines));
}
