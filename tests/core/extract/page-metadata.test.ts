import { describe, expect, it } from 'vitest';
import { normalizeDate, readPageMetadata, type PageMetadata } from '../../../src/core/extract/page-metadata.ts';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { fixtureDocument } from './fixtures.ts';

const page = (head: string, body = '') => parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

const cases: [string, () => Document, Partial<PageMetadata>][] = [
  ['Open Graph and article:* tags', () => fixtureDocument('outlet-article'), {
    title: 'Ferry pier at Saltmere to reopen after storm repairs', siteName: 'The Harbour Ledger', byline: 'Mira Castellane',
    publishedAt: '2021-09-08T07:12:00+01:00', language: 'en', url: 'https://ledger.example/coast/saltmere-pier-reopens',
  }],
  ['JSON-LD @graph with @id references', () => fixtureDocument('graph-article'), {
    title: 'Orchard growers count losses after late frost', byline: 'Ansel Pike', siteName: 'Valley Courier',
    publishedAt: '2021-09-07T13:43:00Z', language: 'en',
  }],
  ['a JSON-LD array with several authors', () => page(ld([{ '@type': 'WebPage' }, { '@type': 'Article', headline: 'H', datePublished: '2021-09-08', author: [{ name: 'A One' }, { name: 'B Two' }], publisher: { name: 'P' } }])), {
    title: 'H', byline: 'A One, B Two', siteName: 'P', publishedAt: '2021-09-08',
  }],
  ['name=date and <html lang>', () => parseHtmlDocument('<html lang="nb-NO"><head><meta name="date" content="2021-09-08 13:43:00"></head><body></body></html>'), {
    publishedAt: '2021-09-08T13:43:00', language: 'no',
  }],
  ['Dublin Core and Parse.ly', () => page('<meta name="DC.date.issued" content="2021-09-07"><meta name="parsely-author" content="C Three">'), {
    publishedAt: '2021-09-07', byline: 'C Three',
  }],
  ['a <time datetime> in the article', () => page('<title>T</title>', '<article><time datetime="2021-09-06T08:00:00-04:00">Monday</time></article>'), {
    publishedAt: '2021-09-06T08:00:00-04:00',
  }],
  ['a date printed in the header when no tag states one', () => page('<title>T</title>', '<div class="story-meta"><span class="date-updated">Updated 9 Sep 2021</span> <span class="storyDate">Posted: Fri 6:45 PM, Sep 8, 2021</span></div>'), {
    publishedAt: '2021-09-08T18:45',
  }],
  ['a placeholder date skipped for the next source', () => page('<meta property="article:published_time" content="0001-01-01T00:00:00Z"><meta name="date" content="2021-09-08">'), {
    publishedAt: '2021-09-08',
  }],
  ['og:locale when the page has no lang', () => page('<meta property="og:locale" content="fr_FR">'), { language: 'fr' }],
  ['an author given as a profile URL', () => page('<meta name="author" content="https://social.example/someone">'), { byline: null }],
  ['a <title> carrying the outlet name', () => page('<title>Tram line wins approval | Harbour Ledger</title><meta property="og:site_name" content="Harbour Ledger">'), {
    title: 'Tram line wins approval',
  }],
  ['nothing at all', () => page(''), { title: null, byline: null, siteName: null, publishedAt: null, language: null, url: null }],
];

describe('readPageMetadata', () => {
  for (const [name, make, expected] of cases) {
    it(name, () => expect(readPageMetadata(make())).toMatchObject(expected));
  }
});

describe('normalizeDate', () => {
  const table: [string, string | null][] = [
    ['2021-09-08T07:12:00+0100', '2021-09-08T07:12:00+01:00'],
    ['2021-09-08T07:12:00.000Z', '2021-09-08T07:12:00Z'],
    ['2021-09-08', '2021-09-08'],
    ['September 8, 2021', '2021-09-08'],
    ['Sept. 8', null],
    ['0001-01-01T00:00:00Z', null],
    ['soon', null],
  ];
  for (const [input, iso] of table) it(`${input} -> ${iso}`, () => expect(normalizeDate(input)).toBe(iso));
});
