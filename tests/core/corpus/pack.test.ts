// Corpus packs: a pack read back is the pack written; a changed byte, a cut file, a foreign or
// future file, a bad field or a pack past the caps is refused with an error that names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../src/cli/bench/synthetic-corpus.ts';
import { addDocuments } from '../../../src/core/corpus/add-documents.ts';
import type { CompiledCorpus } from '../../../src/core/corpus/compiled.ts';
import { compileCorpus, type CorpusInput } from '../../../src/core/corpus/compile.ts';
import { createPack, MAX_PACK_ARTICLES, MAX_PACK_CHARS, packChecksum, readPack, serializePack, type CorpusPack } from '../../../src/core/corpus/pack.ts';
import { packOfUserArticles, packToUserArticles } from '../../../src/core/corpus/pack-user-articles.ts';
import { MAX_ARTICLE_CHARS } from '../../../src/core/corpus/text-checks.ts';
import { addUserArticles, userArticleFrom } from '../../../src/core/corpus/user-articles.ts';
import { repoRoot, seedInput } from './seeds-helper.ts';

function compiledPackCorpus(): CompiledCorpus {
  const empty: CorpusInput = { root: 'pack', documentsJson: '{ "documents": [] }', entitiesJson: seedInput().entitiesJson, texts: {} };
  const docs = syntheticCorpus({ articles: 6, seed: 9, words: 200 }).corpus.articles.map((a, i) => ({
    source: `a${i}.txt`, text: `${a.title}\n\n${a.text}\n`, outlet: a.outlet, publishedAt: a.publishedAt!, language: 'en',
    url: i === 0 ? 'https://www.riverside-gazette.com/story' : null, byline: null, title: null,
  }));
  const result = addDocuments(empty, docs);
  if (!result.ok || result.batch.refused.length) throw new Error('fixture pack did not build');
  return result.batch.compiled.compiled;
}

const compiled = compiledPackCorpus();
const pack = createPack(compiled);
const text = serializePack(pack);

/** The pack JSON with `edit` applied to its parsed value; `reseal` recomputes the checksum (a buggy but honest producer). */
function edited(edit: (p: CorpusPack) => void, reseal = true): string {
  const value = JSON.parse(text) as CorpusPack;
  edit(value);
  if (reseal) value.checksum = packChecksum(value);
  return JSON.stringify(value);
}

const refusal = (json: string) => {
  const result = readPack(json);
  if (result.ok) throw new Error('the pack was accepted');
  return result.error;
};

