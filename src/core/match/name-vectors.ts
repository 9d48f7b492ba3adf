// Which specifics two articles share, told by their names and figures alone. Names (people,
// places, organisations, teams, products) and figures are spelt alike in every language, and the
// rarer they are in the corpus the more they say which event a text tells: two earthquakes share
// "earthquake", "magnitude" and "rescue", and often a country, but not the town, the toll or the
// minister. Weighing each name by a power of its specificity lets those specifics, not what every
// report of that kind of news names, decide.

import type { ArticleProfile } from './profile.ts';
import { FeatureClass, featureClassOf } from './compact-profile.ts';
import { idfFrom } from './story-index.ts';

/** A sparse vector of unit length (or empty), its keys in ascending order: sums run in one order whichever article comes first. */
export interface NameVector {
  keys: string[];
  weights: number[];
}

const isNameOrFigure = (key: string) => featureClassOf(key) !== FeatureClass.Word;

/**
 * Every article's names and figures, weighted by salience × specificity^power among these
 * articles (a power above 1: a name few articles carry outweighs a common one by far). A name only
 * one article carries is left out: it matches nothing, and would only dilute the rest.
 */
export function nameVectors(profiles: ArticleProfile[], power: number): NameVector[] {
  const df = new Map<string, number>();
  for (const p of profiles) for (const key of p.features.keys()) if (isNameOrFigure(key)) df.set(key, (df.get(key) ?? 0) + 1);
  const n = profiles.length;
  return profiles.map((p) => {
    const kept = [...p.features]
      .filter(([key]) => (df.get(key) ?? 0) >= 2)
      .map(([key, w]) => [key, w * idfFrom(df.get(key)!, n) ** power] as const)
      .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const norm = Math.sqrt(kept.reduce((sum, [, x]) => sum + x * x, 0));
    return { keys: kept.map(([key]) => key), weights: kept.map(([, x]) => x / norm) };
  });
}

/** Cosine of two name vectors (both of unit length or empty). */
export function nameCosine(a: NameVector, b: NameVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.keys.length && j < b.keys.length; ) {
    if (a.keys[i]! < b.keys[j]!) i++;
    else if (a.keys[i]! > b.keys[j]!) j++;
    else dot += a.weights[i++]! * b.weights[j++]!;
  }
  return Math.min(1, dot);
}

