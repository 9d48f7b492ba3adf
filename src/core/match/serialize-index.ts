// The story index as JSON-safe strings: its flat arrays base64-encoded, so that loading 10,000
// articles is a handful of decodes, not 10,000 objects.

import type { StoryIndex } from './story-index.ts';
import { decodeBytes, decodeInt32, decodeUint32, encodeBytes, encodeUint32 } from './base64.ts';
import { serializedIndexProblem, storyIndexProblem } from './check-index.ts';

// 3: Snowball stems, weekday and day-of-month features, name protagonists.
export const INDEX_FORMAT = 3;

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
  return {
    format: INDEX_FORMAT,
    articleIds: index.articleIds,
    storyIds: index.storyIds,
    featureOffsets: encodeUint32(index.featureOffsets),
    hashes: encodeUint32(index.hashes),
    weights: encodeBytes(index.weights),
    persons: encodeUint32(index.persons),
    quotes: encodeUint32(index.quotes),
    figures: encodeUint32(index.figures),
    days: encodeUint32(index.days),
    datelines: encodeUint32(index.datelines),
    keys: encodeUint32(index.keys),
    offsets: encodeUint32(index.offsets),
    docs: encodeUint32(index.docs),
  };
}

/** The index, checked whole: throws naming what is damaged (the caller rebuilds it). */
export function deserializeStoryIndex(data: SerializedStoryIndex): StoryIndex {
  if (data?.format !== INDEX_FORMAT) throw new Error(`story index format ${data?.format} is not ${INDEX_FORMAT}: rebuild the corpus`);
  const shape = serializedIndexProblem(data);
  if (shape) throw new Error(`the story index is damaged (${shape}): rebuild the corpus`);
  const index: StoryIndex = {
    articleIds: data.articleIds,
    storyIds: data.storyIds,
    featureOffsets: decodeUint32(data.featureOffsets),
    hashes: decodeUint32(data.hashes),
    weights: decodeBytes(data.weights),
    persons: decodeUint32(data.persons),
    quotes: decodeUint32(data.quotes),
    figures: decodeUint32(data.figures),
    days: decodeInt32(data.days),
    datelines: decodeUint32(data.datelines),
    keys: decodeUint32(data.keys),
    offsets: decodeUint32(data.offsets),
    docs: decodeUint32(data.docs),
  };
  const structure = storyIndexProblem(index);
  if (structure) throw new Error(`the story index is damaged (${structure}): rebuild the corpus`);
  return index;
}
