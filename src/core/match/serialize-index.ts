// The story index as JSON-safe strings: every article's compact profile packed into a few
// typed arrays, so loading 10,000 articles is a handful of decodes, not 10,000 objects.

import type { CompactProfile } from './compact-profile.ts';
import { FIGURES_PER_ARTICLE, PERSONS_PER_ARTICLE, QUOTE_SAMPLE } from './compact-profile.ts';
import type { StoryIndex } from './story-index.ts';
import { decodeBytes, decodeInt32, decodeUint32, encodeBytes, encodeUint32 } from './base64.ts';

export const INDEX_FORMAT = 1;

export interface SerializedStoryIndex {
  format: number;
  articleIds: string[];
  storyIds: string[];
  featureOffsets: string;
  hashes: string;
  weights: string;
  persons: string;
  quotes: string;
  figures: string;
  days: string;
  datelines: string;
  keys: string;
  offsets: string;
  docs: string;
}

export function serializeStoryIndex(index: StoryIndex): SerializedStoryIndex {
  const n = index.profiles.length;
  const featureOffsets = new Uint32Array(n + 1);
  index.profiles.forEach((p, i) => (featureOffsets[i + 1] = featureOffsets[i]! + p.hashes.length));
  const total = featureOffsets[n]!;
  const hashes = new Uint32Array(total);
  const weights = new Uint8Array(total);
  const persons = new Uint32Array(n * PERSONS_PER_ARTICLE);
  const quotes = new Uint32Array(n * QUOTE_SAMPLE);
  const figures = new Uint32Array(n * FIGURES_PER_ARTICLE);
  const days = new Int32Array(n);
  const datelines = new Uint32Array(n);
  index.profiles.forEach((p, i) => {
    hashes.set(p.hashes, featureOffsets[i]!);
    weights.set(p.weights, featureOffsets[i]!);
    persons.set(p.persons, i * PERSONS_PER_ARTICLE);
    quotes.set(p.quotes, i * QUOTE_SAMPLE);
    figures.set(p.figures, i * FIGURES_PER_ARTICLE);
    days[i] = p.day;
    datelines[i] = p.dateline;
  });
  return {
    format: INDEX_FORMAT,
    articleIds: index.articleIds,
    storyIds: index.storyIds,
    featureOffsets: encodeUint32(featureOffsets),
    hashes: encodeUint32(hashes),
    weights: encodeBytes(weights),
    persons: encodeUint32(persons),
    quotes: encodeUint32(quotes),
    figures: encodeUint32(figures),
    days: encodeUint32(days),
    datelines: encodeUint32(datelines),
    keys: encodeUint32(index.keys),
    offsets: encodeUint32(index.offsets),
    docs: encodeUint32(index.docs),
  };
}

export function deserializeStoryIndex(data: SerializedStoryIndex): StoryIndex {
  if (data.format !== INDEX_FORMAT) throw new Error(`story index format ${data.format} is not ${INDEX_FORMAT}: rebuild the corpus`);
  const featureOffsets = decodeUint32(data.featureOffsets);
  const hashes = decodeUint32(data.hashes);
  const weights = decodeBytes(data.weights);
  const persons = decodeUint32(data.persons);
  const quotes = decodeUint32(data.quotes);
  const figures = decodeUint32(data.figures);
  const days = decodeInt32(data.days);
  const datelines = decodeUint32(data.datelines);
  const profiles: CompactProfile[] = data.articleIds.map((_, i) => ({
    hashes: hashes.subarray(featureOffsets[i]!, featureOffsets[i + 1]!),
    weights: weights.subarray(featureOffsets[i]!, featureOffsets[i + 1]!),
    persons: persons.subarray(i * PERSONS_PER_ARTICLE, (i + 1) * PERSONS_PER_ARTICLE),
    quotes: quotes.subarray(i * QUOTE_SAMPLE, (i + 1) * QUOTE_SAMPLE),
    figures: figures.subarray(i * FIGURES_PER_ARTICLE, (i + 1) * FIGURES_PER_ARTICLE),
    day: days[i]!,
    dateline: datelines[i]!,
  }));
  return {
    articleIds: data.articleIds,
    storyIds: data.storyIds,
    profiles,
    keys: decodeUint32(data.keys),
    offsets: decodeUint32(data.offsets),
    docs: decodeUint32(data.docs),
  };
}
