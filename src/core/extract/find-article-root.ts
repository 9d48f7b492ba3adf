// The element that holds the article body, found without cloning or layout, so the content
// script can copy that subtree only (CONTRACT "Long tasks"). The work is bounded by the paragraph
// census (at most 2,000 paragraphs, 12 ancestors each), whatever the size of the DOM.

import { paragraphCensus } from './paragraph-mass.ts';

/** Share of all paragraph text the root must hold: the article, not just its longest section. */
const SHARE = 0.8;
const MIN_TOTAL_CHARS = 250;

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parentElement; p; p = p.parentElement) d++;
  return d;
}

export function findArticleRoot(doc: Document): Element | null {
  try {
    return scanForRoot(doc);
  } catch {
    return null; // a document without a root element (linkedom throws on doc.body)
  }
}

function scanForRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const census = paragraphCensus(doc);
  if (census.total < MIN_TOTAL_CHARS) return null;
  // The smallest container holding SHARE of the prose; among equals, the deepest.
  let best: Element | null = null;
  let bestMass = Infinity;
  let bestDepth = -1;
  for (const [el, mass] of census.mass) {
    if (mass < census.total * SHARE) continue;
    if (mass < bestMass || (mass === bestMass && depthOf(el) > bestDepth)) {
      best = el;
      bestMass = mass;
      bestDepth = depthOf(el);
    }
  }
  if (!best) return body;
  return best === doc.documentElement ? body : best;
}
