// The content script's first, cheap question: is this page one article (worth extracting) or
// something else (a section front, a search page, a home page)? No cloning; bounded reads.
// An article says so (og:type article, JSON-LD NewsArticle, itemprop=articleBody) and has prose
// held together in one place; a front page has many short teasers, each under a linked headline.

import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleNode, jsonLdNodes } from './json-ld.ts';
import { densestProse, paragraphCensus } from './paragraph-mass.ts';

const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/u;
/** Prose a declared article must show (an app shell before its content loads has none). */
const DECLARED_MIN_PROSE = 400;
/** Prose an undeclared page needs in one container to pass as an article. */
const UNDECLARED_MIN_PROSE = 1000;

function types(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Linked headlines against long paragraphs: a teaser grid has about one of each. */
function looksLikeTeaserList(doc: Document, paragraphs: number): boolean {
  const linkedHeadings = doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4').length;
  const articles = doc.getElementsByTagName('article').length;
  return (linkedHeadings >= 4 && linkedHeadings >= paragraphs * 0.6) || (articles >= 4 && articles >= paragraphs * 0.6);
}

export function isProbablyArticle(doc: Document): boolean {
  try {
    if (!doc.body) return false;
    const nodes = jsonLdNodes(doc);
    const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? null;
    const declared =
      nodes.some(isArticleNode) || ogType === 'article' || doc.querySelector('[itemprop="articleBody"]') !== null;
    const census = paragraphCensus(doc);
    const prose = densestProse(census);
    if (declared) return prose >= DECLARED_MIN_PROSE;
    if (nodes.some((n) => types(n).some((t) => LISTING_TYPES.test(t)))) return false;
    if (looksLikeTeaserList(doc, census.paragraphs)) return false;
    return prose >= UNDECLARED_MIN_PROSE && isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
