// The part of an article's profile the index keeps: its strongest features as hashes with
// quantised weights, who it is about, a sample of its quoted words, its figures and its date.
// About 300 bytes an article before encoding.

import type { ArticleProfile } from './profile.ts';
import { hash32 } from './hash.ts';

export const FEATURES_PER_ARTICLE = 48;
export const QUOTE_SAMPLE = 16;
export const FIGURES_PER_ARTICLE = 8;
export const PERSONS_PER_ARTICLE = 2;
/** An unlisted name stands for the protagonist only when it is this salient (named about twice, or once in the lead). */
const MIN_NAME_SALIENCE = Math.log1p(2);

export interface CompactProfile {
  /** Feature hashes, ascending. */
  hashes: Uint32Array;
  /** Weight of each feature, 1..255, same order. */
  weights: Uint8Array;
  /** Main people (entity-id hashes), most salient first; 0 = none. */
  persons: Uint32Array;
  /** Bottom-k sample of quoted-trigram hashes; 0 = none. */
  quotes: Uint32Array;
  /** Figure hashes; 0 = none. */
  figures: Uint32Array;
  /** Publication day number, or -1. */
  day: number;
  /** Hash of the dateline place's feature, or 0. */
  dateline: number;
}

/** Feature classes live in a hash's two low bits, so the scorer can weigh names and words apart. */
export const FeatureClass = { Name: 0, Word: 1, Figure: 2 } as const;
export type FeatureClass = (typeof FeatureClass)[keyof typeof FeatureClass];

export function featureClassOf(key: string): FeatureClass {
  const prefix = key.charCodeAt(0);
  if (prefix === 119 /* w */) return FeatureClass.Word;
  if (prefix === 35 /* # */) return FeatureClass.Figure;
  return FeatureClass.Name;
}

export function featureHash(key: string): number {
  return ((hash32(key) & ~3) | featureClassOf(key)) >>> 0 || 4;
}

export function personHash(entityId: string): number {
  return hash32(`e:${entityId}`) || 1;
}

/** The key a person (listed entity id) or an unlisted name (`n:` feature key) is compared by. */
export function protagonistKeys(profile: ArticleProfile): string[] {
  return [...profile.persons.keys(), ...[...profile.features.keys()].filter((k) => k.startsWith('n:'))];
}

/**
 * Who an article is mainly about: the most salient listed person, and a second one nearly as
 * salient. With no listed person, the most salient unlisted names stand in (names are spelled
 * alike in every language, so this holds across languages too).
 */
export function mainPersons(profile: ArticleProfile): string[] {
  const names = [...profile.features].filter(([k, w]) => k.startsWith('n:') && w >= MIN_NAME_SALIENCE);
  const ranked = (profile.persons.size > 0 ? [...profile.persons] : names).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0];
  if (!top) return [];
  const out = [top[0]];
  const second = ranked[1];
  if (second && second[1] >= top[1] * 0.8) out.push(second[0]);
  return out;
}

export function bottomK(hashes: Iterable<number>, k: number): number[] {
  return [...new Set(hashes)].sort((a, b) => a - b).slice(0, k);
}

/** `rank(key)` orders features by importance (weight × specificity) when choosing which to keep. */
export function compactProfile(profile: ArticleProfile, rank: (key: string, weight: number) => number): CompactProfile {
  const kept = [...profile.features]
    .map(([key, weight]) => ({ hash: featureHash(key), weight, rank: rank(key, weight) }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, FEATURES_PER_ARTICLE)
    .sort((a, b) => a.hash - b.hash);
  const maxWeight = Math.max(1e-9, ...kept.map((f) => f.weight));
  const fill = (values: number[], size: number) => {
    const out = new Uint32Array(size);
    values.slice(0, size).forEach((v, i) => (out[i] = v));
    return out;
  };
  return {
    hashes: Uint32Array.from(kept.map((f) => f.hash)),
    weights: Uint8Array.from(kept.map((f) => Math.max(1, Math.round((f.weight / maxWeight) * 255)))),
    persons: fill(mainPersons(profile).map(personHash), PERSONS_PER_ARTICLE),
    quotes: fill(bottomK([...profile.quoteGrams].map((g) => hash32(g) || 1), QUOTE_SAMPLE), QUOTE_SAMPLE),
    figures: fill([...profile.figures].map((f) => hash32(`#:${f}`) || 1), FIGURES_PER_ARTICLE),
    day: profile.day ?? -1,
    dateline: profile.dateline ? featureHash(profile.dateline) : 0,
  };
}
