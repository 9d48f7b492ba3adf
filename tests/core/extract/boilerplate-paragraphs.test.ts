import { describe, expect, it } from 'vitest';
import { boilerplateReason, dropBoilerplate } from '../../../src/core/extract/boilerplate-paragraphs.ts';
import type { TextBlock } from '../../../src/core/extract/render-text.ts';

const text = (t: string, linkShare = 0): TextBlock => ({ text: t, kind: 'text', linkShare });
const context = { title: 'Ferry pier at Saltmere to reopen', byline: 'Mira Castellane' };

// Lines a news page wraps around its story.
const furniture: [string, TextBlock][] = [
  ['advertisement label', text('Advertisement')],
  ['advert label', text('ADVERT')],
  ['read more line', text('Read more: Why the bay bridge plan was shelved again')],
  ['related line', text('Related: Storm leaves harbour towns counting the cost')],
  ['German read-also', text('Lesen Sie auch: Hafen wird bis zum Sommer umgebaut')],
  ['linked headline', text('Tram line extension wins final approval after long delays', 1)],
  ['newsletter prompt', text("Sign up for our Coast newsletter and get the week's harbour news in your inbox.")],
  ['newsletter inside a sentence', text('Get the morning briefing: our newsletter is delivered to your inbox every weekday.')],
  ['follow prompt', text('Follow us on Twitter and Facebook for the latest updates.')],
  ['cookie notice', text('This site uses cookies to give you a better experience.')],
  ['photo credit', text('Photo: Jonas Feld / Harbour Ledger')],
  ['caption with agency credit', text('A crane lifts a new deck section into place at the pier on Tuesday. (AP Photo/Jane Roe)')],
  ['caption ending with agency and photographer', text('Workers on the pier deck at dawn. REUTERS/Ola Nordmann')],
  ['gallery counter', text('Image 3 of 12')],
  ['dateline', text('Updated 1:39 am EST, Wednesday, September 8, 2021')],
  ['dateline with byline', text('By Mira Castellane | September 8, 2021 at 7:12 AM')],
  ['byline', text('By Mira Castellane and Tomasz Wren')],
  ['German byline', text('Von Jana Holzer')],
  ['byline with outlet', text('Mira Castellane, Harbour Ledger')],
  ['reporting credit', text('(Reporting by Jane Roe; Editing by John Doe)')],
  ['contributors line', text('Ledger writers Ann Lee and Bo Chan contributed to this report.')],
  ['copyright line', text('© 2021 The Harbour Ledger. All rights reserved.')],
  ['share buttons', text('Share Facebook Twitter Email')],
  ['reach the reporters', text('Reach the reporters on Twitter at @harbourdesk.')],
];

// Story sentences that look a little like furniture and must stay.
const story: [string, TextBlock][] = [
  ['a sentence starting with "Photos"', text('Photos of the damaged pier, taken by a passenger, showed a third of the deck missing.')],
  ['a sentence about a newsletter', text('The council said its own newsletter had warned residents about the storm two days before it arrived.')],
  ['a sentence starting with "By" and a time', text('By Monday, crews had driven the last of the new piles into the seabed.')],
  ['a quote naming a photo agency', text('"We saw it on the news," she told AFP, shaking her head.')],
  ['a sentence with a date', text('The pier first opened on September 8, 1921, and was rebuilt twice since.')],
  ['a German sentence starting with "Von"', text('Von der alten Fähre bleibt nur der Name.')],
  ['a sentence starting with "Share"', text('Shares in the ferry operator rose four percent after the announcement on Tuesday.')],
  ['a printed web address', text('https://ledger.example/pier', 1)],
  ['a long linked sentence', text('The authority published its full inspection report, which runs to more than two hundred pages and lists every pile, every bolt, every weld and every plank that was replaced, along with the cost of each item and the name of the contractor who did the work.', 1)],
];

describe('boilerplateReason', () => {
  for (const [name, block] of furniture) it(`drops ${name}`, () => expect(boilerplateReason(block, context)).not.toBeNull());
  for (const [name, block] of story) it(`keeps ${name}`, () => expect(boilerplateReason(block, context)).toBeNull());
});

describe('dropBoilerplate', () => {
  it('drops the headline when it opens the text, and headings left with nothing under them', () => {
    const blocks: TextBlock[] = [
      { text: context.title, kind: 'heading', linkShare: 0 },
      text('The pier reopens on Monday after five weeks of repairs, the harbour authority said.'),
      { text: 'More from the coast', kind: 'heading', linkShare: 0 },
    ];
    expect(dropBoilerplate(blocks, context).map((b) => b.text)).toEqual([blocks[1]!.text]);
  });
  it('drops an author box at the end only', () => {
    const bio = text('Mira Castellane is a reporter for The Harbour Ledger covering the coast.');
    const subject = text('Ola Brennan is a baker who has run the shop near the terminal for twenty years.');
    const story = ['The pier reopens on Monday after five weeks of repairs.', 'Crossings will run every forty minutes at first.', 'Season tickets will be refunded for the lost weeks.'].map((t) => text(t));
    expect(dropBoilerplate([subject, ...story, bio], context).map((b) => b.text)).toEqual([subject, ...story].map((b) => b.text));
  });
  it('keeps a repeated long paragraph once and short repeated list entries every time', () => {
    const long = text('A crane lifts a new deck section into place at the pier, watched by a small crowd of commuters.');
    const entry = text('1 cup of oats');
    expect(dropBoilerplate([long, entry, long, entry], context).map((b) => b.text)).toEqual([long.text, entry.text, entry.text]);
  });
});
