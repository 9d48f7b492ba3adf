// The same-story index: compact profiles of every corpus article plus inverted lists from
// feature to articles, so that a lookup touches only articles sharing specific features with
// the query (sub-linear in the corpus size), then scores a handful of candidates in full.

import type { ArticleProfile } from './profile.ts';
import { compactProfile, featureHash, personHash, type CompactProfile } from './compact-profile.ts';
import { hash32 } from './hash.ts';
import { sameStoryEvidence, type QueryProfile, type SameStoryEvidence } from './same-story-score.ts';

export interface StoryIndex {
  articleIds: string[];
  storyIds: string[];
  profiles: CompactProfile[];
  /** Inverted lists in compressed-row form: sorted feature hashes, their offsets into `docs`. */
  keys: Uint32Array;
  offsets: Uint32Array;
  docs: Uint32Array;
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
  return { articleIds: entries.map((e) => e.articleId), storyIds: entries.map((e) => e.storyId), profiles, ...invert(profiles) };
}

function invert(profiles: CompactProfile[]): Pick<StoryIndex, 'keys' | 'offsets' | 'docs'> {
  let total = 0;
  for (const p of profiles) total += p.hashes.length;
  const pairs = new Float64Array(total);
  let k = 0;
  // Pack (hash, doc) into one sortable number: hash * 2^21 + doc keeps both exact below 2^53.
  profiles.forEach((p, doc) => {
    for (const h of p.hashes) pairs[k++] = h * 2 ** 21 + doc;
  });
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
    persons: new Set([...profile.persons.keys()].map(personHash)),
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
const COMMON_FEATURE_SHARE = 0.2;
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
  const rough = new Map<number, number>();
  for (const { score, k } of ranked.slice(0, FEATURES_PER_QUERY)) {
    for (let i = index.offsets[k]!; i < index.offsets[k + 1]!; i++) {
      const doc = index.docs[i]!;
      rough.set(doc, (rough.get(doc) ?? 0) + score);
    }
  }
  return [...rough]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CANDIDATES_SCORED)
    .map(([doc]) => ({
      doc,
      articleId: index.articleIds[doc]!,
      storyId: index.storyIds[doc]!,
      evidence: sameStoryEvidence(query, index.profiles[doc]!, idf),
    }))
    .sort((a, b) => b.evidence.score - a.evidence.score);
}

/** Every article scored, for the brute-force baseline in the benchmark. */
export function scoreAll(index: StoryIndex, query: QueryProfile): Candidate[] {
  const n = index.articleIds.length;
  const idf = (h: number) => idfFrom(documentFrequency(index, h), n);
  return index.profiles
    .map((p, doc) => ({ doc, articleId: index.articleIds[doc]!, storyId: index.storyIds[doc]!, evidence: sameStoryEvidence(query, p, idf) }))
    .sort((a, b) => b.evidence.score - a.evidence.score);
}
