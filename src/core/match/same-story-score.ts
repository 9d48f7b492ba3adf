// Does this article tell the same story as that corpus article? Evidence is added up from what
// survives rewriting, shortening and translation:
// - names both texts make much of (entity ids carry across languages), weighted by how specific
//   they are in the corpus;
// - content words (same language only);
// - quoted words both carry (wire copies, rewrites);
// - distinctive figures both carry;
// - the people the corpus article is mainly about: a version of a story names its protagonist;
// - publication dates: versions of one story appear within days of each other.
// The weights are priors stated here once, not fitted to any test set.

import type { CompactProfile } from './compact-profile.ts';
import { FeatureClass } from './compact-profile.ts';

export interface QueryProfile {
  /** Feature hash -> weight (all features, not only the top ones). */
  features: Map<number, number>;
  /** Person hashes the query mentions. */
  persons: Set<number>;
  quoteGrams: Set<number>;
  figures: Set<number>;
  day: number | null;
  /** Hash of the dateline place's feature, or 0. */
  dateline: number;
}

export interface SameStoryEvidence {
  score: number;
  nameSimilarity: number;
  textSimilarity: number;
  quoteShare: number;
  sharedFigures: number;
  protagonist: 'named' | 'absent' | 'none';
  /** Whether the places the reports are filed from agree. */
  dateline: 'agree' | 'conflict' | 'unknown';
  dateDistanceDays: number | null;
}

/** A story is matched at or above this score. */
export const SAME_STORY_THRESHOLD = 0.55;

const WEIGHTS = {
  names: 1.5,
  words: 1.3,
  quotes: 0.9,
  figure: 0.1,
  maxFigures: 3,
};

/** Multipliers for evidence against: each alone can sink a weak match, not a strong one. */
const GATES = {
  /** The corpus article's main person is nowhere in the query. */
  protagonistAbsent: 0.4,
  /** The query is filed from a place the corpus article never mentions. */
  datelineElsewhere: 0.5,
  /** The corpus article is filed from a place the query never mentions. */
  datelineUnmentioned: 0.85,
  dateFar: 0.75,
  dateVeryFar: 0.4,
};

function cosine(
  query: QueryProfile,
  doc: CompactProfile,
  idf: (hash: number) => number,
  classes: ReadonlySet<number>,
): number {
  let dot = 0;
  let qNorm = 0;
  let dNorm = 0;
  for (const [h, w] of query.features) {
    if (!classes.has(h & 3)) continue;
    const x = w * idf(h);
    qNorm += x * x;
  }
  for (let i = 0; i < doc.hashes.length; i++) {
    const h = doc.hashes[i]!;
    if (!classes.has(h & 3)) continue;
    const y = (doc.weights[i]! / 255) * idf(h);
    dNorm += y * y;
    const q = query.features.get(h);
    if (q !== undefined) dot += q * idf(h) * y;
  }
  return qNorm === 0 || dNorm === 0 ? 0 : dot / Math.sqrt(qNorm * dNorm);
}

const NAMES = new Set<number>([FeatureClass.Name, FeatureClass.Figure]);
const WORDS = new Set<number>([FeatureClass.Word]);

export function sameStoryEvidence(query: QueryProfile, doc: CompactProfile, idf: (hash: number) => number): SameStoryEvidence {
  const nameSimilarity = cosine(query, doc, idf, NAMES);
  const textSimilarity = cosine(query, doc, idf, WORDS);

  let sampled = 0;
  let sharedQuotes = 0;
  for (const h of doc.quotes) {
    if (h === 0) continue;
    sampled++;
    if (query.quoteGrams.has(h)) sharedQuotes++;
  }
  const quoteShare = sampled >= 3 ? sharedQuotes / sampled : 0;

  let sharedFigures = 0;
  for (const h of doc.figures) if (h !== 0 && query.figures.has(h)) sharedFigures++;

  const main = doc.persons[0] ?? 0;
  const protagonist = main === 0 ? 'none' : query.persons.has(main) || (doc.persons[1] !== 0 && query.persons.has(doc.persons[1]!)) ? 'named' : 'absent';

  const dateDistanceDays = query.day !== null && doc.day >= 0 ? Math.abs(query.day - doc.day) : null;

  let dateline: SameStoryEvidence['dateline'] = 'unknown';
  let score =
    WEIGHTS.names * nameSimilarity +
    WEIGHTS.words * textSimilarity +
    WEIGHTS.quotes * quoteShare +
    WEIGHTS.figure * Math.min(WEIGHTS.maxFigures, sharedFigures);
  if (protagonist === 'absent') score *= GATES.protagonistAbsent;
  if (query.dateline !== 0) {
    const mentioned = query.dateline === doc.dateline || doc.hashes.includes(query.dateline);
    dateline = mentioned ? 'agree' : 'conflict';
    if (!mentioned) score *= GATES.datelineElsewhere;
  } else if (doc.dateline !== 0) {
    const mentioned = query.features.has(doc.dateline);
    dateline = mentioned ? 'agree' : 'unknown';
    if (!mentioned) score *= GATES.datelineUnmentioned;
  }
  if (dateDistanceDays !== null && dateDistanceDays > 10) score *= GATES.dateVeryFar;
  else if (dateDistanceDays !== null && dateDistanceDays > 3) score *= GATES.dateFar;

  return {
    score: Math.max(0, Math.min(1, score)),
    nameSimilarity,
    textSimilarity,
    quoteShare,
    sharedFigures,
    protagonist,
    dateline,
    dateDistanceDays,
  };
}
