import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import type { CompiledCorpus } from '../../../src/core/corpus/compiled.ts';
import {
  addUserArticles, checkUserArticle, outletOf, restoreUserCorpus, saveUserCorpus, userArticleFrom, userArticleId, type UserArticle,
} from '../../../src/core/corpus/user-articles.ts';
import { analyze, prepareCorpus } from '../../../src/core/analyze.ts';
import { seedInput } from './seeds-helper.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/user-articles', name), 'utf8');
const ADDED = '2025-02-01T10:00:00.000Z';
const BLINKEN_STORY = 'story-000_cc2cb2b27cb2e02b-1';
const MASSOUD_STORY = 'story-000_cc2cb2b27cb2e02b-2';

function seeds(): CompiledCorpus {
  const result = compileCorpus(seedInput());
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.compiled;
}
const bundled = seeds();

const retold = userArticleFrom(
  { text: fixture('blinken-retold.txt'), siteName: 'Northbound Wire', url: 'https://northbound.example/world/blinken', publishedAt: '2021-09-08T16:00:00Z', language: 'en' },
  ADDED,
);
const library = userArticleFrom({ text: fixture('library-reopening.txt'), url: 'https://www.fenwick-gazette.example/news/library', publishedAt: '2024-05-04' }, ADDED);
const librarySecond = userArticleFrom({ text: fixture('library-second-report.txt'), siteName: 'Riverside Post', publishedAt: '2024-05-05' }, ADDED);

describe('a reader\'s article from a page', () => {
  it('is named by its text, whatever its spacing', () => {
    expect(retold.id).toMatch(/^user-[0-9a-z]+$/);
    expect(userArticleId(fixture('blinken-retold.txt').replace(/\n\n/g, '\n \n').toUpperCase())).toBe(retold.id);
    expect(library.id).not.toBe(retold.id);
  });

  const outlets: [string, Pick<UserArticle, 'siteName' | 'url'>, string][] = [
    ['the site name when the page states one', { siteName: 'Northbound Wire', url: 'https://northbound.example/a' }, 'Northbound Wire'],
    ['else the host, without www.', { siteName: null, url: 'https://www.fenwick-gazette.example/news/library' }, 'fenwick-gazette.example'],
    ['else a description', { siteName: null, url: 'not a url' }, 'An outlet you added'],
  ];
  for (const [name, article, expected] of outlets) {
    it(`takes its outlet from ${name}`, () => expect(outletOf(article), name).toBe(expected));
  }

  it('keeps what the page says: title, date, language', () => {
    expect(library).toMatchObject({ title: 'Fenwick Library reopens after three years of repairs', publishedAt: '2024-05-04', language: 'en', addedAt: ADDED });
    expect(retold.publishedAt).toBe('2021-09-08T16:00:00Z');
  });
});

