// addDocuments: many documents in one call, one grouping and one index build; bad documents are
// refused with their source and stop nothing else; the same batch gives the same ids and stories
// in any order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syntheticCorpus } from '../../../src/cli/bench/synthetic-corpus.ts';
import { addDocuments, type NewDocument } from '../../../src/core/corpus/add-documents.ts';
import { compareDocumentIds, type CorpusInput } from '../../../src/core/corpus/compile.ts';
import { MAX_ARTICLE_CHARS } from '../../../src/core/corpus/text-checks.ts';
import { repoRoot, seedInput } from './seeds-helper.ts';

const calls = vi.hoisted(() => ({ group: 0, index: 0 }));
vi.mock('../../../src/core/match/group-stories.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/match/group-stories.ts')>();
  return { ...original, groupIntoStories: (...args: Parameters<typeof original.groupIntoStories>) => (calls.group++, original.groupIntoStories(...args)) };
});
vi.mock('../../../src/core/match/corpus-index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/match/corpus-index.ts')>();
  return { ...original, buildCorpusIndex: (...args: Parameters<typeof original.buildCorpusIndex>) => (calls.index++, original.buildCorpusIndex(...args)) };
});

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/corpus', name), 'utf8');

/** Synthetic stories told by several outlets each: versions of one story share people, places, quotes. */
function syntheticDocs(n: number, seed = 5): NewDocument[] {
  return syntheticCorpus({ articles: n, seed, words: 220 }).corpus.articles.map((a) => ({
    source: `${a.id}.txt`,
    text: `${a.title}\n\n${a.text}\n`,
    outlet: a.outlet,
    publishedAt: a.publishedAt!,
    language: 'en',
    url: null,
    byline: null,
    title: null,
  }));
}

const doc = (source: string, text: string, extra: Partial<NewDocument> = {}): NewDocument => ({
  source, text, outlet: 'Bay Gazette', publishedAt: '2024-02-05', language: 'en', url: null, byline: null, title: null, ...extra,
});

