// Two days disagree only when they date the same happening: not when one dates a remark about
// it, nor when one tells a later day of a happening that lasts several.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/compare/analysed-text.ts';
import { alignSentences } from '../../../src/core/compare/align.ts';
import { eventDateDifferences } from '../../../src/core/compare/date-differences.ts';
import { buildStrictEntityCatalog } from '../../../src/core/entities/strict-catalog.ts';

const catalog = buildStrictEntityCatalog([]);
const version = { outlet: 'The Other Paper', articleId: 'other' };

function dateNotes(here: string, there: string) {
  const h = analyseText(here, 'en', catalog);
  const t = analyseText(there, 'en', catalog);
  return eventDateDifferences({ text: h, reference: null }, { text: t, reference: null }, version, alignSentences(h.sentences, t.sentences)).map((n) => n.values);
}

describe('dates of the same happening', () => {
  it('notes one happening placed on two days', () => {
    expect(dateNotes(
      'The Harlow ferry ran aground near Skellan Point on Monday with 200 passengers on board.',
      'The Harlow ferry ran aground near Skellan Point on Tuesday with 200 passengers on board.',
    )).toEqual([{ here: 'Monday', there: 'Tuesday' }]);
  });

  it('leaves alone a day that opens a sentence and dates its remark', () => {
    expect(dateNotes(
      'On Monday, Harlow Lines manager Ines Moor indicated that the ferry would stay in dock until March.',
      'On Tuesday, Harlow Lines manager Ines Moor indicated that the ferry would stay in dock until March.',
    )).toEqual([]);
  });

  it('leaves alone a later day of a happening that lasts several', () => {
    expect(dateNotes(
      'The ferry captain gave evidence on Monday at the hearing into the Harlow grounding at Skellan Point.',
      'The hearing into the Harlow grounding at Skellan Point went into a third day on Tuesday with the pilot giving evidence.',
    )).toEqual([]);
  });

  it('leaves alone two stages of one court case, each on its day', () => {
    expect(dateNotes(
      'Ada Crane, 41, was charged on Saturday with setting fire to the Marlow bus depot.',
      'Ada Crane, 41, was convicted on Thursday of setting fire to the Marlow bus depot.',
    )).toEqual([]);
    expect(dateNotes(
      'A fire gutted the Marlow bus depot on Friday night, destroying 30 buses.',
      'A woman was charged on Saturday over the fire that gutted the Marlow bus depot, destroying 30 buses.',
    )).toEqual([]);
  });

  it('still notes one stage placed on two days', () => {
    expect(dateNotes(
      'Ada Crane, 41, was convicted on Wednesday of setting fire to the Marlow bus depot.',
      'Ada Crane, 41, was convicted on Thursday of setting fire to the Marlow bus depot.',
    )).toEqual([{ here: 'Wednesday', there: 'Thursday' }]);
  });
});
