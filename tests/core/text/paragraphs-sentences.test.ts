import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/text/paragraphs.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('one paragraph per line or blank-line block', () => {
    expect(slices('First line.\n\nSecond line.\nThird line.\n', splitParagraphs('First line.\n\nSecond line.\nThird line.\n'))).toEqual([
      'First line.',
      'Second line.',
      'Third line.',
    ]);
  });
  it('rejoins hard-wrapped text', () => {
    const line = 'The harbour master said the ferries would run again as soon as the wind eased';
    const text = [`${line}`, 'off the headland, probably by the weekend.', '', `${line}`, 'and the swell dropped below two metres.', '', `${line}`, 'before the evening tide came in.'].join('\n');
    const paragraphs = slices(text, splitParagraphs(text));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('probably by the weekend.');
  });
});

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['abbreviations', 'Mr. Doe met U.S. officials on Sept. 8. He left.', ['Mr. Doe met U.S. officials on Sept. 8.', 'He left.']],
    ['initials', 'J. Doe arrived. Then he spoke.', ['J. Doe arrived.', 'Then he spoke.']],
    ['paragraph breaks end sentences', 'No full stop here\nNext one.', ['No full stop here', 'Next one.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(slices(text, splitSentences(text))).toEqual(expected));
});

describe('splitSentences on long paragraphs', () => {
  it('finds every sentence of a 100,000-character paragraph (the segmenter is fed windows)', () => {
    const text = 'He went home. '.repeat(7_200).trim();
    const sentences = slices(text, splitSentences(text));
    expect(sentences).toHaveLength(7_200);
    expect(new Set(sentences)).toEqual(new Set(['He went home.']));
  });
  it('reads only the tail of merged fragments ("A. A. A. …" stays one sentence)', () => {
    const text = 'A. '.repeat(30_000).trim();
    expect(splitSentences(text)).toHaveLength(1);
  });
});