describe('addUserArticles', () => {
  it('adds a rewrite of the Blinken story to that story, keeping its id and title', () => {
    const { compiled, placed, refused } = addUserArticles(bundled, [retold]);
    expect(refused).toEqual([]);
    expect(placed).toEqual([{ id: retold.id, storyId: BLINKEN_STORY, storyTitle: bundled.corpus.stories[0]!.title, joined: true, with: ['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1'] }]);
    const story = compiled.corpus.stories.find((s) => s.id === BLINKEN_STORY)!;
    expect(story.articleIds).toEqual(['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1', retold.id]);
    expect(compiled.corpus.articles.find((a) => a.id === retold.id)).toMatchObject({ outlet: 'Northbound Wire', url: 'https://northbound.example/world/blinken', language: 'en' });
  });

  it('founds a new story with an unrelated article, and a second report of it joins that story', () => {
    const { compiled, placed } = addUserArticles(bundled, [library, librarySecond]);
    const newStory = `story-${library.id}`;
    expect(placed.map((p) => [p.storyId, p.joined])).toEqual([[newStory, false], [newStory, true]]);
    expect(compiled.corpus.stories.find((s) => s.id === newStory)).toEqual({ id: newStory, title: 'Fenwick Library reopens after three years of repairs', articleIds: [library.id, librarySecond.id] });
  });

  it('never changes the bundled stories\' ids, titles or members (only adds to them)', () => {
    const { compiled } = addUserArticles(bundled, [library, retold, librarySecond]);
    for (const before of bundled.corpus.stories) {
      const after = compiled.corpus.stories.find((s) => s.id === before.id);
      expect(after?.title, before.id).toBe(before.title);
      expect(after?.articleIds.slice(0, before.articleIds.length), before.id).toEqual(before.articleIds);
    }
    expect(compiled.corpus.stories.find((s) => s.id === MASSOUD_STORY)!.articleIds).toEqual(['000_cc2cb2b27cb2e02b-2']);
    expect(compiled.corpus.stories.map((s) => s.id)).toEqual([BLINKEN_STORY, MASSOUD_STORY, `story-${library.id}`]);
  });

  it('leaves the compiled corpus it was given as it was', () => {
    const before = JSON.stringify(bundled);
    addUserArticles(bundled, [retold, library]);
    expect(JSON.stringify(bundled)).toBe(before);
  });

  it('rebuilds the index, so a page of the new story finds it', () => {
    const { compiled } = addUserArticles(bundled, [library]);
    expect(compiled.index?.articleIds).toEqual([...bundled.corpus.articles.map((a) => a.id), library.id]);
    const analysis = analyze({ text: librarySecond.text, siteName: 'Riverside Post', publishedAt: '2024-05-05' }, prepareCorpus(compiled));
    expect(analysis.story?.id).toBe(`story-${library.id}`);
    expect(analysis.story?.versions.map((v) => v.outlet)).toEqual(['fenwick-gazette.example']);
    expect(analysis.corpusStories).toBe(3);
  });

  it('recognises the reader\'s own article as a corpus article once added', () => {
    const prepared = prepareCorpus(addUserArticles(bundled, [retold]).compiled);
    const analysis = analyze({ text: retold.text, siteName: 'Northbound Wire' }, prepared);
    expect(analysis.corpusArticleId).toBe(retold.id);
    expect(analysis.story?.versions.map((v) => v.articleId)).toEqual(['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1']);
  });

  it('returns the same corpus when nothing is added', () => {
    expect(addUserArticles(bundled, []).compiled).toBe(bundled);
  });
});

