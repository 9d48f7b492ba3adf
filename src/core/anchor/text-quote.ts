// Text-quote selectors <-> DOM ranges over one subtree. Pure: takes the nodes it works on.
import { buildTextMap, normalizeSpace, positionOf, rangeOf, type TextMap } from './text-map.ts';
import { matchQuoteSteps, type QuoteMatch } from './match-quote.ts';

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Position in the source text the selector was made from (a hint here). */
  start: number;
}

export interface Anchor {
  range: Range;
  match: QuoteMatch;
}

/**
 * Anchors one selector in a map. `sourceLength` is the length of the text the selector's `start`
 * indexes, so the position hint scales to this map.
 */
export function anchorQuote(map: TextMap, selector: TextQuote, sourceLength: number, occurrences?: Map<string, number[]>): Anchor | null {
  const steps = anchorQuoteSteps(map, selector, sourceLength, occurrences);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `anchorQuote` in bounded steps (an approximate search goes a piece of the text at a time). */
export function* anchorQuoteSteps(map: TextMap, selector: TextQuote, sourceLength: number, occurrences?: Map<string, number[]>): Generator<void, Anchor | null> {
  const exact = normalizeSpace(selector.exact);
  if (!exact) return null;
  const prefix = normalizeSpace(selector.prefix);
  const suffix = normalizeSpace(selector.suffix);
  const hint = sourceLength > 0 ? Math.round((selector.start / sourceLength) * map.text.length) : undefined;
  const match = yield* matchQuoteSteps(map.text, exact, { prefix, suffix, hint, occurrences });
  if (!match) return null;
  const range = rangeOf(map, match.start, match.end);
  return range ? { range, match } : null;
}

/** A selector for a range inside `root` (the other direction, for saving a reader's own marks). */
export function describeRange(root: Node, range: Range, context = 32): TextQuote | null {
  const map = buildTextMap(root);
  let startNode = range.startContainer;
  let startOffset = range.startOffset;
  if (startNode.nodeType !== 3) {
    startNode = map.nodes.find((n) => range.intersectsNode(n)) ?? startNode;
    startOffset = 0;
  }
  const start = positionOf(map, startNode, startOffset);
  const end = range.endContainer.nodeType === 3 ? positionOf(map, range.endContainer, range.endOffset) : -1;
  if (start < 0 || end <= start) return null;
  return {
    exact: map.text.slice(start, end).trim(),
    prefix: map.text.slice(Math.max(0, start - context), start),
    suffix: map.text.slice(end, end + context),
    start,
  };
}

export { buildTextMap, type TextMap };
