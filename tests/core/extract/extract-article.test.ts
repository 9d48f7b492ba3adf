import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { findArticleRoot } from '../../../src/core/extract/find-article-root.ts';
import { extractArticleFromHtml } from '../../../src/cli/extract-html.ts';
import { fixtureDocument, fixtureHtml, serialise } from './fixtures.ts';

interface Case {
  fixture: string;
  keeps: string[];
  drops: string[];
  /** Exact paragraphs that must not appear (menu entries, box headings). */
  dropsParagraphs?: string[];
  meta: { title: string; byline: string | null; siteName: string | null; publishedAt: string | null; language: string; url: string | null };
}

const cases: Case[] = [
  {
    fixture: 'outlet-article',
    keeps: [
      'The ferry pier at Saltmere will take passengers again from Monday',
      '"We were told to expect the pier to stay shut until the spring',
      'Timetable changes',
      'Crossings will run every forty minutes at first',
      'Local councillors have asked the authority to publish an inspection schedule',
    ],
    drops: [
      'We use cookies', 'Accept all', 'Advertisement', 'Share on Facebook', 'Workers lift a new deck section',
      'Photo: Jonas Feld', 'Storm leaves harbour towns', 'Sign up for our Coast newsletter', 'Read more',
      'Why the bay bridge plan', 'is a reporter for The Harbour Ledger', 'Follow us on Twitter', 'Most Read',
      'Tram line extension', 'About time!', 'Let us hope the new deck', 'All rights reserved', 'Posted on Sep 8',
      'By Mira Castellane',
    ],
    dropsParagraphs: ['Coast', 'Sport', 'Related', 'Comments', 'The Harbour Ledger'],
    meta: {
      title: 'Ferry pier at Saltmere to reopen after storm repairs',
      byline: 'Mira Castellane',
      siteName: 'The Harbour Ledger',
      publishedAt: '2021-09-08T07:12:00+01:00',
      language: 'en',
      url: 'https://ledger.example/coast/saltmere-pier-reopens',
    },
  },
  {
    fixture: 'german-article',
    keeps: [
      'Die neue Fähre der Seewerke ist am Dienstag im Hafen von Lindenau',
      '„Wir haben lange auf diesen Tag gewartet“, sagte die Bürgermeisterin',
      'Die ersten Probefahrten sind für die kommende Woche geplant.',
    ],
    drops: ['Anzeige', 'Von Jana Holzer', 'Teilen', 'Lesen Sie auch', 'Hafen wird bis zum Sommer umgebaut', 'Alle Rechte', '13.43 Uhr'],
    meta: { title: 'Neue Fähre für den Bodensee getauft', byline: 'Jana Holzer', siteName: 'Seeblatt', publishedAt: '2021-09-08', language: 'de', url: null },
  },
  {
    fixture: 'graph-article',
    keeps: [
      'Apple and pear growers across the valley say a single night of frost',
      'said Ruth Okafor, whose family has farmed forty acres near Eastbrook',
      'Buyers expect prices for local fruit to rise this autumn',
    ],
    drops: ['Frost damage on pear blossom', 'Lena Marsh', 'Share this article'],
    meta: {
      title: 'Orchard growers count losses after late frost',
      byline: 'Ansel Pike',
      siteName: 'Valley Courier',
      publishedAt: '2021-09-07T13:43:00Z',
      language: 'en',
      url: null,
    },
  },
];

describe('extractArticle on fixture pages', () => {
  for (const c of cases) {
    describe(c.fixture, () => {
      const doc = fixtureDocument(c.fixture);
      const before = serialise(doc);
      const article = extractArticle(doc);
      const after = serialise(doc);

      it('extracts an article', () => expect(article).not.toBeNull());
      for (const keep of c.keeps) it(`keeps "${keep}"`, () => expect(article!.text).toContain(keep));
      for (const drop of c.drops) it(`drops "${drop}"`, () => expect(article!.text).not.toContain(drop));
      for (const drop of c.dropsParagraphs ?? []) {
        it(`has no paragraph "${drop}"`, () => expect(article!.text.split('\n\n')).not.toContain(drop));
      }
      it('reads the metadata', () => {
        const { title, byline, siteName, publishedAt, language, url } = article!;
        expect({ title, byline, siteName, publishedAt, language, url }).toEqual(c.meta);
      });
      it('does not repeat the headline at the start of the text', () => expect(article!.text.startsWith(c.meta.title)).toBe(false));
      it('formats paragraphs with blank lines and collapsed spaces', () => {
        const paragraphs = article!.text.split('\n\n');
        expect(paragraphs.length).toBeGreaterThan(3);
        for (const p of paragraphs) expect(p, p).toMatch(/^\S(?:.*\S)?$/u);
        for (const p of paragraphs) expect(p, p).not.toMatch(/\s{2,}|\n/u);
      });
      it('leaves the input document unchanged', () => expect(after).toBe(before));

      it('gives the same text when only the article root is copied', () => {
        const fresh = fixtureDocument(c.fixture);
        const root = findArticleRoot(fresh);
        expect(root).not.toBeNull();
        const snapshot = serialise(fresh);
        expect(extractArticle(fresh, { root: root! })?.text).toBe(article!.text);
        expect(serialise(fresh)).toBe(snapshot);
      });
    });
  }
});

describe('extractArticle options and entry points', () => {
  it('takes the page URL from the caller over the canonical link', () => {
    expect(extractArticle(fixtureDocument('outlet-article'), { url: 'https://ledger.example/live?x=1' })?.url).toBe('https://ledger.example/live?x=1');
  });
  it('extractArticleFromHtml parses with linkedom and extracts the same article', () => {
    const viaHtml = extractArticleFromHtml(fixtureHtml('outlet-article'), 'https://ledger.example/a');
    expect(viaHtml?.text).toBe(extractArticle(fixtureDocument('outlet-article'))?.text);
    expect(viaHtml?.url).toBe('https://ledger.example/a');
  });
  it('works on a browser-like DOM (happy-dom) as on linkedom', () => {
    const window = new Window({ url: 'https://ledger.example/' });
    const doc = new window.DOMParser().parseFromString(fixtureHtml('outlet-article'), 'text/html') as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc);
    expect(article?.text).toBe(extractArticle(fixtureDocument('outlet-article'))?.text);
    expect(doc.documentElement.outerHTML).toBe(before);
    const root = findArticleRoot(doc);
    expect(root && extractArticle(doc, { root })?.text).toBe(article?.text);
    void window.happyDOM.close();
  });
});
