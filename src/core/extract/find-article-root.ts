// The element that holds the article body, found without cloning or layout, so the content
// script can copy that subtree only (CONTRACT "Long tasks"). The work is bounded by the paragraph
// census (at most 6,000 candidates, 12 ancestors each), whatever the size of the DOM. Comment
// threads, <aside>, <footer> and <nav> never win: their paragraphs are left out of the census.

import { densestParent, paragraphCensus, type ParagraphCensus } from './paragraph-mass.ts';

/** Share of all paragraph text the root must hold: the article, not just its longest section. */
const SHARE = 0.8;
const MIN_TOTAL_CHARS = 250;

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

/** `census`: one made with `{ storyOnly: true }`, when the caller already has it. */
export function findArticleRoot(doc: Document, census?: ParagraphCensus): Element | null {
  try {
    return scanForRoot(doc, census ?? paragraphCensus(doc, { storyOnly: true }));
  } catch {
    return null; // a document without a root element (linkedom throws on doc.body)
  }
}

function scanForRoot(doc: Document, census: ParagraphCensus): Element | null {
  const body = doc.body;
  if (!body) return null;
  if (census.total < MIN_TOTAL_CHARS) return null;
  // The smallest container holding SHARE of the prose. Holding over half, such containers all
  // sit on one chain of ancestors, so the smallest is the deepest (a mass can be undercounted
  // near the census's ancestor cap, a depth cannot).
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, mass] of census.mass) {
    if (mass < census.total * SHARE) continue;
    const depth = depthOf(el);
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  // Guard: the root holds the page's densest run of paragraphs (prose spread over many
  // sections can put a smaller container over the 80% line without it).
  const densest = densestParent(census);
  if (best && densest && !best.contains(densest)) best = commonAncestor(best, densest);
  if (!best || best === doc.documentElement) return body;
  return best;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}
