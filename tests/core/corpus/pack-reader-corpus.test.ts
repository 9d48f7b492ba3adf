// The reader's corpus as a pack and a pack placed into it (pure): every export reads back, even
// from fields a pack could not carry as they are; imported articles join the story they tell, the
// pack's grouping is kept, and what the corpus holds is skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../src/core/analyze.ts';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import { packOfReaderCorpus, type ReaderArticle } from '../../../src/core/corpus/pack-export.ts';
import { packTextsNeeded, planPackImport, readPackForImport } from '../../../src/core/corpus/pack-import.ts';
import { readPack, serializePack, type CorpusPack } from '../../../src/core/corpus/pack.ts';
import type { CorpusArticle } from '../../../src/core/corpus/types.ts';
import { seedInput } from './seeds-helper.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/user-articles', name), 'utf8').trim();
const compiled = (() => {
  const c = compileCorpus(seedInput());
  if (!c.ok) throw new Error('the seeds do not compile');
  return c.compiled;
})();

function article(id: string, text: string, extra: Partial<CorpusArticle> = {}): CorpusArticle {
  return {
    id, documentId: id, outlet: 'Fenwick Gazette', byline: null, agency: null, publishedAt: '2024-05-04', publishedAsPrinted: null,
    language: 'en', machineTranslated: false, url: 'https://news.herald.example/a', title: `Title of ${id}`, text, ...extra,
  };
}
const item = (a: CorpusArticle, storyId: string): ReaderArticle => ({ article: a, storyId, storyTitle: `Story ${storyId}` });

function exported(items: ReaderArticle[]): CorpusPack {
  const { pack } = packOfReaderCorpus(items, compiled.corpus.entities);
  if (!pack) throw new Error('no pack');
  const read = readPack(serializePack(pack));
  if (!read.ok) throw new Error(read.error.message);
  return read.pack;
}

describe('the reader\'s corpus as a pack', () => {
  it('reads back, its articles grouped as in the reader\'s corpus, fields fitted to the format', () => {
    const pack = exported([
      item(article('mem-a', fixture('library-reopening.txt'), { outlet: 'O'.repeat(400), language: 'english', url: 'javascript:alert(1)', publishedAt: 'last Tuesday' }), 'story-mem-a'),
      item(article('mem-b', fixture('library-second-report.txt')), 'story-mem-a'),
      item(article('user-c', fixture('blinken-retold.txt'), { title: '   ' }), 'story-001'),
      item(article('mem-a', 'the same id again'), 'story-x'),
    ]);
    const [a, b, c] = pack.corpus.corpus.articles;
    expect(pack.corpus.corpus.articles).toHaveLength(3);
    expect(a).toMatchObject({ outlet: 'O'.repeat(300), language: 'und', url: null, publishedAt: null });
    expect(b!.url).toBe('https://news.herald.example/a');
    expect(c!.title).toBe('Untitled article');
    expect(pack.corpus.corpus.stories).toEqual([
      { id: 'story-mem-a', title: 'Story story-mem-a', articleIds: ['mem-a', 'mem-b'] },
      { id: 'story-001', title: 'Story story-001', articleIds: ['user-c'] },
    ]);
    expect(pack.corpus.index).toBeNull();
  });

  it('leaves out an article without text, and makes no pack of nothing', () => {
    expect(packOfReaderCorpus([item(article('mem-x', '  '), 's')], [])).toEqual({ pack: null, leftOut: 1 });
    expect(packOfReaderCorpus([], [])).toEqual({ pack: null, leftOut: 0 });
  });
});

describe('a pack placed into the reader\'s corpus', () => {
  const prepared = prepareCorpus(compiled);
  const seed = compiled.corpus.articles[0]!;

  it('keeps the pack\'s grouping, joins the story an article tells, skips the corpus\'s own articles', () => {
    const pack = exported([
      item(article('mem-a', fixture('library-reopening.txt'), { url: null }), 'story-lib'),
      item(article('mem-b', fixture('library-second-report.txt')), 'story-lib'),
      item(article('user-c', fixture('blinken-retold.txt')), 'story-blinken'),
      item(article('seed-copy', seed.text), 'story-blinken'),
    ]);
    const read = readPackForImport(pack, prepared, '2026-01-02T03:04:05.000Z');
    if (!read.ok) throw new Error(read.message);
    expect(packTextsNeeded(read.reading, prepared), 'bundled texts are at hand').toEqual([]);
    const plan = planPackImport(read.reading, prepared, (url) => (url ? new URL(url).hostname : 'imported'));
    expect(plan.skipped).toEqual([{ number: 4, title: 'Title of seed-copy', reason: 'in-corpus', sameAs: seed.id }]);
    expect(plan.records.map((r) => r.record.outlet)).toEqual(['Fenwick Gazette', 'Fenwick Gazette', 'Fenwick Gazette']);
    const [a, b, c] = plan.records.map((r) => r.record);
    expect(a!.storyId, 'a story of its own, not the pack\'s id').toBe(`story-${a!.id}`);
    expect(b!.storyId, 'the pack\'s grouping kept').toBe(a!.storyId);
    expect(c!.storyId, 'the seed copy\'s story, which the corpus holds').toBe(prepared.storyOfArticle.get(seed.id));
    expect([a!.site, b!.site]).toEqual(['imported', 'news.herald.example']);
    expect(a).toMatchObject({ id: expect.stringMatching(/^mem-/), readAt: '2026-01-02T03:04:05.000Z', chars: fixture('library-reopening.txt').length });
    expect([plan.joined, plan.founded]).toEqual([1, 1]);
  });

  it('refuses the whole pack when one article could not be a reader\'s article, naming it', () => {
    const pack = exported([
      item(article('mem-a', fixture('library-reopening.txt')), 'story-lib'),
      item(article('mem-f', fixture('library-second-report.txt'), { publishedAt: '2031-01-01', title: 'From the future' }), 'story-lib'),
    ]);
    expect(readPackForImport(pack, prepared, '2026-01-02T03:04:05.000Z')).toEqual({
      ok: false,
      message: 'article 2 ("From the future") cannot join your corpus: the publication date 2031-01-01 lies in the future; nothing was imported',
    });
  });
});
