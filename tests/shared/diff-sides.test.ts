import { describe, expect, it } from 'vitest';
import { diffSides } from '../../src/shared/diff-sides.ts';
import type { DiffPart } from '../../src/core/types.ts';

const render = (pieces: { text: string; changed: boolean }[]) => pieces.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

describe('diffSides', () => {
  const cases: [string, DiffPart[], string, string][] = [
    ['bare word runs get spaces between them', [{ op: 'same', text: 'The Taliban' }, { op: 'here', text: 'are looking for' }, { op: 'there', text: 'seek' }, { op: 'same', text: 'international legitimacy' }],
      'The Taliban [are looking for] international legitimacy', 'The Taliban [seek] international legitimacy'],
    ['runs that carry their own spaces are kept as they are', [{ op: 'same', text: 'We ' }, { op: 'here', text: 'heard them' }, { op: 'there', text: 'listened' }, { op: 'same', text: ', and we' }],
      'We [heard them], and we', 'We [listened], and we'],
    ['no space before closing punctuation', [{ op: 'same', text: 'fought for' }, { op: 'here', text: ',' }], 'fought for[,]', 'fought for'],
    ['only one side changed', [{ op: 'here', text: '4,200' }, { op: 'there', text: 'about 3,000' }, { op: 'same', text: 'dock workers' }], '[4,200] dock workers', '[about 3,000] dock workers'],
  ];
  for (const [name, parts, here, there] of cases) {
    it(name, () => {
      const sides = diffSides(parts);
      expect(render(sides.here)).toBe(here);
      expect(render(sides.there)).toBe(there);
    });
  }
});
