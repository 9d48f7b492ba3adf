// Sentence alignment between two versions of a story. Each sentence here is paired with the
// sentence there that says the same thing (or with two adjacent ones, when one version splits
// what the other says in one sentence). Order is not assumed: rewrites reorder freely.

import type { SentenceInfo } from './analysed-text.ts';
import { hash32 } from '../match/hash.ts';

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

/**
 * A sentence as a sorted list of hashed features with weights, built once: similarity is then a
 * merge of two short sorted arrays (sentences are compared by the thousand).
 */
interface SentenceVector {
  keys: Uint32Array;
  weights: Float32Array;
  /** 1 for a content word, 0 for a name or a figure. */
  isWord: Uint8Array;
  total: number;
}

const vectors = new WeakMap<SentenceInfo, SentenceVector>();

function vectorOf(s: SentenceInfo): SentenceVector {
  let v = vectors.get(s);
  if (v) return v;
  const entries: [number, number, number][] = [];
  for (const [k, w] of s.stems) entries.push([hash32(`w${k}`), w, 1]);
  for (const n of s.names) entries.push([hash32(`n${n}`), NAME_WEIGHT, 0]);
  for (const value of new Set(s.figures.map((f) => f.value))) entries.push([hash32(`#${value}`), FIGURE_WEIGHT, 0]);
  entries.sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const e of entries) total += e[1];
  // Figures repeated in a sentence still weigh once each, as before.
  total += (s.figures.length - new Set(s.figures.map((f) => f.value)).size) * FIGURE_WEIGHT;
  v = {
    keys: Uint32Array.from(entries.map((e) => e[0])),
    weights: Float32Array.from(entries.map((e) => e[1])),
    isWord: Uint8Array.from(entries.map((e) => e[2])),
    total,
  };
  vectors.set(s, v);
  return v;
}

/** Weighted Dice overlap of two sentences' words, names and figures. */
export function sentenceSimilarity(a: SentenceInfo, b: SentenceInfo): number {
  const x = vectorOf(a);
  const y = vectorOf(b);
  const total = x.total + y.total;
  if (total === 0) return 0;
  let sharedWords = 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.keys.length && j < y.keys.length) {
    const ki = x.keys[i]!;
    const kj = y.keys[j]!;
    if (ki < kj) i++;
    else if (kj < ki) j++;
    else {
      const w = Math.min(x.weights[i]!, y.weights[j]!);
      shared += w;
      if (x.isWord[i]) sharedWords += w;
      i++;
      j++;
    }
  }
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
  // A word in a quarter of the sentences there ("Taliban" in a Taliban story) finds everything
  // and tells nothing; sentences that share only such words are not similar enough to matter.
  const common = Math.max(8, there.length / 4);
  return here.map((s) => {
    const partners = new Set<number>();
    const add = (key: string) => {
      const list = postings.get(key);
      if (list && list.length <= common) for (const j of list) partners.add(j);
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
