// Copies the article's subtree for Readability within a budget. Readability runs in one
// synchronous go and its work grows with its input (about 25 µs an element on a loaded 2-core
// machine), so a subtree over the budget is not copied whole: the prose (paragraphs the census
// counted, and the containers that hold them) is kept, small pieces between paragraphs
// (headings, figures, short lists) too, and large subtrees without prose (menus, teaser grids,
// link lists, comment threads) are left out before anything is cloned. What is still over the
// budget after that is cut at the end: the article's beginning is kept.

import { paragraphCensus, type ParagraphCensus } from './paragraph-mass.ts';

export interface CopyBudget {
  /** Elements Readability is given at most. */
  elements: number;
  /** Characters of text Readability is given at most. */
  textChars: number;
}

export const COPY_BUDGET: CopyBudget = { elements: 1500, textChars: 300_000 };

/** Subtrees without prose up to this many elements are kept whole (a heading, a figure, a list). */
const KEEP_SMALL = 40;
/** Elements looked at when sizing a subtree without prose. */
const MEASURE_CAP = 400;
/** A subtree whose text is mostly link text is navigation or teasers. */
const LINK_HEAVY = 0.5;
/** Nodes handled between two pauses. */
const NODES_PER_STEP = 300;

/** Never text, and never anything Readability keeps. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'link', 'meta']);

interface Size {
  elements: number;
  text: number;
  linkText: number;
  /** A paragraph of the census was seen inside. */
  prose: boolean;
  /** The whole subtree was walked (not stopped at a cap). */
  complete: boolean;
}

const tagOf = (el: Element) => el.nodeName.toLowerCase();

/**
 * Elements and text under `el`, walked up to `maxElements` elements or `maxText` characters.
 * With `census`, scripts, styles and embeds are passed over (they are never copied then).
 */
export function measureSubtree(el: Element, maxElements: number, maxText: number, census?: ParagraphCensus): Size {
  const size: Size = { elements: 0, text: 0, linkText: 0, prose: false, complete: true };
  const stack: [Node, boolean][] = [[el, false]];
  while (stack.length) {
    const [node, inLink] = stack.pop()!;
    if (node.nodeType === 3) {
      const length = (node as Text).data.length;
      size.text += length;
      if (inLink) size.linkText += length;
      if (size.text > maxText) {
        size.complete = false;
        return size;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (census && SKIPPED.has(tagOf(element))) continue;
    size.elements++;
    if (census?.lengths.has(element)) size.prose = true;
    if (size.elements > maxElements) {
      size.complete = false;
      return size;
    }
    const link = inLink || tagOf(element) === 'a';
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push([child, link]);
  }
  return size;
}

interface Frame {
  next: ChildNode | null;
  target: Node;
}

/**
 * Copies `source` (or only its children, with `childrenOnly`) under `target`, whole when it fits
 * the budget, else trimmed. Each `next()` handles a bounded number of nodes.
 */
export function* copySubtreeSteps(
  source: Element,
  target: Node,
  options: { census?: ParagraphCensus; budget: CopyBudget; childrenOnly?: boolean },
): Generator<void, void> {
  const doc = target.ownerDocument ?? (target as Document);
  const { budget } = options;
  const size = measureSubtree(source, budget.elements, budget.textChars);
  if (size.complete) {
    if (!options.childrenOnly) target.appendChild(doc.importNode(source, true));
    else for (let child = source.firstChild; child; child = child.nextSibling) target.appendChild(doc.importNode(child, true));
    return;
  }
  yield;
  const census = options.census ?? paragraphCensus(source.ownerDocument, { storyOnly: true });
  yield;
  let elements = 0;
  let text = 0;
  let handled = 0;
  const fits = (s: { elements: number; text: number }) => elements + s.elements <= budget.elements && text + s.text <= budget.textChars;
  const take = (node: Node, s: { elements: number; text: number }) => {
    elements += s.elements;
    text += s.text;
    return doc.importNode(node, true);
  };
  const stack: Frame[] = [];
  if (options.childrenOnly) stack.push({ next: source.firstChild, target });
  else {
    const shallow = doc.importNode(source, false);
    target.appendChild(shallow);
    elements++;
    stack.push({ next: source.firstChild, target: shallow });
  }
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (++handled % NODES_PER_STEP === 0) yield;
    if (elements >= budget.elements || text >= budget.textChars) return; // the rest is cut
    if (node.nodeType === 3) {
      const length = (node as Text).data.length;
      if (text + length <= budget.textChars) frame.target.appendChild(take(node, { elements: 0, text: length }));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIPPED.has(tagOf(el))) continue;
    const paragraph = census.lengths.get(el);
    if (paragraph !== undefined) {
      const s = measureSubtree(el, MEASURE_CAP, budget.textChars, census);
      if (s.complete && fits(s)) frame.target.appendChild(take(el, s));
      continue;
    }
    if (census.mass.has(el)) {
      // A container of prose: copied shallow, its children looked at one by one.
      const shallow = doc.importNode(el, false);
      frame.target.appendChild(shallow);
      elements++;
      stack.push({ next: el.firstChild, target: shallow });
      continue;
    }
    const s = measureSubtree(el, MEASURE_CAP, budget.textChars, census);
    if (s.prose) {
      // Prose deeper than the census credits its ancestors: look inside.
      const shallow = doc.importNode(el, false);
      frame.target.appendChild(shallow);
      elements++;
      stack.push({ next: el.firstChild, target: shallow });
      continue;
    }
    const linkHeavy = s.text > 0 && s.linkText / s.text >= LINK_HEAVY;
    if (s.complete && !linkHeavy && (s.elements <= KEEP_SMALL || s.text >= s.elements * 20) && fits(s)) frame.target.appendChild(take(el, s));
  }
}
