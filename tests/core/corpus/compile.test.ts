// The compiled seeds: articles with their metadata, stories with stable ids, the entity list.
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import { seedInput } from './seeds-helper.ts';

const result = compileCorpus(seedInput());
if (!result.ok) throw new Error(`the seeds do not compile: ${JSON.stringify(result.errors)}`);
const { corpus } = result.compiled;
const article = (id: string) => corpus.articles.find((a) => a.id === id)!;

describe('compiled seeds', () => {
  it('holds 2 documents, 3 articles, 2 stories', () => {
    expect(result.stats).toMatchObject({ documents: 2, articles: 3, stories: 2 });
    expect(corpus.articles.map((a) => a.id)).toEqual(['000_cc2cb2b27cb2e02b-1', '000_cc2cb2b27cb2e02b-2', '003_79f0f28387a61ee3-1']);
  });

  const metadata: [string, Record<string, unknown>][] = [
    ['000_cc2cb2b27cb2e02b-1', {
      outlet: 'Pakistani news site', byline: null, agency: null, publishedAt: '2021-09-09',
      publishedAsPrinted: 'September 9, 2021 08:51 AM', language: 'en', machineTranslated: false, url: null,
      title: 'US, Pakistan on same page in dealing with Taliban interim government', titleDescribed: false, dateline: null,
    }],
    ['000_cc2cb2b27cb2e02b-2', {
      outlet: 'Pakistani news site', publishedAt: '2021-09-09', machineTranslated: false,
      title: "Thousands of fighters can return 'anytime': Massoud", titleDescribed: false, standfirst: null,
    }],
    ['003_79f0f28387a61ee3-1', {
      byline: 'Shaun Tandon', agency: 'Agence France-Presse', publishedAt: '2021-09-08',
      publishedAsPrinted: 'Posted on Sep 8, 2021 at 7:12 am Updated at 1:56 pm', language: 'en', machineTranslated: true,
      titleDescribed: true, dateline: 'Ramstein',
    }],
  ];
  for (const [id, expected] of metadata) it(`${id} carries its metadata`, () => expect(article(id)).toMatchObject(expected));

  it('groups the two Blinken versions into one story and the Massoud article into another', () => {
    expect(corpus.stories).toEqual([
      { id: 'story-000_cc2cb2b27cb2e02b-1', title: 'US, Pakistan on same page in dealing with Taliban interim government',
        articleIds: ['000_cc2cb2b27cb2e02b-1', '003_79f0f28387a61ee3-1'] },
      { id: 'story-000_cc2cb2b27cb2e02b-2', title: "Thousands of fighters can return 'anytime': Massoud",
        articleIds: ['000_cc2cb2b27cb2e02b-2'] },
    ]);
  });

  it('compiles to the same bytes every time', () => {
    const again = compileCorpus(seedInput());
    expect(again.ok && JSON.stringify(again.compiled)).toBe(JSON.stringify(result.compiled));
  });

  it('carries the matching index of every article', () => {
    expect(result.compiled.index?.articleIds).toEqual(result.compiled.corpus.articles.map((a) => a.id));
  });
});

describe('entity list', () => {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const seedText = corpus.articles.map((a) => [a.title, a.standfirst, a.text].join('\n')).join('\n');

  it('has 30 or more entities', () => expect(corpus.entities.length).toBeGreaterThanOrEqual(30));

  const required = [
    'antony-blinken', 'heiko-maas', 'shah-mahmood-qureshi', 'armin-laschet', 'angela-merkel', 'joe-biden', 'donald-trump',
    'mustafa-mohammadi', 'ahmad-wali-massoud', 'ahmad-shah-massoud', 'ahmad-massoud', 'taliban', 'us-state-department', 'nato',
    'al-qaeda', 'national-resistance-front', 'united-nations', 'ramstein-air-base', 'germany', 'pakistan', 'iran', 'qatar',
    'kabul', 'kabul-airport', 'panjshir-valley', 'geneva', 'switzerland', 'afghanistan', 'united-states', 'washington', 'tehran',
  ];
  for (const id of required) {
    it(`lists ${id}, named in the seeds by one of its aliases`, () => {
      const entity = byId.get(id);
      expect(entity).toBeDefined();
      expect(entity!.aliases.some((alias) => new RegExp(`(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(seedText))).toBe(true);
    });
  }

  const aliases: [string, string][] = [
    ['antony-blinken', 'Mr Blinken'], ['antony-blinken', 'Mr. Blinken'], ['antony-blinken', 'Anthony Blinken'],
    ['antony-blinken', 'US Secretary of State'], ['antony-blinken', 'head of American diplomacy'],
    ['heiko-maas', 'the Federal Minister'], ['heiko-maas', 'his German counterpart'], ['heiko-maas', 'head of German diplomacy'],
    ['shah-mahmood-qureshi', "Pakistan's Foreign Minister"], ['ahmad-wali-massoud', 'Wali Massoud'],
    ['ahmad-shah-massoud', 'Shah Massoud'], ['ahmad-shah-massoud', 'Ahmed Shah Massoud'], ['ahmad-massoud', 'Ahmad Massoud'],
  ];
  for (const [id, alias] of aliases) it(`${id} answers to "${alias}"`, () => expect(byId.get(id)!.aliases).toContain(alias));

  it('keeps the three Massouds apart: only the bare surname is shared', () => {
    const massouds = ['ahmad-wali-massoud', 'ahmad-shah-massoud', 'ahmad-massoud'].map((id) => new Set(byId.get(id)!.aliases));
    const shared = [...massouds[0]!].filter((a) => massouds[1]!.has(a) || massouds[2]!.has(a));
    expect(shared).toEqual(['Massoud']);
    expect([...massouds[1]!].filter((a) => massouds[2]!.has(a))).toEqual(['Massoud']);
  });

  it('gives every entity a role or null, a description and a kind', () => {
    for (const e of corpus.entities) {
      expect(e.description.length, e.id).toBeGreaterThan(10);
      expect(['person', 'organisation', 'place'], e.id).toContain(e.kind);
    }
  });
});
