import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../src/core/extract/is-article.ts';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { fixtureDocument } from './fixtures.ts';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a plain page: the council met again on Thursday evening to discuss the budget and the long list of repairs still waiting along the harbour front.</p>`).join('');

const cases: [string, () => Document, boolean][] = [
  ['an outlet article (og:type article, JSON-LD NewsArticle)', () => fixtureDocument('outlet-article'), true],
  ['a German article', () => fixtureDocument('german-article'), true],
  ['an article declared only in a JSON-LD @graph', () => fixtureDocument('graph-article'), true],
  ['a section front of teasers', () => fixtureDocument('section-front'), false],
  ['an undeclared page with a long body of prose', () => parseHtmlDocument(`<html><body><div>${prose(12)}</div></body></html>`), true],
  ['a declared article whose body has not loaded yet', () => parseHtmlDocument('<html><head><meta property="og:type" content="article"></head><body><div id="app"></div></body></html>'), false],
  ['an empty document', () => parseHtmlDocument(''), false],
  ['a page of short lines only', () => parseHtmlDocument(`<html><body>${'<p>Short line.</p>'.repeat(50)}</body></html>`), false],
];

describe('isProbablyArticle', () => {
  for (const [name, make, expected] of cases) it(`${name} -> ${expected}`, () => expect(isProbablyArticle(make())).toBe(expected));
});
