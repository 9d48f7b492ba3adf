// Ingest on the two seed documents and on pages written for these tests: splitting, clutter,
// header fields out of the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText, type IngestedArticle } from '../../../src/core/corpus/ingest.ts';
import { isDoubledText, isFurnitureLine, isListHeader } from '../../../src/core/corpus/ingest/clutter.ts';
import { findDateline, isDateLine, parseByline } from '../../../src/core/corpus/ingest/line-kinds.ts';

const root = join(import.meta.dirname, '../../..');
const seed = (name: string) => readFileSync(join(root, 'seeds/documents', name), 'utf8');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/corpus', name), 'utf8');
const text = (a: IngestedArticle) => a.body.join('\n\n');

describe('seed 000: two stories on one page, "Most Read" list at the end', () => {
  const { articles, dropped } = ingestText(seed('000_cc2cb2b27cb2e02b.txt'));

  it('splits into the Blinken/Ramstein story and the Massoud story', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'US, Pakistan on same page in dealing with Taliban interim government',
      "Thousands of fighters can return 'anytime': Massoud",
    ]);
  });
  it('keeps each story whole and apart', () => {
    expect(articles[0]!.body[0]).toMatch(/^US Secretary of State Antony Blinken has warned/);
    expect(articles[0]!.body.at(-1)).toMatch(/^Biden has long favoured pulling out/);
    expect(text(articles[0]!)).not.toContain('Massoud');
    expect(articles[1]!.body[0]).toMatch(/^Thousands of fighters opposed to the Taliban/);
    expect(articles[1]!.body.at(-1)).toMatch(/"strategic positions" in the valley\.$/);
    expect(text(articles[1]!)).not.toContain('Blinken');
  });
  it('drops the "Most Read" list with its doubled headlines', () => {
    expect(dropped.map((u) => u.text)[0]).toBe('Most Read');
    expect(dropped).toHaveLength(5);
    for (const article of articles) {
      expect(text(article)).not.toMatch(/Most Read|STYLISH|Sanam Jung|Sajal/);
    }
  });
  it('takes the subtitle and the printed date out of the text', () => {
    expect(articles[0]!.standfirst).toMatch(/^Blinken says Taliban legitimacy will have to be earned : Qureshi says/);
    expect(articles[0]!.dateAsPrinted).toBe('September 9, 2021 08:51 AM');
    expect(text(articles[0]!)).not.toContain('September 9, 2021');
    expect(text(articles[0]!)).not.toContain('Qureshi says peaceful');
  });
  it('keeps the wire subheads as paragraphs of the text', () => {
    expect(articles[0]!.body).toContain('- Meeting refugees -');
  });
  it('separates paragraphs with one blank line and collapses odd spaces', () => {
    expect(text(articles[0]!)).not.toMatch(/\n{3}|\u00a0| {2}/);
    expect(text(articles[0]!)).toContain('20-nation ministerial');
  });
});

describe('seed 003: one machine-translated report with standfirst, date and byline', () => {
  const { articles, dropped } = ingestText(seed('003_79f0f28387a61ee3.txt'));
  const [article] = articles;

  it('stays one article (the quoted subhead is not a new story)', () => {
    expect(articles).toHaveLength(1);
    expect(article!.body).toContain('“I am looking forward to welcoming you”');
    expect(dropped).toEqual([]);
  });
  it('has no printed headline', () => expect(article!.title).toBeNull());
  it('reads standfirst, dateline, printed date, byline and agency', () => {
    expect(article!.standfirst).toMatch(/^US Secretary of State Antony Blinken has warned the new Taliban administration/);
    expect(article!.dateline).toBe('Ramstein');
    expect(article!.dateAsPrinted).toBe('Posted on Sep 8, 2021 at 7:12 am Updated at 1:56 pm');
    expect(article!.byline).toBe('Shaun TANDON');
    expect(article!.agency).toBe('Agence France-Presse');
  });
  it('starts the text with the first body paragraph', () => {
    expect(article!.body[0]).toMatch(/^The head of American diplomacy spent part of the day/);
    expect(text(article!)).not.toMatch(/Posted on|TANDON|^\(Ramstein\)/);
  });
});

