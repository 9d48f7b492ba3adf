// Two figures of one unit disagree only when they count the same thing: a duration in the same
// role, a count no outlet prints twice over, one owner's figure.
import { describe, expect, it } from 'vitest';
import { numberNotes } from './number-notes.ts';
import { durationRole } from '../../../src/core/compare/duration-role.ts';
import { findNumbers } from '../../../src/core/text/numbers.ts';

const roleOf = (text: string) => durationRole(text, findNumbers(text, 'en')[0]!);

describe('duration roles', () => {
  it('tells how long, how long ago and how late apart', () => {
    expect(roleOf('The tunnel opened after six years of digging.')).toBe('span');
    expect(roleOf('The tunnel was first planned six years ago.')).toBe('offset');
    expect(roleOf('The tunnel opened two years late.')).toBe('delay');
    expect(roleOf('The opening was delayed by two years.')).toBe('delay');
  });
});

describe('figures that count the same thing', () => {
  const lead = 'The Farrow tunnel under the Dell estuary opened to lorries on Monday.';
  it('compares no delay with the time the work took', () => {
    expect(numberNotes(
      `${lead} The tunnel opened to traffic after six years of digging and 900 million crowns of spending.`,
      `${lead} The tunnel under the estuary opened to traffic two years late, at a cost of 900 million crowns.`,
    )).toEqual([]);
  });

  it('still compares two times the work took', () => {
    expect(numberNotes(
      `${lead} The tunnel opened to traffic after six years of digging and 900 million crowns of spending.`,
      `${lead} The tunnel opened to traffic after five years of digging and 900 million crowns of spending.`,
    )).toEqual([{ here: 'six', there: 'five' }]);
  });

  it('leaves two counts alone when one outlet prints both of them', () => {
    expect(numberNotes(
      "The Otters' top scorer had 16 points in the win over Harrowgate on Saturday night. Harrowgate's top scorer had 23 points in the loss.",
      "Harrowgate's top scorer had 23 points in the loss to the Otters on Saturday night.",
    )).toEqual([]);
  });

  it('leaves alone two people\'s figures that share only the team', () => {
    expect(numberNotes(
      'The Otters beat Harrowgate 81-70 on Saturday. Mara Lind added 16 points for the Otters in the win.',
      'The Otters beat Harrowgate 81-70 on Saturday. Tess Okafor put up 23 points against the Otters in the loss.',
    )).toEqual([]);
  });
});
