// The same-story index: compact profiles of every corpus article plus inverted lists from
// feature to articles, so that a lookup touches only articles sharing specific features with
// the query (sub-linear in the corpus size), then scores a handful of candidates in full.

import type { ArticleProfile } from './profile.ts';
import {
  compactProfile,
  featureHash,
  FIGURES_PER_ARTICLE,
  PERSONS_PER_ARTICLE,
  personHash,
  protagonistKeys,
  QUOTE_SAMPLE,
  type CompactProfile,
} from './compact-profile.ts';
import { hash32 } from './hash.ts';
import { sameStoryEvidence, type QueryProfile, type SameStoryEvidence } from './same-story-score.ts';

/**
 * Every article's compact profile packed into flat arrays (article i's features are
 * `hashes[featureOffsets[i]..featureOffsets[i+1]]`), so that loading is a few decodes and no
 * per-article objects; `profileAt` makes a view for the few articles a lookup scores.
 */
export interface StoryIndex {
  articleIds: string[];
  storyIds: string[];
  featureOffsets: Uint32Array;
  hashes: Uint32Array;
  weights: Uint8Array;
  persons: Uint32Array;
  quotes: Uint32Array;
  figures: Uint32Array;
  days: Int32Array;
  datelines: Uint32Array;
  /** Inverted lists in compressed-row form: sorted feature hashes, their offsets into `docs`. */
  keys: Uint32Array;
  offsets: Uint32Array;
  docs: Uint32Array;
}

export function profileAt(index: StoryIndex, doc: number): CompactProfile {
  const from = index.featureOffsets[doc]!;
  const to = index.featureOffsets[doc + 1]!;
  return {
    hashes: index.hashes.subarray(from, to),
    weights: index.weights.subarray(from, to),
    persons: index.persons.subarray(doc * PERSONS_PER_ARTICLE, (doc + 1) * PERSONS_PER_ARTICLE),
    quotes: index.quotes.subarray(doc * QUOTE_SAMPLE, (doc + 1) * QUOTE_SAMPLE),
    figures: index.figures.subarray(doc * FIGURES_PER_ARTICLE, (doc + 1) * FIGURES_PER_ARTICLE),
    day: index.days[doc]!,
    dateline: index.datelines[doc]!,
  };
}

function pack(profiles: CompactProfile[]): Omit<StoryIndex, 'articleIds' | 'storyIds' | 'keys' | 'offsets' | 'docs'> {
  const n = profiles.length;
  const featureOffsets = new Uint32Array(n + 1);
  profiles.forEach((p, i) => (featureOffsets[i + 1] = featureOffsets[i]! + p.hashes.length));
  const hashes = new Uint32Array(featureOffsets[n]!);
  const weights = new Uint8Array(featureOffsets[n]!);
  const persons = new Uint32Array(n * PERSONS_PER_ARTICLE);
  const quotes = new Uint32Array(n * QUOTE_SAMPLE);
  const figures = new Uint32Array(n * FIGURES_PER_ARTICLE);
  const days = new Int32Array(n);
  const datelines = new Uint32Array(n);
  profiles.forEach((p, i) => {
    hashes.set(p.hashes, featureOffsets[i]!);
    weights.set(p.weights, featureOffsets[i]!);
    persons.set(p.persons, i * PERSONS_PER_ARTICLE);
    quotes.set(p.quotes, i * QUOTE_SAMPLE);
    figures.set(p.figures, i * FIGURES_PER_ARTICLE);
    days[i] = p.day;
    datelines[i] = p.dateline;
  });
  return { featureOffsets, hashes, weights, persons, quotes, figures, days, datelines };
}

export interface IndexEntry {
  articleId: string;
  storyId: string;
  profile: ArticleProfile;
}

/** Specificity: rare features say more about which story an article tells. */
export function idfFrom(df: number, n: number): number {
  return Math.log(1 + (n + 4) / (df + 1));
}

