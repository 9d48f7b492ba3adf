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

  const words = (values: number[]) => encodeBytes(new Uint8Array(Uint32Array.from(values).buffer));
  const damages: [string, (s: ReturnType<typeof serializeStoryIndex>) => object, RegExp][] = [
    ['a missing field', ({ docs: _docs, ...rest }) => rest, /"docs" is not base64/],
    ['ids that are not strings', (s) => ({ ...s, storyIds: [1, 2] }), /"storyIds" is not a list of ids/],
    ['a field that is not base64', (s) => ({ ...s, keys: 'abc$' }), /"keys" is not base64/],
    ['a field of broken words', (s) => ({ ...s, hashes: 'AAAA' }), /"hashes" does not hold whole 32-bit values/],
    ['padding inside a field', (s) => ({ ...s, keys: `AA==${s.keys}` }), /"keys" is not base64/],
    ['a field cut short of a quartet', (s) => ({ ...s, keys: s.keys.slice(0, -1) }), /"keys" is not base64/],
    ['one story id too many', (s) => ({ ...s, storyIds: [...s.storyIds, 's3'] }), /3 story ids for 2 articles/],
    ['feature offsets past the features', (s) => ({ ...s, featureOffsets: words([0, 5, 9_999]) }), /feature offsets are out of order/],
    ['unsorted keys', (s) => ({ ...s, keys: words([...new Uint32Array(decodeBytes(s.keys).slice().buffer)].reverse()) }), /keys are not sorted/],
    ['a posting past the articles', (s) => ({ ...s, docs: words(new Array(decodeBytes(s.docs).length / 4).fill(7)) }), /names an article the index does not hold/],
    ['emptied inverted lists', (s) => ({ ...s, keys: '', offsets: words([0]) }), /offsets are out of order/],
  ];
  for (const [name, damage, error] of damages) {
    it(`refuses a damaged index, whole, before any lookup: ${name}`, () => {
      expect(() => deserializeStoryIndex(damage(serializeStoryIndex(index)) as never), name).toThrow(error);
    });
  }

  it('checks a field of tens of megabytes without running out of stack (the index of a large corpus)', () => {
    const serialized = serializeStoryIndex(index);
    // 48 MB of well-formed base64 in a field the structural checks then refuse: the shape check passes it.
    const huge = { ...serialized, weights: 'AAAA'.repeat(12_000_000) };
    expect(() => deserializeStoryIndex(huge as never)).toThrow(/weights|feature/);
    expect(() => deserializeStoryIndex(huge as never)).not.toThrow(/call stack/);
  });

  it('refuses an index of another format', () => {
    expect(() => deserializeStoryIndex({ ...serializeStoryIndex(index), format: 0 })).toThrow(/rebuild the corpus/);
  });
});
