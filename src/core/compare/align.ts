// Sentence alignment between two versions of a story. Each sentence here is paired with the
// sentence there that says the same thing (or with two adjacent ones, when one version splits
// what the other says in one sentence). Order is not assumed: rewrites reorder freely.

import type { SentenceInfo } from './analysed-text.ts';

export interface SentencePair {
  here: number;
  there: number[];
  score: number;
}

export interface SentenceAlignment {
  pairs: SentencePair[];
  /** Best similarity of each sentence here to any sentence there. */
  bestHere: number[];
  /** Best similarity of each sentence there to any sentence here. */
  bestThere: number[];
}

/** A sentence pair below this says different things. */
export const ALIGN_THRESHOLD = 0.3;

const NAME_WEIGHT = 2;
const FIGURE_WEIGHT = 1.5;

const weights = new WeakMap<SentenceInfo, number>();
function weightOf(s: SentenceInfo): number {
  let w = weights.get(s);
  if (w === undefined) {
    w = 0;
    for (const v of s.stems.values()) w += v;
    w += s.names.size * NAME_WEIGHT + s.figures.length * FIGURE_WEIGHT;
    weights.set(s, w);
  }
  return w;
}

/** Weighted Dice overlap of two sentences' words, names and figures. */
export function sentenceSimilarity(a: SentenceInfo, b: SentenceInfo): number {
  let sharedWords = 0;
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  for (const [k, v] of small) {
    const u = large.get(k);
    if (u !== undefined) sharedWords += Math.min(u, v);
  }
  let shared = sharedWords;
  for (const n of a.names) if (b.names.has(n)) shared += NAME_WEIGHT;
  const values = new Set(b.figures.map((f) => f.value));
  for (const f of a.figures) if (values.has(f.value)) shared += FIGURE_WEIGHT;
  const total = weightOf(a) + weightOf(b);
  if (total === 0) return 0;
  // Naming the same people is not saying the same thing: without a shared word, half credit.
  return ((2 * shared) / total) * (sharedWords >= 0.5 ? 1 : 0.5);
}

function merged(a: SentenceInfo, b: SentenceInfo): SentenceInfo {
  const stems = new Map(a.stems);
  for (const [k, v] of b.stems) stems.set(k, Math.max(stems.get(k) ?? 0, v));
  return {
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    stems,
    names: new Set([...a.names, ...b.names]),
    figures: [...a.figures, ...b.figures],
    quotes: [...a.quotes, ...b.quotes],
    wordCount: a.wordCount + b.wordCount,
  };
}

/** Which sentences there share at least one word, name or figure with each sentence: only those can be similar. */
function sharingPartners(here: SentenceInfo[], there: SentenceInfo[]): number[][] {
  const postings = new Map<string, number[]>();
  const post = (key: string, j: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [j]);
    else if (list[list.length - 1] !== j) list.push(j);
  };
  // Words common in news ("said", "officials") alone never make two sentences similar enough.
  there.forEach((s, j) => {
    for (const [k, v] of s.stems) if (v >= 1) post(`w${k}`, j);
    for (const n of s.names) post(`n${n}`, j);
    for (const f of s.figures) post(`#${f.value}`, j);
  });
  return here.map((s) => {
    const partners = new Set<number>();
    const add = (key: string) => {
      for (const j of postings.get(key) ?? []) partners.add(j);
    };
    for (const [k, v] of s.stems) if (v >= 1) add(`w${k}`);
    for (const n of s.names) add(`n${n}`);
    for (const f of s.figures) add(`#${f.value}`);
    return [...partners];
  });
}

export function alignSentences(here: SentenceInfo[], there: SentenceInfo[]): SentenceAlignment {
  const bestHere = new Array<number>(here.length).fill(0);
  const bestThere = new Array<number>(there.length).fill(0);
  const bestIndex = new Array<number>(here.length).fill(-1);
  const sims: Float32Array[] = [];
  const partners = sharingPartners(here, there);
  for (let i = 0; i < here.length; i++) {
    const row = new Float32Array(there.length);
    for (const j of partners[i]!) {
      const s = sentenceSimilarity(here[i]!, there[j]!);
      row[j] = s;
      if (s > bestHere[i]!) [bestHere[i], bestIndex[i]] = [s, j];
      if (s > bestThere[j]!) bestThere[j] = s;
    }
    sims.push(row);
  }
  const pairs: SentencePair[] = [];
  for (let i = 0; i < here.length; i++) {
    const j = bestIndex[i]!;
    if (j < 0 || bestHere[i]! < ALIGN_THRESHOLD) continue;
    const group = [j];
    let score = bestHere[i]!;
    // One here-sentence may say what two adjacent there-sentences say.
    for (const k of [j - 1, j + 1]) {
      if (k < 0 || k >= there.length || sims[i]![k]! < 0.2) continue;
      const combined = sentenceSimilarity(here[i]!, merged(there[group[0]!]!, there[k]!));
      if (combined > score + 0.05) {
        group.push(k);
        score = combined;
      }
    }
    group.sort((a, b) => a - b);
    pairs.push({ here: i, there: group, score });
  }
  return { pairs, bestHere, bestThere };
}