export function buildStoryIndex(entries: IndexEntry[]): StoryIndex {
  const n = entries.length;
  const df = new Map<string, number>();
  for (const e of entries) for (const key of e.profile.features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const profiles = entries.map((e) => compactProfile(e.profile, (key, w) => w * idfFrom(df.get(key) ?? 0, n)));
  return packStoryIndex(entries.map((e, i) => ({ articleId: e.articleId, storyId: e.storyId, profile: profiles[i]! })));
}

export interface CompactEntry {
  articleId: string;
  storyId: string;
  profile: CompactProfile;
}

/** An index over profiles already made compact (e.g. kept with remembered articles). */
export function packStoryIndex(entries: CompactEntry[]): StoryIndex {
  const packed = pack(entries.map((e) => e.profile));
  return { articleIds: entries.map((e) => e.articleId), storyIds: entries.map((e) => e.storyId), ...packed, ...invert(packed.hashes, packed.featureOffsets) };
}

/** The index with more articles after its own (linear in the total: no profile is made again). */
export function extendStoryIndex(index: StoryIndex, added: CompactEntry[]): StoryIndex {
  if (added.length === 0) return index;
  const existing = index.articleIds.map((articleId, doc) => ({ articleId, storyId: index.storyIds[doc]!, profile: profileAt(index, doc) }));
  return packStoryIndex([...existing, ...added]);
}

/** An article's compact profile as this index would keep it: its features ranked by weight × specificity here. */
export function compactAgainst(profile: ArticleProfile, index: StoryIndex): CompactProfile {
  const n = index.articleIds.length + 1;
  return compactProfile(profile, (key, w) => w * idfFrom(documentFrequency(index, featureHash(key)) + 1, n));
}

function invert(hashes: Uint32Array, featureOffsets: Uint32Array): Pick<StoryIndex, 'keys' | 'offsets' | 'docs'> {
  const total = hashes.length;
  const pairs = new Float64Array(total);
  // Pack (hash, doc) into one sortable number: hash * 2^21 + doc keeps both exact below 2^53.
  for (let doc = 0; doc + 1 < featureOffsets.length; doc++) {
    for (let i = featureOffsets[doc]!; i < featureOffsets[doc + 1]!; i++) pairs[i] = hashes[i]! * 2 ** 21 + doc;
  }
  pairs.sort();
  const keys: number[] = [];
  const offsets: number[] = [];
  const docs = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    const h = Math.floor(pairs[i]! / 2 ** 21);
    docs[i] = pairs[i]! - h * 2 ** 21;
    if (keys.length === 0 || keys[keys.length - 1] !== h) {
      keys.push(h);
      offsets.push(i);
    }
  }
  offsets.push(total);
  return { keys: Uint32Array.from(keys), offsets: Uint32Array.from(offsets), docs };
}

function findKey(keys: Uint32Array, h: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = keys[mid]!;
    if (v === h) return mid;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function documentFrequency(index: StoryIndex, h: number): number {
  const k = findKey(index.keys, h);
  return k < 0 ? 0 : index.offsets[k + 1]! - index.offsets[k]!;
}

export function toQueryProfile(profile: ArticleProfile): QueryProfile {
  const features = new Map<number, number>();
  for (const [key, w] of profile.features) features.set(featureHash(key), w);
  return {
    features,
    persons: new Set(protagonistKeys(profile).map(personHash)),
    quoteGrams: new Set([...profile.quoteGrams].map((g) => hash32(g) || 1)),
    figures: new Set([...profile.figures].map((f) => hash32(`#:${f}`) || 1)),
    day: profile.day,
    dateline: profile.dateline ? featureHash(profile.dateline) : 0,
  };
}

export interface Candidate {
  doc: number;
  articleId: string;
  storyId: string;
  evidence: SameStoryEvidence;
}

/** Lists longer than this share of the corpus are too common to find candidates with. */
const COMMON_FEATURE_SHARE = 0.05;
const FEATURES_PER_QUERY = 64;
const CANDIDATES_SCORED = 24;

export function findCandidates(index: StoryIndex, query: QueryProfile): Candidate[] {
  const n = index.articleIds.length;
  if (n === 0) return [];
  const idf = (h: number) => idfFrom(documentFrequency(index, h), n);
  // The query's most telling features: weight × specificity.
  const ranked: { h: number; score: number; k: number }[] = [];
  for (const [h, w] of query.features) {
    const k = findKey(index.keys, h);
    if (k < 0) continue;
    const df = index.offsets[k + 1]! - index.offsets[k]!;
    if (n > 50 && df > n * COMMON_FEATURE_SHARE) continue;
    ranked.push({ h, score: w * idfFrom(df, n), k });
  }
  ranked.sort((a, b) => b.score - a.score);
  // Rough scores in a flat array: a lookup touches thousands of postings on a large corpus.
  const rough = new Float32Array(n);
  const touched: number[] = [];
  for (const { score, k } of ranked.slice(0, FEATURES_PER_QUERY)) {
    for (let i = index.offsets[k]!; i < index.offsets[k + 1]!; i++) {
      const doc = index.docs[i]!;
      if (rough[doc] === 0) touched.push(doc);
      rough[doc] = rough[doc]! + score;
    }
  }
  return touched
    .sort((a, b) => rough[b]! - rough[a]!)
    .slice(0, CANDIDATES_SCORED)
    .map((doc) => ({
      doc,
      articleId: index.articleIds[doc]!,
      storyId: index.storyIds[doc]!,
      evidence: sameStoryEvidence(query, profileAt(index, doc), idf),
    }))
    .sort((a, b) => b.evidence.score - a.evidence.score);
}

/** Every article scored, for the brute-force baseline in the benchmark. */
export function scoreAll(index: StoryIndex, query: QueryProfile): Candidate[] {
  const n = index.articleIds.length;
  const idf = (h: number) => idfFrom(documentFrequency(index, h), n);
  return index.articleIds
    .map((articleId, doc) => ({ doc, articleId, storyId: index.storyIds[doc]!, evidence: sameStoryEvidence(query, profileAt(index, doc), idf) }))
    .sort((a, b) => b.evidence.score - a.evidence.score);
}
