import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find-quotes.ts';

/** Top-level quotations as printed; nested ones prefixed with ">". */
function quotes(text: string, language = 'en'): string[] {
  return findQuotes(text, language).map((q) => {
    const inner = text.slice(q.start, q.end);
    return q.nested ? `>${inner}` : inner;
  });
}

const cases: { name: string; text: string; language?: string; want: string[] }[] = [
  { name: 'straight marks', text: 'He said "the river is rising" and left.', want: ['the river is rising'] },
  { name: 'curly marks', text: '“We will rebuild the bridge,” the mayor said.', want: ['We will rebuild the bridge,'] },
  { name: 'French guillemets with spaces', text: '« Nous partirons demain », a dit la ministre.', language: 'fr', want: ['Nous partirons demain'] },
  { name: 'German low-high marks', text: 'Sie sagte: „Wir bleiben hier.“ Dann ging sie.', language: 'de', want: ['Wir bleiben hier.'] },
  { name: 'German chevrons', text: 'Er sagte: »Das reicht nicht.« Danach schwieg er.', language: 'de', want: ['Das reicht nicht.'] },
  { name: 'single curly marks for a word', text: 'The coach said his side had to stay ‘calm’ in the final.', want: ['calm'] },
  { name: 'apostrophes are not quotation marks', text: 'The Rovers’ captain said it’s over; the fans’ mood was grim.', want: [] },
  { name: 'prime marks are not quotation marks', text: 'Goals came in the 12′ and 80′ minutes, and the “late” one hurt.', want: ['late'] },
  { name: 'straight single marks', text: "Fighters may return 'at any time': the commander.", want: ['at any time'] },
  { name: 'elisions are not openings', text: "Rock 'n' roll in the '90s was loud, said Ana.", want: [] },
  { name: 'closing mark after a stray space', text: '“All support has to be won, ”she warned.', want: ['All support has to be won,'] },
  { name: 'opening and closing marks mixed', text: '"The levee held” the engineer said. “It will hold again," he added.', want: ['The levee held', 'It will hold again,'] },
  { name: 'a stray mark followed by punctuation is ignored', text: '“Roads first.” Then the rest […] “.\n\nThe council met again.', want: ['Roads first.'] },
  {
    name: 'an unbalanced mark stays inside its paragraph',
    text: 'The minister said the plan was "final and that was that.\n\nOn Tuesday the council voted "no" on the budget.',
    want: ['no'],
  },
  {
    name: 'a quotation running on across paragraphs is one entry',
    text: 'She wrote: "First, we repair the school.\n\n"Then we open the library.\n\n"Then the pool," she added.\n\nThe end.',
    want: ['First, we repair the school.\n\n"Then we open the library.\n\n"Then the pool,'],
  },
  {
    name: 'a quotation interrupted by an attribution is two entries',
    text: '"The water is clean," the engineer said, "and it will stay clean."',
    want: ['The water is clean,', 'and it will stay clean.'],
  },
  {
    name: 'an unclosed quotation ends before a trailing attribution',
    text: 'The plan “covers every district. We will not leave anyone behind, the mayor said at the briefing.\n\n“Next week we start,” she added.',
    want: ['covers every district. We will not leave anyone behind,', 'Next week we start,'],
  },
  {
    name: 'a lost opening mark before an attribution',
    text: 'The talks are over for now,” Brandt said at the airport.',
    want: ['The talks are over for now,'],
  },
  {
    name: 'Swedish and Finnish marks that open and close alike',
    text: 'Hon sa: ”Vi är redo.” Han svarade: »Inte än».',
    language: 'sv',
    want: ['Vi är redo.', 'Inte än'],
  },
  {
    name: 'an unclosed mark inside a sentence does not swallow the next paragraph',
    text: 'The mayor called the plan a "disaster and left.\n\n"We will rebuild," her deputy said.',
    want: ['We will rebuild,'],
  },
  {
    name: 'Norwegian dash quotation',
    text: 'Ministeren var tydelig.\n\n– Vi må gjøre mer for flyktningene, sa Hansen til NTB onsdag.\n\nMøtet varte i to timer.',
    language: 'no',
    want: ['Vi må gjøre mer for flyktningene,'],
  },
  {
    name: 'English bullet lines are not dash quotations',
    text: '- Some workers expect a long strike.\n- The company says talks continue.',
    want: [],
  },
  {
    // Paragraph breaks lost in copying: the closing mark of a remark run on over paragraphs is missing.
    name: 'a finished sentence, then an opening mark: the quotation before it ended there',
    text: 'The vote was close. “We held on,” Ana Ruiz said. “The rivals kept pushing. They will be back. “Next year we start earlier,” she added.',
    want: ['We held on,', 'The rivals kept pushing. They will be back.', 'Next year we start earlier,'],
  },
  {
    name: 'a quotation opening a sentence runs on into the paragraph that reopens it',
    text: 'The vote was close. “We held on,” Ana Ruiz said. “The rivals kept pushing.\n\n“Next year we start earlier,” she added.',
    want: ['We held on,', 'The rivals kept pushing.\n\n“Next year we start earlier,'],
  },
  {
    name: 'a closing mark printed after a stray space still closes',
    text: 'He was firm. "We won. " Ruiz said it twice.',
    want: ['We won.'],
  },
  {
    name: 'a quotation inside a quotation is nested',
    text: '"They handed us a bucket and said, ‘Good luck!’" the farmer recalled.',
    want: ['They handed us a bucket and said, ‘Good luck!’', '>Good luck!'],
  },
  {
    name: 'British style: single outside, double inside',
    text: '‘He called the offer “an insult”, and he meant it,’ she said.',
    want: ['He called the offer “an insult”, and he meant it,', '>an insult'],
  },
];

describe('findQuotes', () => {
  for (const c of cases) {
    it(c.name, () => expect(quotes(c.text, c.language), c.name).toEqual(c.want));
  }

  it('offsets point at the inner words', () => {
    const text = 'Intro. “Inner words here,” she said.';
    const [q] = findQuotes(text);
    expect(q).toBeDefined();
    expect(text.slice(q!.start, q!.end)).toBe('Inner words here,');
    expect(text[q!.open]).toBe('“');
    expect(text.slice(q!.close - 1, q!.close)).toBe('”');
  });
});