describe('refusals, as values with reasons', () => {
  const seedText = bundled.corpus.articles[0]!.text;
  const make = (text: string, over: Partial<UserArticle> = {}) => ({ ...userArticleFrom({ text, publishedAt: '2024-05-04' }, ADDED), ...over });
  const headlines = Array.from({ length: 12 }, (_, i) => `Headline number ${i + 1} about the weekend`).join('\n\n');
  const cases: [string, UserArticle[], string, RegExp][] = [
    ['empty text', [make('   \n\n  ')], 'empty', /no article text/],
    ['a list of headlines (no prose)', [make(headlines)], 'not-prose', /full sentences/],
    ['one short sentence', [make('The library reopened on Saturday after a long renovation of the roof and the walls.')], 'not-prose', /full sentences/],
    ['a date in the future', [make(library.text, { publishedAt: '2031-01-01' })], 'bad-date', /lies in the future/],
    ['a date that is none', [make(library.text, { publishedAt: 'yesterday' })], 'bad-date', /not a date/],
    ['a year before 1900', [make(library.text, { publishedAt: '1492-10-12' })], 'bad-date', /not a date/],
    ['an id that does not match the text', [{ ...library, id: 'user-0' }], 'bad-id', /damaged/],
    ['a bundled article\'s text', [make(seedText)], 'duplicate', /already in Parallax's corpus, as “US, Pakistan/],
    ['a page carrying a bundled article plus furniture', [make(`Share this story\n\n${seedText}\n\nRead more: other news from the region.`)], 'duplicate', /Parallax's corpus/],
    ['the same article twice', [library, { ...library, addedAt: '2025-03-01T00:00:00Z' }], 'duplicate', /already in your corpus/],
    ['the same article with other spacing and case', [library, make(library.text.toUpperCase().replace(/\n\n/g, '\n\n\n'))], 'duplicate', /your corpus/],
  ];
  for (const [name, users, reason, message] of cases) {
    it(`refuses ${name}`, () => {
      const { refused, compiled } = addUserArticles(bundled, users);
      expect(refused.map((r) => r.reason), name).toEqual([reason]);
      expect(refused[0]!.message, name).toMatch(message);
      // Only the last one is at fault; any before it is kept.
      expect(refused[0]!.id, name).toBe(users[users.length - 1]!.id);
      expect(compiled.corpus.articles.filter((a) => a.id.startsWith('user-')).length, name).toBe(users.length - 1);
    });
  }

  it('names the article already there for a duplicate', () => {
    const { refused } = addUserArticles(bundled, [library, librarySecond, { ...library, addedAt: '2025-03-02T00:00:00Z' }]);
    expect(refused).toEqual([expect.objectContaining({ id: library.id, reason: 'duplicate', existingId: library.id })]);
  });

  it('checks one article on its own without a corpus', () => {
    expect(checkUserArticle(library)).toBeNull();
    expect(checkUserArticle({ ...library, publishedAt: null })).toBeNull();
  });

  it('places the good articles when another is refused', () => {
    const { placed, refused } = addUserArticles(bundled, [make(''), retold]);
    expect(refused.map((r) => r.reason)).toEqual(['empty']);
    expect(placed.map((p) => p.storyId)).toEqual([BLINKEN_STORY]);
  });
});

describe('saving and restoring the grouping', () => {
  const blank = userArticleFrom({ text: 'Nothing here.' }, ADDED);
  const users = [library, retold, blank, librarySecond];
  const built = addUserArticles(bundled, users);
  const saved = saveUserCorpus(built);

  it('keeps only the stories that hold a reader\'s article', () => {
    expect(saved.stories.map((s) => s.id)).toEqual([BLINKEN_STORY, `story-${library.id}`]);
    expect(saved.refused.map((r) => r.reason)).toEqual(['not-prose']);
  });

  it('puts the same corpus together again, through JSON, with or without the index', () => {
    const throughJson = JSON.parse(JSON.stringify(saved)) as typeof saved;
    expect(restoreUserCorpus(bundled, users, throughJson)).toEqual(built);
    const withoutIndex = restoreUserCorpus(bundled, users, { ...throughJson, index: null });
    expect(withoutIndex?.compiled.corpus).toEqual(built.compiled.corpus);
    expect(withoutIndex?.placed).toEqual(built.placed);
    expect(saveUserCorpus(built, 10).index).toBeNull();
  });

  const misfits: [string, () => ReturnType<typeof restoreUserCorpus>][] = [
    ['one article is there twice', () => restoreUserCorpus(bundled, [...users, library], saved)],
    ['another article was added since', () => restoreUserCorpus(bundled, [...users, { ...retold, id: userArticleId('x'), text: 'x' }], saved)],
    ['a refused article is no longer there', () => restoreUserCorpus(bundled, users.slice(0, 2), { ...saved, index: null })],
    ['a bundled article left its story', () => restoreUserCorpus(bundled, users, { ...saved, index: null, stories: saved.stories.map((s) => ({ ...s, articleIds: s.articleIds.slice(1) })) })],
    ['an article is in two stories', () => restoreUserCorpus(bundled, users, { ...saved, index: null, stories: [...saved.stories, { id: 'story-x', title: 'x', articleIds: [library.id] }] })],
    ['the index holds other articles', () => restoreUserCorpus(bundled, users, { ...saved, index: { ...saved.index!, articleIds: ['a', 'b'] } })],
  ];
  for (const [name, restore] of misfits) {
    it(`gives up when ${name}`, () => expect(restore(), name).toBeNull());
  }
});
