// Grouping must not depend on the order articles were added in. The story set's texts (blinken,
// massoud, near misses, unrelated) are grouped in several orders; the partition must not change,
// and the averages must keep near misses out of the stories they resemble.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { averageLinkGroups, groupArticles, groupIntoStories, joinSmallGroups, type Link } from '../../../src/core/match/group-stories.ts';
import { profileNaming } from './profile-naming.ts';
import type { CorpusArticle } from '../../../src/core/corpus/types.ts';
import { root, seedCorpus } from '../seed-corpus.ts';

const dir = join(root, 'tests', 'fixtures', 'stories');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { articles: { file: string; language: string; category: string }[] };

function article(file: string, language: string): CorpusArticle {
  const text = readFileSync(join(dir, file), 'utf8');
  return {
    id: file.replace(/\.txt$/, ''), documentId: file, outlet: 'test', byline: null, agency: null, publishedAt: null, publishedAsPrinted: null,
    language, machineTranslated: false, url: null, title: text.split('\n')[0]!, text,
  };
}

/** A partition as sorted lists of article ids, independent of story ids. */
const partition = (stories: { articleIds: string[] }[]) => stories.map((s) => [...s.articleIds].sort().join(' ')).sort();

function rotate<T>(items: T[], by: number): T[] {
  return [...items.slice(by), ...items.slice(0, by)];
}

describe('groupIntoStories', () => {
  const articles = index.articles.map((a) => article(a.file, a.language));
  const entities = seedCorpus().compiled.corpus.entities;

  it('makes the same stories whatever the order of the articles', () => {
    const reference = partition(groupIntoStories(articles, entities));
    for (const order of [[...articles].reverse(), rotate(articles, 11), rotate([...articles].reverse(), 5)]) {
      expect(partition(groupIntoStories(order, entities))).toEqual(reference);
    }
  });

  it('keeps every near miss and unrelated text out of the Blinken and Massoud versions', () => {
    const stories = groupIntoStories(articles, entities);
    const category = new Map(index.articles.map((a) => [a.file.replace(/\.txt$/, ''), a.category]));
    for (const s of stories) {
      const kinds = new Set(s.articleIds.map((id) => category.get(id)));
      if (kinds.has('blinken') || kinds.has('massoud')) expect([...kinds], s.articleIds.join(', ')).toHaveLength(1);
    }
    // Most English versions of the Blinken story are one story (a version told from another
    // angle may stand apart: a split costs versions, a merge costs false notes).
    const english = index.articles.filter((a) => a.category === 'blinken' && a.language === 'en').map((a) => a.file.replace(/\.txt$/, ''));
    const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.id] as const)));
    const sizes = [...new Set(english.map((id) => storyOf.get(id)))].map((sid) => english.filter((id) => storyOf.get(id) === sid).length);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(Math.ceil(english.length * 0.8));
  });
});

describe('averageLinkGroups', () => {
  it('merges by the average link, not the best one', () => {
    // a–b strongly alike; c like b but not like a: the pair's average link to c is too weak.
    const links = [
      { a: 0, b: 1, weight: 0.9 },
      { a: 1, b: 2, weight: 0.8 },
      { a: 0, b: 2, weight: 0.1 },
    ];
    expect(averageLinkGroups(3, links, (i) => i, 0.6)).toEqual([[0, 1], [2]]);
  });
  it('breaks ties by the key, not by position', () => {
    const links = [
      { a: 0, b: 1, weight: 0.7 },
      { a: 1, b: 2, weight: 0.7 },
    ];
    // With keys 5, 9, 1 the pair (1, 2) holds the smaller key and merges first; 0 then stays out (average 0.35).
    expect(averageLinkGroups(3, links, (i) => [5, 9, 1][i]!, 0.6)).toEqual([[0], [1, 2]]);
  });
});

describe('joinSmallGroups', () => {
  // Founded story [0, 1, 2]; 3 links to it on average 0.6, to [4, 5] 0.3; 6 links to nothing.
  const links = [
    { a: 0, b: 1, weight: 0.9 }, { a: 1, b: 2, weight: 0.9 }, { a: 0, b: 2, weight: 0.9 }, { a: 4, b: 5, weight: 0.9 },
    { a: 3, b: 0, weight: 0.9 }, { a: 3, b: 1, weight: 0.6 }, { a: 3, b: 2, weight: 0.3 }, { a: 3, b: 4, weight: 0.6 },
  ];
  const groups = [[0, 1, 2], [3], [4, 5], [6]];
  it('joins a lone article to the founded story it is closest to on average, at the join line', () => {
    expect(joinSmallGroups(groups, links, (i) => i, { join: 0.55, smallUpTo: 1 })).toEqual([[0, 1, 2, 3], [4, 5], [6]]);
  });
  it('leaves it alone below the line', () => {
    expect(joinSmallGroups(groups, links, (i) => i, { join: 0.65, smallUpTo: 1 })).toEqual(groups);
  });
  it('gives the same groups whatever their order', () => {
    expect(joinSmallGroups([[6], [4, 5], [3], [0, 1, 2]], links, (i) => i, { join: 0.55, smallUpTo: 1 }).sort((x, y) => x[0]! - y[0]!)).toEqual([[0, 1, 2, 3], [4, 5], [6]]);
  });
});

describe('groupArticles', () => {
  // Two emergency patches by one vendor, years apart: every pair of the six reports scores 0.9
  // (same vendor, same product, same words), but each event has its own figures and people.
  const vendor = ['n:zorvex', 'n:kestrel'];
  const profiles = [
    ...[0, 1, 2].map(() => profileNaming([...vendor, 'n:halvorsen', '#:417', '#:2031'])),
    ...[0, 1, 2].map(() => profileNaming([...vendor, 'n:okonkwo', '#:902', '#:2036'])),
  ];
  const allPairs = (weight: number): Link[] => profiles.flatMap((_, a) => profiles.flatMap((__, b) => (a < b ? [{ a, b, weight }] : [])));
  const lines = { found: 0.7, namesPower: 2, join: 0.55, smallUpTo: 1 };

  it('keeps apart two events of one kind whose reports all score high but name different specifics', () => {
    expect(groupArticles(profiles, allPairs(0.9), (i) => i, lines)).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('gives the same stories whatever order the articles come in', () => {
    const order = [4, 1, 5, 0, 3, 2];
    const reordered = order.map((i) => profiles[i]!);
    const links = reordered.flatMap((_, a) => reordered.flatMap((__, b) => (a < b ? [{ a, b, weight: 0.9 }] : [])));
    const groups = groupArticles(reordered, links, (i) => order[i]!, lines).map((g) => g.map((i) => order[i]!).sort());
    expect(groups.sort((x, y) => x[0]! - y[0]!)).toEqual([[0, 1, 2], [3, 4, 5]]);
  });

  it('founds no story on names alone: the score must be high too', () => {
    expect(groupArticles(profiles, allPairs(0.3), (i) => i, lines)).toEqual([[0], [1], [2], [3], [4], [5]]);
  });
});
