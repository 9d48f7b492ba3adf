// A story index read back from storage or a file is checked whole before it is used: a damaged
// one must fail loudly (so the caller rebuilds it), never answer "no story" or throw half-way
// through a lookup. Shape first (every field, base64 well formed), then the structure the
// lookups rely on (lengths, monotonic offsets, sorted keys, postings inside the corpus).

import { FIGURES_PER_ARTICLE, PERSONS_PER_ARTICLE, QUOTE_SAMPLE } from './compact-profile.ts';
import type { StoryIndex } from './story-index.ts';

// Length and alphabet apart: a repeated group (?:…{4})* overflows V8's backtracking stack on the
// tens of megabytes a large corpus's index holds; a plain character class does not.
const BASE64_ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (value: string) => value.length % 4 === 0 && BASE64_ALPHABET.test(value);
export const ENCODED_FIELDS = ['featureOffsets', 'hashes', 'weights', 'persons', 'quotes', 'figures', 'days', 'datelines', 'keys', 'offsets', 'docs'] as const;
/** Fields holding 32-bit values: their byte length must be a multiple of 4. */
const WORD_FIELDS = new Set<string>(ENCODED_FIELDS.filter((f) => f !== 'weights'));

/** What is wrong with a serialized index's shape, or null when every field is well formed. */
export function serializedIndexProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'not an object';
  const record = data as Record<string, unknown>;
  for (const field of ['articleIds', 'storyIds'] as const) {
    const ids = record[field];
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return `"${field}" is not a list of ids`;
  }
  for (const field of ENCODED_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string' || !isBase64(value)) return `"${field}" is not base64`;
    const bytes = (value.length / 4) * 3 - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
    if (WORD_FIELDS.has(field) && bytes % 4 !== 0) return `"${field}" does not hold whole 32-bit values`;
  }
  return null;
}

const ascending = (values: Uint32Array) => values.every((v, i) => i === 0 || v >= values[i - 1]!);

/** What is wrong with a decoded index's structure, or null when lookups can trust it. */
export function storyIndexProblem(index: StoryIndex): string | null {
  const n = index.articleIds.length;
  if (index.storyIds.length !== n) return `${index.storyIds.length} story ids for ${n} articles`;
  if (new Set(index.articleIds).size !== n) return 'an article id appears twice';
  const features = index.hashes.length;
  if (index.featureOffsets.length !== n + 1) return 'feature offsets do not match the articles';
  if (index.featureOffsets[0] !== 0 || index.featureOffsets[n] !== features || !ascending(index.featureOffsets)) return 'feature offsets are out of order';
  if (index.weights.length !== features) return 'weights do not match the features';
  const perArticle: [keyof StoryIndex, number][] = [['persons', PERSONS_PER_ARTICLE], ['quotes', QUOTE_SAMPLE], ['figures', FIGURES_PER_ARTICLE], ['days', 1], ['datelines', 1]];
  for (const [field, size] of perArticle) {
    if ((index[field] as ArrayLike<number>).length !== n * size) return `"${field}" does not match the articles`;
  }
  const keys = index.keys;
  if (!keys.every((k, i) => i === 0 || k > keys[i - 1]!)) return 'inverted-list keys are not sorted';
  if (index.offsets.length !== keys.length + 1) return 'inverted-list offsets do not match the keys';
  if (index.offsets[0] !== 0 || index.offsets[keys.length] !== index.docs.length || !ascending(index.offsets)) return 'inverted-list offsets are out of order';
  if (index.docs.length !== features) return 'postings do not match the features';
  if (!index.docs.every((doc) => doc < n)) return 'a posting names an article the index does not hold';
  return null;
}