describe('addDocuments', () => {
  it('adds every document with one grouping and one index build, numbering on from the corpus', () => {
    const seeds = seedInput();
    const docs = syntheticDocs(24);
    calls.group = 0;
    calls.index = 0;
    const result = addDocuments(seeds, docs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(calls).toEqual({ group: 1, index: 1 });
    const { placed, refused, compiled, input } = result.batch;
    expect(refused).toEqual([]);
    expect(placed.map((p) => p.position)).toEqual(docs.map((_, i) => i));
    const numbers = placed.map((p) => Number(p.meta.id.slice(0, 3))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => 4 + i)); // the seeds use 000 and 003
    expect(compiled.compiled.corpus.articles).toHaveLength(3 + placed.reduce((n, p) => n + p.articleIds.length, 0));
    // The bundled stories keep their ids and articles.
    expect(compiled.compiled.corpus.stories.slice(0, 2).map((s) => s.id)).toEqual(['story-000_cc2cb2b27cb2e02b-1', 'story-000_cc2cb2b27cb2e02b-2']);
    // documents.json: the old entries byte for byte, the new ones appended.
    const before = seeds.documentsJson;
    const cut = before.lastIndexOf('}', before.lastIndexOf(']'));
    expect(input.documentsJson.slice(0, cut + 1)).toBe(before.slice(0, cut + 1));
    expect(JSON.parse(input.documentsJson).documents).toHaveLength(2 + 24);
    // Versions of one synthetic story end up together: most documents join a story.
    expect(placed.filter((p) => p.joined.length > 0).length).toBeGreaterThan(10);
  });

  it('gives the same ids and stories whatever order the documents come in', () => {
    const docs = syntheticDocs(30, 11);
    const shuffled = [...docs].reverse();
    shuffled.push(shuffled.shift()!);
    const a = addDocuments(seedInput(), docs);
    const b = addDocuments(seedInput(), shuffled);
    if (!a.ok || !b.ok) throw new Error('batch failed');
    expect(b.batch.compiled.compiled.corpus.stories).toEqual(a.batch.compiled.compiled.corpus.stories);
    const ids = (r: typeof a) => new Map(r.batch.placed.map((p) => [p.source, p.meta.id]));
    expect(ids(b)).toEqual(ids(a));
    expect(b.batch.input.documentsJson).toBe(a.batch.input.documentsJson);
  });

  it('refuses bad documents with their source and still adds the others', () => {
    const good = fixture('unrelated-article.txt');
    const docs = [
      doc('good.txt', good),
      doc('binary.bin', `Headline\n\nSome text\u0000with a NUL byte in it.`),
      doc('huge.txt', `A long one\n\n${'This sentence is here to make the text long enough. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 50))}`),
      doc('seed-copy.txt', seedInput().texts['003_79f0f28387a61ee3.txt']!),
      doc('again.txt', good),
      doc('bad-url.txt', fixture('subheads-article.txt'), { url: 'http://a.b@com/' }),
      doc('menu.txt', 'Home\nNews\nSport\nWeather\n'),
      doc('bad-date.txt', fixture('wrapped-article.txt'), { publishedAt: 'last Tuesday' }),
      doc('also-good.txt', fixture('blinken-rewrite.txt'), { publishedAt: '2021-09-08' }),
    ];
    const result = addDocuments(seedInput(), docs);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    expect(result.batch.placed.map((p) => p.source)).toEqual(['good.txt', 'also-good.txt']);
    const why = Object.fromEntries(result.batch.refused.map((r) => [r.source, r.errors.map((e) => e.message).join('; ')]));
    expect(why).toEqual({
      'binary.bin': expect.stringMatching(/NUL bytes/),
      'huge.txt': expect.stringMatching(/characters long, more than the 100,000/),
      'seed-copy.txt': expect.stringMatching(/already in the corpus as article 003_79f0f28387a61ee3-1/),
      'again.txt': expect.stringMatching(/already in the corpus as good\.txt, added in this batch/),
      'bad-url.txt': expect.stringMatching(/url "http:\/\/a\.b@com\/" carries a user name or password/),
      'menu.txt': expect.stringMatching(/no article text found/),
      'bad-date.txt': expect.stringMatching(/publishedAt: invalid value "last Tuesday"/),
    });
    expect(result.batch.refused.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const blinken = result.batch.placed[1]!;
    expect(blinken.story.id).toBe('story-000_cc2cb2b27cb2e02b-1');
    expect(blinken.joined.length).toBeGreaterThan(0);
  });

  it('refuses the whole batch, naming the problem, when the corpus itself does not compile', () => {
    const broken: CorpusInput = { ...seedInput(), entitiesJson: '{ "entities": [ }' };
    const result = addDocuments(broken, [doc('good.txt', fixture('unrelated-article.txt'))]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.file).toBe('seeds/entities.json');
  });

  it('adds nothing and changes nothing when every document is refused', () => {
    const seeds = seedInput();
    const result = addDocuments(seeds, [doc('menu.txt', 'Home\nNews\n')]);
    if (!result.ok) throw new Error('unexpected');
    expect(result.batch.placed).toEqual([]);
    expect(result.batch.input.documentsJson).toBe(seeds.documentsJson);
  });

  it('builds a corpus from nothing but an entity list (what an evaluation does in memory)', () => {
    const empty: CorpusInput = { root: 'eval', documentsJson: '{ "documents": [] }', entitiesJson: seedInput().entitiesJson, texts: {} };
    const result = addDocuments(empty, syntheticDocs(8, 3));
    if (!result.ok) throw new Error('unexpected');
    expect(result.batch.placed.map((p) => p.meta.id.slice(0, 4))).toContain('000_');
    expect(result.batch.compiled.stats.documents).toBe(8);
  });
});

describe('corpus order', () => {
  it('puts document 1000 after 999, and numbered documents before the others', () => {
    const ids = ['1000_a', '999_b', '100_c', '004_d', 'notes', '000_e'];
    expect(ids.map((id) => ({ id })).sort(compareDocumentIds).map((d) => d.id)).toEqual(['000_e', '004_d', '100_c', '999_b', '1000_a', 'notes']);
  });
});
