// A figure per day and a figure per day are the same kind of count, wherever the rate is said.
import { describe, expect, it } from 'vitest';
import { numberNotes } from './number-notes.ts';

describe('number notes and rates', () => {
  const lead = 'The tram drivers of Velden went back to work on Friday after a strike of six days.';
  it('pairs a rate said after the unit and its verb with one said right after the unit', () => {
    expect(numberNotes(
      `${lead} The strike had left the hill suburbs without trams and some 2,600 riders stranded each day.`,
      `${lead} The stoppage cut off the hill suburbs and stranded about 2,100 riders every morning.`,
    )).toEqual([{ here: '2,600', there: '2,100' }]);
  });

  it('keeps a rate apart from a total', () => {
    expect(numberNotes(
      `${lead} The strike had left the hill suburbs without trams and some 2,600 riders stranded each day.`,
      `${lead} The stoppage cut off the hill suburbs and stranded about 9,000 riders in all.`,
    )).toEqual([]);
  });
});
