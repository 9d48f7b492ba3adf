// Text-quote selectors <-> DOM ranges over one subtree. Pure: takes the nodes it works on.
import { buildTextMap, normalizeSpace, rangeOf, type TextMap } from './text-map.ts';
import { matchQuote, type QuoteMatch } from './match-quote.ts';

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
export function anchorQuote(map: TextMap, selector: TextQuote, sourceLength: number): Anchor | null {
  const exact = normalizeSpace(selector.exact);
  if (!exact) return null;
  const prefix = normalizeSpace(selector.prefix);
  const suffix = normalizeSpace(selector.suffix);
  const hint = sourceLength > 0 ? Math.round((selector.start / sourceLength) * map.text.length) : undefined;
  const match = matchQuote(map.text, exact, { prefix, suffix, hint });
  if (!match) return null;
  const range = rangeOf(map, match.start, match.end);
  return range ? { range, match } : null;
}

/** A selector for a range inside `root` (the other direction, for saving a reader's own marks). */
export function describeRange(root: Node, range: Range, context = 32): TextQuote | null {
  const map = buildTextMap(root);
  let start = -1;
  let end = -1;
  for (let i = 0; i < map.text.length; i++) {
    const node = map.nodes[map.nodeIndex[i]!]!;
    const offset = map.offset[i]!;
    // A character lies inside when both of its edges do.
    if (range.comparePoint(node, offset) !== 0 || range.comparePoint(node, offset + 1) !== 0) continue;
    if (start < 0) start = i;
    end = i + 1;
  }
  if (start < 0 || end <= start) return null;
  return {
    exact: map.text.slice(start, end),
    prefix: map.text.slice(Math.max(0, start - context), start),
    suffix: map.text.slice(end, end + context),
    start,
  };
}

export { buildTextMap, type TextMap };
