// The content script's first, cheap question: is this page one article (worth extracting) or
// something else (a section front, a search page, a home page)? No cloning; bounded reads.
// An article says so (og:type article, JSON-LD NewsArticle, itemprop=articleBody) and has prose
// held together in one place; a front page has many short teasers, each under a linked headline.

import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleNode, jsonLdNodes } from './json-ld.ts';
import { densestProse, paragraphCensus } from './paragraph-mass.ts';

const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/u;
/** Prose a declared article must show (an app shell before its content loads has none). */
const DECLARED_MIN_PROSE = 300;
/** Prose an undeclared page needs in one container to pass as an article. */
const UNDECLARED_MIN_PROSE = 600;

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
    const census = paragraphCensus(doc);
    const prose = densestProse(census);
    const hasBody = () => prose >= DECLARED_MIN_PROSE || (census.total >= DECLARED_MIN_PROSE && isProbablyReaderable(doc));
    // JSON-LD and microdata are written per article by the CMS: trusted.
    if (nodes.some(isArticleNode) || doc.querySelector('[itemprop="articleBody"]')) return hasBody();
    if (nodes.some((n) => types(n).some((t) => LISTING_TYPES.test(t)))) return false;
    const teasers = looksLikeTeaserList(doc, census.paragraphs);
    // og:type is often site-wide: a teaser grid still needs a real body to pass.
    const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
    if (ogType === 'article') return hasBody() && (!teasers || prose >= UNDECLARED_MIN_PROSE);
    return !teasers && prose >= UNDECLARED_MIN_PROSE && isProbablyReaderable(doc);
  } catch {
    return false;
  }
}
