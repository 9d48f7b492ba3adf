// Whole articles written for these tests in the styles Parallax meets (court, sport and business
// reports, a German agency report, a French agency report, an English machine translation):
// every quotation with the speaker a careful reader would name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../../../src/core/quotes/index.ts';

const catalog = buildEntityCatalog([]);
const dir = join(import.meta.dirname, 'articles');

/** speaker: a name, "anonymous", or null (nobody speaks, or the text does not say). */
const articles: { file: string; language: string; quotes: [string, string | null][] }[] = [
  {
    file: 'court.txt',
    language: 'en',
    quotes: [
      ["We respect the jury's work", 'Denise Albright'],
      ['a victory for every taxpayer', 'Marcus Hale'],
      ["Mr. Pryce treated the town's accounts", 'Marcus Hale'],
      ['Today the jury told him', 'Marcus Hale'],
      ['substantial', 'Ellen Ortiz'],
      ['It took too long, but justice was done', 'Carla Mendes'],
      ['Where were the auditors?', 'anonymous'],
    ],
  },
  {
    file: 'sport.txt',
    language: 'en',
    quotes: [
      ['I just closed my eyes', "Liam O'Brien"],
      ["When it went in, I didn't know where to run.", "Liam O'Brien"],
      ['character', 'Sandra Kowalski'],
      ['lucky in spells', 'Sandra Kowalski'],
      ['We were second best for an hour', 'Sandra Kowalski'],
      ['It was a clear foul on our keeper', 'Pete Granger'],
      ['We will go again next week', 'Pete Granger'],
    ],
  },
  {
    file: 'business.txt',
    language: 'en',
    quotes: [
      ['These decisions are painful', 'Naomi Reed'],
      ['a betrayal of workers', 'Tony Alvarez'],
      ['Harbor has been losing shelf space', 'Rachel Kim'],
      ['The question is whether closing plants is enough', 'Rachel Kim'],
      ['We are not going to speculate', 'anonymous'],
    ],
  },
  {
    file: 'health-de.txt',
    language: 'de',
    quotes: [
      ['Wir müssen vorbereitet sein', 'Anna Keller'],
      ['noch beherrschbar', 'Anna Keller'],
      ['Jeder, der sich schützen will', 'Anna Keller'],
      ['Aktionismus', 'Jens Hartmann'],
      ['Die Regierung hat den Sommer verschlafen', 'Jens Hartmann'],
      ['Die Vorbereitungen laufen seit Monaten', 'anonymous'],
    ],
  },
  {
    file: 'hospitals-fr.txt',
    language: 'fr',
    quotes: [
      ["C'est un effort sans précédent", 'Claire Martin'],
      ['Nous avons entendu la détresse', 'Claire Martin'],
      ['dès le mois prochain', 'Claire Martin'],
      ['Ce plan ne règle pas le problème', 'Paul Renard'],
      ['Il faut recruter, et vite', 'Paul Renard'],
      ['injustes', 'Marc Dubois'],
    ],
  },
  {
    file: 'economy-machine-translated.txt',
    language: 'en',
    quotes: [
      ['weaker than expected', 'Bruno Lefort'],
      ['We must be lucid on the situation', 'Bruno Lefort'],
      ['It is out of question', 'Bruno Lefort'],
      ['lack of vision', null],
      ['The minister lives in another world', 'Sophie Garnier'],
    ],
  },
  {
    file: 'british.txt',
    language: 'en',
    quotes: [
      ['I thought I would never see them again', 'Margaret Dunne'],
      ['determined', 'Alan Birch'],
      ['This is the best part of the job', 'Alan Birch'],
      ['over the moon', 'Karen'],
    ],
  },
  {
    file: 'release.txt',
    language: 'en',
    quotes: [
      ['Ohio gives us the workforce', 'Priya Natarajan'],
      ['We are proud to build here', 'Priya Natarajan'],
      ['This is a vote of confidence', 'Mike Harmon'],
      ['Nobody asked us', 'Dale Fisher'],
      ['We found out from the newspaper', 'Joan'],
    ],
  },
  {
    file: 'mixed.txt',
    language: 'en',
    quotes: [
      ['deeply disappointed', 'Ruth Okafor'],
      ['We have a housing crisis', 'Ruth Okafor'],
      ['The land is contaminated', 'Derek Walsh'],
      ['scaremongering', 'Ruth Okafor'],
      ['rushed and half-baked', 'Derek Walsh'],
      ['Nobody wins if this becomes', 'Linda Cho'],
    ],
  },
  {
    file: 'interview.txt',
    language: 'en',
    quotes: [
      ['I never wanted to be famous', 'Tara Vance'],
      ['I just wanted to write songs', 'Tara Vance'],
      ['Quiet Roads', null],
      ['She taught me every song I know', 'Tara Vance'],
      ['This record is for her', 'Tara Vance'],
      ['the bravest thing she has done', 'Sam Okoye'],
    ],
  },
];

/** Of the speakers named, the share right; of the speakers above, the share named rightly. */
const MIN_PRECISION = 0.9;
const MIN_RECALL = 0.7;

describe('whole articles', () => {
  const tally = { named: 0, wrong: [] as string[], expected: 0, right: 0, missed: [] as string[] };
  for (const article of articles) {
    const text = readFileSync(join(dir, article.file), 'utf8');
    const { quotes, speakers } = analyzeQuotes(text, { language: article.language, catalog });
    for (const [start, speaker] of article.quotes) {
      it(`${article.file}: "${start}" is found`, () => {
        const q = quotes.find((x) => x.text.startsWith(start));
        expect(q, 'found').toBeDefined();
        const right = speaker === 'anonymous' ? q!.anonymous && q!.speaker !== null : q!.speaker === speaker;
        if (q!.speaker !== null) {
          tally.named++;
          if (!right) tally.wrong.push(`${article.file}: "${start}" → ${q!.speaker} (expected ${speaker ?? 'nobody'})`);
        }
        if (speaker !== null) {
          tally.expected++;
          if (right) tally.right++;
          else if (q!.speaker === null) tally.missed.push(`${article.file}: "${start}" (${speaker})`);
        }
      });
    }
    it(`${article.file}: every quotation with a speaker belongs to a speaker card`, () => {
      const carded = new Set(speakers.flatMap((s) => s.quotes));
      quotes.forEach((q, i) => expect(carded.has(i), q.text).toBe(q.speaker !== null));
    });
  }
  it(`names speakers with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    expect(1 - tally.wrong.length / tally.named, `wrong:\n${tally.wrong.join('\n')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(tally.right / tally.expected, `missed:\n${tally.missed.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
