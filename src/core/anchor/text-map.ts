// The text of a DOM subtree as a reader sees it, with every character traced back to its text node:
// whitespace runs collapse to one space and block boundaries count as whitespace, the way an
// extracted article's text was written. Anchoring searches this text, then maps matches back.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'math', 'IFRAME', 'OBJECT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export interface TextMap {
  /** The normalised text. */
  text: string;
  nodes: Text[];
  /** Per character of `text`: index into `nodes` and offset in that node's data. */
  nodeIndex: Int32Array;
  offset: Int32Array;
}

/** Collapses whitespace the way `buildTextMap` does, for the strings searched in it. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
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
    if (SKIPPED.has(e.tagName) || SKIPPED.has(e.tagName.toUpperCase()) || e.localName.startsWith('px-') || e.hasAttribute('hidden')) {
      result = true;
      break;
    }
  }
  for (const e of chain) cache.set(e, result);
  return result;
}

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIndex: number[] = [];
  const offsets: number[] = [];
  const blockCache = new Map<Element, Element | null>();
  const skipCache = new Map<Element, boolean>();
  let lastBlock: Element | null | undefined;
  let pendingSpace = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (skipped(node, root, skipCache)) continue;
    const data = node.data;
    if (!data) continue;
    const block = nearestBlock(node.parentElement, blockCache);
    if (lastBlock !== undefined && block !== lastBlock) pendingSpace = true;
    lastBlock = block;
    const index = nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SPACE.test(ch)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && chars.length > 0) {
        // A collapsed space maps to the first whitespace character before this one when it is in
        // this node, else to this character's position (ranges never start or end on it).
        chars.push(' ');
        nodeIndex.push(index);
        offsets.push(i > 0 && SPACE.test(data[i - 1]!) ? i - 1 : i);
      }
      pendingSpace = false;
      chars.push(ch);
      nodeIndex.push(index);
      offsets.push(i);
    }
  }
  return { text: chars.join(''), nodes, nodeIndex: Int32Array.from(nodeIndex), offset: Int32Array.from(offsets) };
}

/** The DOM range covering `text.slice(start, end)` of a map (null for an empty or out-of-range span). */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end > map.text.length || end <= start) return null;
  // Trim collapsed spaces at the edges: they may point into a neighbouring node.
  while (start < end && map.text[start] === ' ') start++;
  while (end > start && map.text[end - 1] === ' ') end--;
  if (end <= start) return null;
  const startNode = map.nodes[map.nodeIndex[start]!]!;
  const endNode = map.nodes[map.nodeIndex[end - 1]!]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, map.offset[start]!);
  range.setEnd(endNode, map.offset[end - 1]! + 1);
  return range;
}
