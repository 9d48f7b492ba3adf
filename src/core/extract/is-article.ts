// The content script's first, cheap question: is this page one article (worth extracting) or
// something else (a section front, a search page, a home page)? No cloning; bounded reads: the
// paragraph census (shared with the article-root scan) stands in for Readability's
// isProbablyReaderable, which reads every <p> of the page.
// An article says so (og:type article, JSON-LD NewsArticle, itemprop=articleBody) and has prose
// held together in one place; a front page has many short teasers, each under a linked headline.

import { isArticleNode, jsonLdNodes } from './json-ld.ts';
import { densestProse, paragraphCensus, type ParagraphCensus } from './paragraph-mass.ts';

const LISTING_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/u;
/** Prose a declared article must show (an app shell before its content loads has none). */
const DECLARED_MIN_PROSE = 300;
/** Prose an undeclared page needs in one container to pass as an article. */
const UNDECLARED_MIN_PROSE = 600;

function types(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Readability's isProbablyReaderable threshold. */
const READER_SCORE = 20;
/** Headings looked at for links: a teaser grid shows itself long before this many. */
const MAX_HEADINGS = 400;

/** Headings that are links (or hold one), counted up to `cap`. */
function linkedHeadings(doc: Document, cap: number): number {
  let linked = 0;
  let seen = 0;
  for (const tag of ['h1', 'h2', 'h3', 'h4']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && seen < cap; i++, seen++) {
      const h = headings[i]!;
      if ((tag !== 'h1' && h.closest('a[href]')) || h.querySelector('a[href]')) linked++;
    }
  }
  return linked;
}

/** Linked headlines against long paragraphs: a teaser grid has about one of each. */
function looksLikeTeaserList(doc: Document, paragraphs: number): boolean {
  const linked = linkedHeadings(doc, MAX_HEADINGS);
  const articles = doc.getElementsByTagName('article').length;
  return (linked >= 4 && linked >= paragraphs * 0.6) || (articles >= 4 && articles >= paragraphs * 0.6);
}

/** `census`: one made with `{ storyOnly: true }`, when the caller already has it. */
export function isProbablyArticle(doc: Document, given?: ParagraphCensus): boolean {
  try {
    if (!doc.body) return false;
    const nodes = jsonLdNodes(doc);
    const census = given ?? paragraphCensus(doc, { storyOnly: true });
    const prose = densestProse(census);
    const readable = census.readerScore > READER_SCORE;
    const hasBody = () => prose >= DECLARED_MIN_PROSE || (census.total >= DECLARED_MIN_PROSE && readable);
    // JSON-LD and microdata are written per article by the CMS: trusted.
    if (nodes.some(isArticleNode) || doc.querySelector('[itemprop="articleBody"]')) return hasBody();
    if (nodes.some((n) => types(n).some((t) => LISTING_TYPES.test(t)))) return false;
    const teasers = looksLikeTeaserList(doc, census.paragraphs);
    // og:type is often site-wide: a teaser grid still needs a real body to pass.
    const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
    if (ogType === 'article') return hasBody() && (!teasers || prose >= UNDECLARED_MIN_PROSE);
    return !teasers && prose >= UNDECLARED_MIN_PROSE && readable;
  } catch {
    return false;
  }
}
