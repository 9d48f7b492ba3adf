// Where to look for the annotated text. The article root found for extraction can be the whole
// <body> (a page whose comments outweigh its story); mapping every text node of such a page costs
// far more than the article needs. A semantic container that holds about as much text as the
// extracted article is tried first; the wider root stays the fallback.

const SEMANTIC = '[itemprop="articleBody"], article, main, [role="main"]';

export function narrowAnchorRoot(doc: Document, root: Element, articleLength: number): Element {
  if (root !== doc.body && root !== doc.documentElement) return root;
  let best: Element | null = null;
  let bestLength = Infinity;
  for (const candidate of Array.from(doc.querySelectorAll(SEMANTIC))) {
    const length = candidate.textContent?.length ?? 0;
    // Text in the page includes markup whitespace, bylines and captions: allow for it both ways.
    if (length >= articleLength * 0.6 && length < bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  return best ?? root;
}
