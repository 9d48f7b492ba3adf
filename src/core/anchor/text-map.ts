// The text of a DOM subtree as a reader sees it, with every character traceable to its text node:
// whitespace runs collapse to one space and block boundaries count as whitespace, the way an
// extracted article's text was written. Anchoring searches this text, then maps matches back.
// Built per text node with native string operations (a page can hold half a million characters);
// a position is traced back to its node only when a range needs it.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SPACE_CLASS = '\\s\\u200b';
const SPACE = new RegExp(`[${SPACE_CLASS}]`);
const SPACES = new RegExp(`[${SPACE_CLASS}]+`, 'g');
const LEADING = new RegExp(`^[${SPACE_CLASS}]+`);
const TRAILING = new RegExp(`[${SPACE_CLASS}]+$`);
/** Text nodes handled between two pauses when the map is built step by step. */
const NODES_PER_STEP = 400;

export interface TextMap {
  /** The normalised text. */
  text: string;
  nodes: Text[];
  /** Per node: where its characters start in `text` (a joining space included). */
  starts: number[];
  /** Per node: whether its part of `text` begins with a space standing for whitespace before it. */
  leads: boolean[];
}

/** Collapses whitespace the way `buildTextMap` does, for the strings searched in it. */
export function normalizeSpace(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

function nearestBlock(el: Element | null, cache: Map<Element, Element | null>): Element | null {
  const seen: Element[] = [];
  let found: Element | null = null;
  for (let e = el; e; e = e.parentElement) {
    const cached = cache.get(e);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    seen.push(e);
    if (BLOCKS.has(e.tagName.toUpperCase())) {
      found = e;
      break;
    }
  }
  for (const e of seen) cache.set(e, found);
  return found;
}

function skipped(node: Node, root: Node, cache: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let result = false;
  for (let e = node.parentElement; e && e !== root.parentElement; e = e.parentElement) {
    const cached = cache.get(e);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    chain.push(e);
    // Parallax's own elements (px-…) and non-text content never count as page text.
    if (SKIPPED.has(e.tagName.toUpperCase()) || e.localName.startsWith('px-') || e.hasAttribute('hidden')) {
      result = true;
      break;
    }
  }
  for (const e of chain) cache.set(e, result);
  return result;
}

/**
 * Builds the map in steps: each `next()` handles a few hundred text nodes, so a caller can pause
 * between steps on huge pages. The generator's return value is the map.
 */
export function* textMapSteps(root: Node): Generator<void, TextMap> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const leads: boolean[] = [];
  const parts: string[] = [];
  const blockCache = new Map<Element, Element | null>();
  const skipCache = new Map<Element, boolean>();
  let lastBlock: Element | null | undefined;
  let pending = false;
  let length = 0;
  let handled = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++handled % NODES_PER_STEP === 0) yield;
    const node = n as Text;
    const data = node.data;
    if (!data || skipped(node, root, skipCache)) continue;
    const block = nearestBlock(node.parentElement, blockCache);
    if (lastBlock !== undefined && block !== lastBlock) pending = true;
    lastBlock = block;
    const core = data.replace(LEADING, '').replace(TRAILING, '');
    if (!core) {
      pending = true;
      continue;
    }
    if (core.length !== data.length && LEADING.test(data)) pending = true;
    const lead = pending && length > 0;
    const piece = (lead ? ' ' : '') + core.replace(SPACES, ' ');
    nodes.push(node);
    starts.push(length);
    leads.push(lead);
    parts.push(piece);
    length += piece.length;
    pending = TRAILING.test(data);
  }
  return { text: parts.join(''), nodes, starts, leads };
}

export function buildTextMap(root: Node): TextMap {
  const steps = textMapSteps(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The node holding position `pos` of the map's text (binary search over node starts). */
function nodeAt(map: TextMap, pos: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offset in the node's data of the visible character at `pos` (never a joining space). */
function rawOffset(map: TextMap, index: number, pos: number): number {
  const data = map.nodes[index]!.data;
  let k = map.starts[index]! + (map.leads[index] ? 1 : 0); // position of the node's first visible char
  let i = 0;
  while (i < data.length && SPACE.test(data[i]!)) i++;
  for (; i < data.length; i++) {
    if (SPACE.test(data[i]!)) {
      while (i + 1 < data.length && SPACE.test(data[i + 1]!)) i++;
      k++; // the collapsed space
      continue;
    }
    if (k === pos) return i;
    k++;
  }
  return data.length;
}

/** The DOM range covering `text.slice(start, end)` of a map (null for an empty or out-of-range span). */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  // Trim spaces at the edges: a collapsed space has no single place in the DOM.
  while (start < end && map.text[start] === ' ') start++;
  while (end > start && map.text[end - 1] === ' ') end--;
  if (end <= start) return null;
  const first = nodeAt(map, start);
  const last = nodeAt(map, end - 1);
  const startNode = map.nodes[first]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, rawOffset(map, first, start));
  range.setEnd(map.nodes[last]!, rawOffset(map, last, end - 1) + 1);
  return range;
}

/** The position in the map's text of a DOM point inside one of its text nodes, or -1. */
export function positionOf(map: TextMap, node: Node, offset: number): number {
  const index = map.nodes.indexOf(node as Text);
  if (index < 0) return -1;
  const data = map.nodes[index]!.data;
  let k = map.starts[index]! + (map.leads[index] ? 1 : 0);
  let i = 0;
  while (i < data.length && SPACE.test(data[i]!)) i++;
  if (offset <= i) return k;
  for (; i < data.length && i < offset; i++) {
    if (SPACE.test(data[i]!)) {
      while (i + 1 < data.length && i + 1 < offset && SPACE.test(data[i + 1]!)) i++;
    }
    k++;
  }
  return k;
}
