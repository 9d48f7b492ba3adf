// Remembered articles join the corpus by their kept profile and story, texts fetched only when a
// page tells their story.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import { compareReading, prepareCorpus, readArticle, textsNeeded, type PreparedCorpus } from '../../../src/core/analyze.ts';
import { rememberFrom, rememberedCorpusArticle, withRemembered, type RememberedRecord } from '../../../src/core/corpus/remembered.ts';
import { seedInput } from './seeds-helper.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/user-articles', name), 'utf8');
const LIBRARY = { text: fixture('library-reopening.txt'), siteName: 'Fenwick Gazette', publishedAt: '2024-05-04', language: 'en', url: 'https://fenwick.example/library' };
const SECOND = { text: fixture('library-second-report.txt'), siteName: 'Riverside Post', publishedAt: '2024-05-05', language: 'en', url: 'https://riverside.example/library' };
let prepared: PreparedCorpus;

beforeAll(() => {
  const compiled = compileCorpus(seedInput());
  if (!compiled.ok) throw new Error('the seeds do not compile');
  prepared = prepareCorpus(compiled.compiled);
});

function remember(input: typeof LIBRARY, corpus: PreparedCorpus, site = 'fenwick.example') {
  const reading = readArticle(input, corpus);
  const result = rememberFrom(compareReading(reading, corpus), reading.profile, corpus, site, '2024-05-06T10:00:00.000Z');
  if ('refusal' in result) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result;
}

describe('remembered articles in the corpus', () => {
  it('found by another outlet\'s telling; its text fetched only then, and compared', () => {
    const { record, text } = remember(LIBRARY, prepared);
    expect(record).toMatchObject({ site: 'fenwick.example', outlet: 'Fenwick Gazette', storyId: `story-${record.id}`, chars: text.length });
    const corpus = withRemembered(prepared, [record]);
    expect(corpus.stories.get(record.storyId)?.articleIds).toEqual([record.id]);

    const reading = readArticle(SECOND, corpus);
    expect(reading.candidate?.storyId).toBe(record.storyId);
    expect(textsNeeded(reading, corpus)).toEqual([record.id]);
    // Without the text, nothing is claimed about the other version.
    expect(compareReading(reading, corpus).story?.versions).toEqual([]);
    corpus.articles.set(record.id, rememberedCorpusArticle(record, text));
    const analysis = compareReading(readArticle(SECOND, corpus), corpus);
    expect(analysis.story?.versions.map((v) => v.outlet)).toEqual(['Fenwick Gazette']);
    expect(analysis.corpusArticleId).toBeNull();
  });

  it('is not remembered twice, and leaves the corpus it extends unchanged', () => {
    const { record, text } = remember(LIBRARY, prepared);
    const corpus = withRemembered(prepared, [record, record]);
    expect(corpus.index.articleIds.filter((id) => id === record.id)).toHaveLength(1);
    expect(prepared.stories.has(record.storyId)).toBe(false);
    corpus.articles.set(record.id, rememberedCorpusArticle(record, text));
    const again = readArticle(LIBRARY, corpus);
    const result = rememberFrom(compareReading(again, corpus), again.profile, corpus, 'fenwick.example', '2024-05-07T00:00:00.000Z');
    expect(result).toEqual({ refusal: 'known' });
  });

  it('refuses a page without running prose', () => {
    const list = { ...LIBRARY, text: Array.from({ length: 12 }, (_, i) => `Item ${i} of the week`).join('\n\n') };
    const reading = readArticle(list, prepared);
    const result = rememberFrom(compareReading(reading, prepared), reading.profile, prepared, 'x.example', '2024-05-06T10:00:00.000Z');
    expect('refusal' in result && result.refusal !== 'known' && result.refusal.reason).toBe('not-prose');
  });

  it('joins a bundled story it tells, which keeps its id', () => {
    const seed = prepared.compiled.corpus.articles[0]!;
    const retold = { text: fixture('blinken-retold.txt'), siteName: 'Northbound Wire', publishedAt: '2021-09-08', language: 'en', url: null };
    const { record } = remember(retold as never, prepared, 'northbound.example');
    expect(record.storyId).toBe(prepared.storyOfArticle.get(seed.id));
    const corpus = withRemembered(prepared, [record]);
    expect(corpus.stories.get(record.storyId)?.articleIds.slice(0, -1)).toEqual(prepared.stories.get(record.storyId)?.articleIds);
  });

  it('thousands join in one linear pass', () => {
    const { record } = remember(LIBRARY, prepared);
    const many: RememberedRecord[] = Array.from({ length: 3000 }, (_, i) => ({ ...record, id: `mem-${i}`, storyId: `story-mem-${i % 700}` }));
    const corpus = withRemembered(prepared, many);
    expect(corpus.index.articleIds).toHaveLength(prepared.index.articleIds.length + 3000);
    expect(corpus.stories.get('story-mem-3')?.articleIds).toHaveLength(5);
  });
});