describe('pages written for these tests', () => {
  const cases: {
    file: string;
    titles: (string | null)[];
    firstWords: string[];
    dropped?: string[];
    header?: Partial<IngestedArticle>;
    absent?: RegExp;
  }[] = [
    {
      file: 'two-stories-page.txt',
      titles: ['Harbour town approves floating solar farm after long debate', 'Glacier museum to reopen with a new ice tunnel'],
      firstWords: ['The council of Brackwater voted', 'The Alpine Glacier Museum in Vellach'],
      dropped: ['Advertisement', 'Share this article', 'Related stories', 'Most Popular'],
      header: { dateAsPrinted: 'May 3, 2024 10:15 AM' },
      absent: /Ferry timetable|Bakery wins|elects new chair|Oyster basin clean-up/,
    },
    {
      file: 'subheads-article.txt',
      titles: ['Library hours cut as city budget tightens'],
      firstWords: ["Norbury's public libraries will close"],
      header: { byline: 'Jane Hollis', agency: 'Reuters' },
    },
    {
      file: 'wrapped-article.txt',
      titles: ['Wind turbine blade found on beach after storm'],
      firstWords: ['A piece of a wind turbine blade roughly the size of a bus washed up'],
      header: { dateAsPrinted: '12 March 2023' },
    },
    {
      file: 'date-first.txt',
      titles: ['Night trains return to the valley line'],
      firstWords: ['Overnight trains will run again'],
      dropped: ['Read more: Rail operator posts record summer passenger numbers'],
      header: { dateAsPrinted: 'Published: 2022-11-04', dateline: 'NORDHEIM' },
    },
    {
      file: 'wire-page-quirks.txt',
      titles: ['Ferry strike ends after overnight talks'],
      firstWords: ['Ferry crews on the northern islands went back to work on Thursday after their union and the operator agreed on a pay rise'],
      dropped: ['Lena Hartwig/Pool via REUTERS Union leaders leave the ministry after the talks'],
      header: { byline: 'Lena Hartwig', dateline: 'KESTREL BAY' },
      absent: /Correspondent|Pool via|^Ferry strike ends/,
    },
  ];
  for (const c of cases) {
    describe(c.file, () => {
      const { articles, dropped } = ingestText(fixture(c.file));
      it('finds the articles and their titles', () => expect(articles.map((a) => a.title)).toEqual(c.titles));
      it('starts each text at its first paragraph', () => {
        articles.forEach((a, i) => expect(a.body[0], `article ${i + 1}`).toMatch(new RegExp(`^${c.firstWords[i]}`)));
      });
      if (c.dropped) it('drops the clutter', () => expect(dropped.map((u) => u.text)).toEqual(expect.arrayContaining(c.dropped!)));
      if (c.header) it('reads the header', () => expect(articles[0]).toMatchObject(c.header!));
      if (c.absent) it('keeps list items out of every text', () => articles.forEach((a) => expect(text(a)).not.toMatch(c.absent!)));
    });
  }
  it('keeps plain subheads inside their article', () => {
    const { articles } = ingestText(fixture('subheads-article.txt'));
    expect(articles[0]!.body).toEqual(expect.arrayContaining(['Reaction from readers', 'What happens next']));
  });
});

describe('line kinds', () => {
  const table: [string, (s: string) => unknown, string, unknown][] = [
    ['doubled teaser', isDoubledText, 'Ferry timetable changes Ferry timetable changes', true],
    ['headline printed once', isDoubledText, 'Ferry timetable changes for the summer season', false],
    ['list header', isListHeader, 'Most Read', true],
    ['list header with colon', isListHeader, 'Related articles:', true],
    ['prose is no list header', isListHeader, 'Most readers agreed.', false],
    ['advertisement', isFurnitureLine, 'Advertisement', true],
    ['share prompt', isFurnitureLine, 'Share on Facebook', true],
    ['read-more line', isFurnitureLine, 'Read more: Council budget passes', true],
    ['prose starting like a prompt', isFurnitureLine, 'Subscribers to the paper were angry about the change in delivery times, several said.', false],
    ['date line', isDateLine, 'September 9, 2021 08:51 AM', true],
    ['German date line', isDateLine, '8. September 2021, 14:05 Uhr', true],
    ['sentence with a date', isDateLine, 'The attacks of September 11, 2001 changed the course of the war in the region.', false],
    ['byline with agency', (s) => parseByline(s), 'Shaun TANDON Agence France-Presse', { byline: 'Shaun TANDON', agency: 'Agence France-Presse', strong: true }],
    ['By-line', (s) => parseByline(s), 'By Jane Hollis and Tom Reed', { byline: 'Jane Hollis, Tom Reed', agency: null, strong: true }],
    ['headline is no byline', (s) => parseByline(s), 'Night trains return to the valley line', null],
    ['dateline in brackets', (s) => findDateline(s)?.place, '(Ramstein) The minister said…', 'Ramstein'],
    ['wire dateline', (s) => findDateline(s)?.place, 'GENEVA, Switzerland (AFP) - The talks…', 'GENEVA, Switzerland'],
    ['no dateline', (s) => findDateline(s), 'Pakistan: a view from the border town', null],
  ];
  for (const [name, fn, input, expected] of table) it(name, () => expect(fn(input)).toEqual(expected));
});
