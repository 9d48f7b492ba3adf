// Remembered articles in `npm run bench`: 5,000 synthetic articles remembered as a reader would
// (each profile made compact against the corpus, its story the one it tells), joined to the seed
// corpus in one pass, then story lookups as the background makes them (from the index alone,
// before any remembered text is read). Also what one remembered article costs to keep, as the
// store counts it (compressed text, compact profile, fields).

import { deflateRawSync } from 'node:zlib';
import { findStoryCandidate } from '../../core/match/find-story.ts';
import { profileArticle } from '../../core/match/article-profile.ts';
import { compactAgainst } from '../../core/match/story-index.ts';
import type { PreparedCorpus } from '../../core/prepare-corpus.ts';
import { withRemembered, type RememberedRecord } from '../../core/corpus/remembered.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

export interface RememberedBench {
  articles: number;
  joinMs: number;
  lookupMedianMs: number;
  lookupP95Ms: number;
  rightStory: number;
  bytesPerArticle: number;
  textBytesPerArticle: number;
}

export function benchRemembered(base: PreparedCorpus, count: number, time: <T>(fn: () => T) => [T, number], quantile: (v: number[], q: number) => number): RememberedBench {
  const { corpus, queries } = syntheticCorpus({ articles: count, seed: 4242 }, base.compiled.corpus.entities);
  const storyOf = new Map(corpus.stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  let bytes = 0;
  let textBytes = 0;
  const records: RememberedRecord[] = corpus.articles.map((a, i) => {
    const story = storyOf.get(a.id)!;
    const profile = compactAgainst(profileArticle(a, base.catalog), base.index);
    const record: RememberedRecord = {
      id: `mem-${i.toString(36)}`, site: 'bench.example', title: a.title, outlet: a.outlet, siteName: a.outlet, byline: null, url: null,
      publishedAt: a.publishedAt, language: a.language, readAt: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
      storyId: `story-mem-${story.id}`, storyTitle: story.title, profile, chars: a.text.length,
    };
    const compressed = deflateRawSync(Buffer.from(a.text, 'utf8')).length;
    const { profile: p, ...fields } = record;
    textBytes += compressed;
    bytes += compressed + p.hashes.byteLength + p.weights.byteLength + p.persons.byteLength + p.quotes.byteLength + p.figures.byteLength + Buffer.byteLength(JSON.stringify(fields));
    return record;
  });
  const [prepared, joinMs] = time(() => withRemembered(base, records));
  const querySet = queries.map((q) => ({ ...q, profile: profileArticle({ text: q.text, language: 'en' }, prepared.catalog) }));
  for (const q of querySet) findStoryCandidate(q.profile, prepared); // a warm worker: one untimed pass first
  const lookups: number[] = [];
  let right = 0;
  for (const q of querySet) {
    const [found, t] = time(() => findStoryCandidate(q.profile, prepared));
    lookups.push(t);
    if (found?.storyId === `story-mem-${q.storyId}`) right++;
  }
  return {
    articles: count,
    joinMs,
    lookupMedianMs: quantile(lookups, 0.5),
    lookupP95Ms: quantile(lookups, 0.95),
    rightStory: right / querySet.length,
    bytesPerArticle: bytes / count,
    textBytesPerArticle: textBytes / count,
  };
}
