// Whether grouping lines keep the hand-written multilingual story set whole (the checks of
// tests/core/match/group-stories.test.ts): no near miss or unrelated text in a story with the
// Blinken or Massoud versions, and most English Blinken versions in one story. train:stories
// passes over lines that fail it: lines chosen on English-only ECB+ must not split the versions
// of a story told in other words, nor let in its near misses.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusArticle } from '../../core/corpus/types.ts';
import { groupArticles, groupingLinks, type GroupingLines } from '../../core/match/group-stories.ts';
import { loadSeedCorpus } from '../load-corpus.ts';

interface StorySetEntry {
  file: string;
  language: string;
  category: string;
}

/** A check of lines against the story set in `dir` (default tests/fixtures/stories). */
export function storySetCheck(dir = resolve(import.meta.dirname, '../../../tests/fixtures/stories')): (lines: GroupingLines) => boolean {
  const entries = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { articles: StorySetEntry[] }).articles;
  const articles: CorpusArticle[] = entries.map((e) => {
    const text = readFileSync(join(dir, e.file), 'utf8');
    return {
      id: e.file.replace(/\.txt$/, ''), documentId: e.file, outlet: 'test', byline: null, agency: null, publishedAt: null, publishedAsPrinted: null,
      language: e.language, machineTranslated: false, url: null, title: text.split('\n')[0]!, text,
    };
  });
  const { links, keys, profiles } = groupingLinks(articles, loadSeedCorpus().compiled.corpus.entities);
  const english = entries.flatMap((e, i) => (e.category === 'blinken' && e.language === 'en' ? [i] : []));
  return (lines) => {
    const groups = groupArticles(profiles, links, (i) => keys[i]!, lines);
    const pure = groups.every((g) => {
      const kinds = new Set(g.map((i) => entries[i]!.category));
      return !(kinds.has('blinken') || kinds.has('massoud')) || kinds.size === 1;
    });
    const largest = Math.max(...groups.map((g) => g.filter((i) => english.includes(i)).length));
    return pure && largest >= Math.ceil(english.length * 0.8);
  };
}
