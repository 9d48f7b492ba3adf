import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/core/match/profile.ts';
import { buildStoryIndex, findCandidates, toQueryProfile } from '../../../src/core/match/story-index.ts';
import { deserializeStoryIndex, serializeStoryIndex } from '../../../src/core/match/serialize-index.ts';
import { decodeBytes, encodeBytes } from '../../../src/core/match/base64.ts';

const profile = (text: string) => buildProfile({ text, language: 'en', mentions: [] });

describe('base64', () => {
  for (const length of [0, 1, 2, 3, 4, 5, 100]) {
    it(`round-trips ${length} bytes`, () => {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37) & 255);
      expect([...decodeBytes(encodeBytes(bytes))]).toEqual([...bytes]);
    });
  }
});

describe('story index', () => {
  const entries = [
    { articleId: 'a1', storyId: 's1', profile: profile('Harbour Master Ingrid Solberg closed the Bergen ferry terminal after 4,200 passengers were stranded by the storm.') },
    { articleId: 'a2', storyId: 's2', profile: profile('The Lyon chess festival crowned Amadou Diallo champion after a final game lasting 131 moves.') },
  ];
  const index = buildStoryIndex(entries);
  const query = toQueryProfile(profile('Ingrid Solberg kept the Bergen terminal shut while 4,200 passengers waited out the storm.'));

  it('finds the article that shares names, figures and words', () => {
    expect(findCandidates(index, query)[0]?.articleId).toBe('a1');
  });

  it('survives serialisation unchanged', () => {
    const restored = deserializeStoryIndex(JSON.parse(JSON.stringify(serializeStoryIndex(index))));
    expect(findCandidates(restored, query).map((c) => [c.articleId, c.evidence.score])).toEqual(
      findCandidates(index, query).map((c) => [c.articleId, c.evidence.score]),
    );
  });

  it('refuses an index of another format', () => {
    expect(() => deserializeStoryIndex({ ...serializeStoryIndex(index), format: 0 })).toThrow(/rebuild the corpus/);
  });
});
