// An attribution note says two outlets gave one remark to two different people. Not when the
// remarks share only a name they both print, not when one speaker is an organisation's initials,
// not when one outlet's speaker is printed as speaking for the other's.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/core/compare/analysed-text.ts';
import { compareStory } from '../../../src/core/compare/compare-story.ts';
import { remarkWithoutNames } from '../../../src/core/compare/remark-without-names.ts';
import { speaksFor } from '../../../src/core/compare/speaks-for.ts';
import { buildStrictEntityCatalog } from '../../../src/core/entities/strict-catalog.ts';

const catalog = buildStrictEntityCatalog([]);

function attributionNotes(here: string, there: string) {
  const h = analyseText(here, 'en', catalog);
  const t = analyseText(there, 'en', catalog);
  const versions = [{ articleId: 'other', outlet: 'The Other Paper', publishedAt: null, publishedAsPrinted: null, analysed: t }];
  return compareStory(h, { start: 0, end: here.length }, null, versions, { keepAll: true }).differences.filter((d) => d.kind === 'attribution');
}

const lead = 'The Harlow ferry ran aground near Skellan Point on Monday with 200 passengers on board.';

describe('attribution notes', () => {
  it('note one remark given to two people', () => {
    expect(attributionNotes(
      `${lead} "Nobody on board was hurt, and every passenger was taken ashore by the lifeboats," said Ines Moor, the harbour master.`,
      `${lead} "Nobody on board was hurt, and every passenger was taken ashore by the lifeboats," said Tom Reed, the ferry's captain.`,
    )).toHaveLength(1);
  });

  it('leave alone two remarks that share only the name of a law', () => {
    expect(remarkWithoutNames('a plain misuse of the Coastal Shipping Act')).not.toContain('Shipping');
    expect(attributionNotes(
      `${lead} Harbour master Ines Moor called the grounding "a plain misuse of the Coastal Shipping Act," Moor said.`,
      `${lead} "To run a ferry that close to the rocks and then claim the shelter of the Coastal Shipping Act is nothing but reckless," said Tom Reed, a spokesman for the sailors' union.`,
    )).toEqual([]);
  });

  it('leave alone a remark given to a company by its initials and to its manager', () => {
    expect(attributionNotes(
      `${lead} HLS said the ferry would stay in dock "until the hull is checked twice over," HLS said.`,
      `${lead} The ferry will stay in dock "until the hull is checked twice over," Ines Moor said.`,
    )).toEqual([]);
  });

  it('leave alone a remark given to a carrier and to its head of safety', () => {
    expect(attributionNotes(
      `Carrier Harlow Lines said on Tuesday its ferry would stay in dock. "Nobody will sail on her until the hull has been checked twice over, and we will not take that risk," said Harlow's head of safety, Ines Moor.`,
      `Harlow Lines said on Tuesday its ferry would stay in dock. "Nobody will sail on her until the hull has been checked twice over, and we will not take any risk," safety chief Ines Moor said.`,
    )).toEqual([]);
  });

  it('tell who speaks for whom', () => {
    expect(speaksFor(['The ferry will stay in dock, said Harlow\'s head of safety, Ines Moor.'], 'Carrier Harlow', 'Ines Moor')).toBe(true);
    expect(speaksFor(['Ines Moor, a spokeswoman for Harlow Lines, said the ferry was safe.'], 'Harlow Lines', 'Ines Moor')).toBe(true);
    expect(speaksFor(['Harlow Lines safety chief Ines Moor said the ferry was safe.'], 'Harlow Lines', 'Ines Moor')).toBe(true);
    expect(speaksFor(['Harlow beat Ines Moor in the vote.'], 'Harlow', 'Ines Moor')).toBe(false);
    expect(speaksFor(["Tom Reed's transport minister, Ines Moor, disagreed."], 'Tom Reed', 'Ines Moor')).toBe(false);
    expect(speaksFor(['Tom Reed praised the crew. Harlow Lines. Ines Moor said.'], 'Tom Reed', 'Ines Moor')).toBe(false);
  });
});