describe('a pack read back', () => {
  it('is the pack written (round trip)', () => {
    const result = readPack(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack).toEqual(JSON.parse(text));
    expect(pack).toMatchObject({ format: 'parallax-corpus-pack', version: 1, checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(pack.corpus.corpus.articles.length).toBe(6);
    expect(pack.corpus.index?.articleIds).toEqual(pack.corpus.corpus.articles.map((a) => a.id));
  });

  it('has a checksum of its content, not of the way the file is written', () => {
    expect(createPack(compiledPackCorpus()).checksum).toBe(pack.checksum);
    const value = JSON.parse(text) as Record<string, unknown>;
    const reordered = JSON.stringify({ corpus: value.corpus, checksum: value.checksum, version: value.version, format: value.format }, null, 2);
    expect(readPack(reordered).ok).toBe(true);
  });
});

describe('a pack that is refused', () => {
  it('when a byte of its content changed (tamper detection)', () => {
    const changed = edited((p) => (p.corpus.corpus.articles[2]!.text = p.corpus.corpus.articles[2]!.text.replace(/ the /, ' a ')), false);
    expect(refusal(changed)).toMatchObject({ problem: 'checksum', message: expect.stringMatching(/checksum does not match/) });
    expect(refusal(edited((p) => (p.corpus.corpus.articles[0]!.outlet = 'Someone Else'), false)).problem).toBe('checksum');
    expect(refusal(edited((p) => (p.checksum = `sha256:${'0'.repeat(64)}`), false)).problem).toBe('checksum');
  });

  it('when it is cut short (truncated file)', () => {
    for (const cut of [text.slice(0, Math.floor(text.length / 2)), text.slice(0, -1), text.slice(0, 120)]) {
      expect(refusal(cut)).toMatchObject({ problem: 'truncated', message: expect.stringMatching(/cut short/) });
    }
  });

  it('when it is not a pack (foreign file)', () => {
    expect(refusal('{"name": "parallax", "version": "0.1.0"}')).toMatchObject({ problem: 'foreign', message: expect.stringMatching(/not a Parallax corpus pack/) });
    expect(refusal('{"format": "w3c-annotation", "version": 1}').message).toMatch(/a "w3c-annotation" file/);
    expect(refusal(JSON.stringify(compiled)).message).toMatch(/compiled corpus \(corpus\.json\), not a pack/);
    expect(refusal('[1, 2, 3]').problem).toBe('foreign');
    expect(refusal('<!doctype html><p>hello</p>')).toMatchObject({ problem: 'not-json', message: expect.stringMatching(/not JSON/) });
    expect(refusal('').problem).toBe('not-json');
  });

  it('when its version is not one this Parallax reads', () => {
    expect(refusal(edited((p) => ((p as { version: number }).version = 2)))).toMatchObject({ problem: 'version', message: expect.stringMatching(/newer Parallax \(pack version 2; this one reads version 1\)/) });
    expect(refusal(edited((p) => ((p as unknown as { version: string }).version = '1'))).message).toMatch(/version "1" is not one Parallax knows/);
    expect(refusal(edited((p) => delete (p as Partial<CorpusPack>).version)).problem).toBe('version');
  });

  it('naming the field and the article that are wrong', () => {
    const badUrl = refusal(edited((p) => (p.corpus.corpus.articles[2]!.url = 'javascript:alert(1)')));
    expect(badUrl).toMatchObject({ problem: 'invalid', path: 'corpus.corpus.articles[2].url' });
    expect(badUrl.message).toMatch(/field "url" of article 3 \("[^"]+"\) is "javascript:alert\(1\)"; expected an http\(s\) address/);
    expect(refusal(edited((p) => delete (p.corpus.corpus.articles[0] as Partial<CompiledCorpus['corpus']['articles'][0]>).text)).message).toMatch(/field "text" of article 1 .* is missing/);
    expect(refusal(edited((p) => ((p.corpus.corpus.articles[1] as unknown as Record<string, unknown>).html = '<b>x</b>'))).message).toMatch(/field "html" of article 2 .* is not a field of the format/);
    expect(refusal(edited((p) => (p.corpus.corpus.articles[4]!.text = `${p.corpus.corpus.articles[4]!.text}\u0000`))).message).toMatch(/field "text" of article 5/);
    expect(refusal(edited((p) => ((p.corpus.corpus.entities[0] as { kind: string }).kind = 'city'))).message).toMatch(/field "kind" of entity 1 \("[a-z-]+"\)/);
    expect(refusal(edited((p) => ((p.corpus as { version: number }).version = 9))).message).toMatch(/field "corpus.version" is 9; expected corpus format 1/);
  });

  it('when its ids, stories or index do not fit together', () => {
    expect(refusal(edited((p) => (p.corpus.corpus.articles[1]!.id = p.corpus.corpus.articles[0]!.id))).message).toMatch(/article 2 has the id .* of article 1/);
    expect(refusal(edited((p) => p.corpus.corpus.stories[0]!.articleIds.push('nobody-1'))).message).toMatch(/names an article the pack does not hold \("nobody-1"\)/);
    expect(refusal(edited((p) => (p.corpus.corpus.stories = p.corpus.corpus.stories.slice(1)))).message).toMatch(/is in no story/);
    expect(refusal(edited((p) => p.corpus.index!.articleIds.reverse())).path).toBe('corpus.index.articleIds');
  });

  it('when it is past the caps (huge file, too many articles, an article too long)', () => {
    expect(refusal(' '.repeat(MAX_PACK_CHARS + 1))).toMatchObject({ problem: 'too-large', message: expect.stringMatching(/more than the 64\.0 MB a pack may have/) });
    expect(refusal(edited((p) => (p.corpus.corpus.articles[0]!.text = 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 1)))).message).toMatch(/field "text" of article 1 .*at most 100,000 characters/);
    const many = edited((p) => {
      const a = p.corpus.corpus.articles[0]!;
      p.corpus.corpus.articles = Array.from({ length: MAX_PACK_ARTICLES + 1 }, (_, i) => ({ ...a, id: `x-${i}` }));
      p.corpus.corpus.stories = [{ id: 'story-x-0', title: 'x', articleIds: p.corpus.corpus.articles.map((x) => x.id) }];
      p.corpus.index = null;
    });
    expect(refusal(many).message).toMatch(/field "corpus.corpus.articles" is .*; expected at most 10,000 articles/);
  });

  it('when it is empty of articles', () => {
    expect(refusal(edited((p) => { p.corpus.corpus.articles = []; p.corpus.corpus.stories = []; p.corpus.index = null; })).message).toMatch(/at least one article/);
  });
});

describe('packs and the reader\'s own corpus', () => {
  const ADDED = '2025-02-01T10:00:00.000Z';
  const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/user-articles', name), 'utf8');
  const users = [
    userArticleFrom({ text: fixture('library-reopening.txt'), siteName: 'Fenwick Gazette', url: 'https://fenwick-gazette.example.com/library', publishedAt: '2024-05-04' }, ADDED),
    userArticleFrom({ text: fixture('library-second-report.txt'), siteName: 'Riverside Post', url: null, publishedAt: '2024-05-05' }, ADDED),
    userArticleFrom({ text: fixture('blinken-retold.txt'), siteName: 'Northbound Wire', url: 'http://127.0.0.1:8080/blinken.html', publishedAt: '2021-09-08' }, ADDED),
  ];
  const seeds = compileCorpus(seedInput());
  if (!seeds.ok) throw new Error('seeds');

  it('exports the reader\'s articles as a pack and imports them back as the same articles', () => {
    const { pack: exported, refused } = packOfUserArticles(users, seeds.compiled.corpus.entities);
    expect(refused).toEqual([]);
    const read = readPack(serializePack(exported!));
    if (!read.ok) throw new Error(read.error.message);
    const imported = packToUserArticles(read.pack, '2025-03-01T00:00:00.000Z');
    expect(imported.map((u) => [u.id, u.text, u.siteName, u.url, u.publishedAt, u.title])).toEqual(users.map((u) => [u.id, u.text, u.siteName, u.url, u.publishedAt, u.title]));
    // The two library reports are one story in the pack, as in the reader's corpus.
    expect(read.pack.corpus.corpus.stories.find((s) => s.articleIds.length === 2)).toBeTruthy();
    const placed = addUserArticles(seeds.compiled, imported);
    expect(placed.refused).toEqual([]);
    expect(placed.placed.find((p) => p.id === users[2]!.id)?.storyId).toBe('story-000_cc2cb2b27cb2e02b-1');
  });

  it('imports a pack built by the CLI pipeline', () => {
    const imported = packToUserArticles(pack, ADDED);
    expect(imported).toHaveLength(6);
    expect(imported[0]).toMatchObject({ siteName: compiled.corpus.articles[0]!.outlet, url: 'https://www.riverside-gazette.com/story', addedAt: ADDED });
  });
});
