// A figure per day and a figure per day are the same kind of count, wherever the rate is said.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/compare/analysed-text.ts';
import { alignSentences } from '../../../src/core/compare/align.ts';
import { numberDifferences } from '../../../src/core/compare/number-differences.ts';
import { buildStrictEntityCatalog } from '../../../src/core/entities/strict-catalog.ts';

const catalog = buildStrictEntityCatalog([]);
const version = { outlet: 'The Other Paper', articleId: 'other' };

function numberNotes(here: string, there: string) {
  const h = analyseText(here, 'en', catalog);
  const t = analyseText(there, 'en', catalog);
  return numberDifferences(h, t, version, alignSentences(h.sentences, t.sentences)).map((n) => n.values);
}

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
