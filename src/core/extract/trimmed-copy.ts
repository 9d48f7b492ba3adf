// Copies the article's subtree for Readability within a budget. Readability runs in one
// synchronous go and its work grows with its input (25–60 µs an element in Chromium on a loaded
// 2-core machine), so a subtree over the budget is not copied whole. Its pieces are taken in document
// order, each whole where it fits (Readability then judges every box as the page shows it: a link
// box with part of its links cut out would no longer look like one); a piece holding prose that
// does not fit is opened and its own pieces taken the same way; large pieces without prose
// (menus, teaser grids, link lists, comment threads) are left out. Nothing is cloned before it is
// chosen, and what still does not fit is cut at the end: the article's beginning is kept.

import { paragraphCensus, type ParagraphCensus } from './paragraph-mass.ts';

export interface CopyBudget {
  /** Elements Readability is given at most. */
  elements: number;
  /** Characters of text Readability is given at most. */
  textChars: number;
}

/**
 * Chosen on the extraction benchmark: 163 of its 181 article roots fit whole; on the 18 that do
 * not, F1 is the same or better overall (menus and teaser boxes are what gets left out; one very
 * long article loses a little of its end). An article longer than about 10,000 words is read up
 * to that point.
 */
export const COPY_BUDGET: CopyBudget = { elements: 600, textChars: 60_000 };

/** Subtrees without prose up to this many elements are kept whole (a heading, a figure, a list). */
const KEEP_SMALL = 40;
/** Elements looked at when sizing a subtree. */
const MEASURE_CAP = 2000;
/** Nodes handled or measured between two pauses. */
const WORK_PER_STEP = 3000;

/** Never text, and never anything Readability keeps. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'link', 'meta']);

interface Size {
  elements: number;
  text: number;
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
  const size: Size = { elements: 0, text: 0, prose: false, complete: true };
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      size.text += (node as Text).data.length;
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
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
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
  let work = 0;
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
    if (work > WORK_PER_STEP) {
      work = 0;
      yield;
    }
    work++;
    if (elements >= budget.elements || text >= budget.textChars) return; // the rest is cut
    if (node.nodeType === 3) {
      const length = (node as Text).data.length;
      if (text + length <= budget.textChars) frame.target.appendChild(take(node, { elements: 0, text: length }));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIPPED.has(tagOf(el))) continue;
    // Whole pieces where they fit, so that Readability judges each box as the page shows it (a
    // box with part of its links cut out would no longer look like the link box it is).
    const s = measureSubtree(el, Math.min(MEASURE_CAP, budget.elements - elements), budget.textChars - text, census);
    work += s.elements;
    const prose = s.prose || census.mass.has(el);
    if (!prose && !(s.complete && s.elements <= KEEP_SMALL)) continue; // furniture: menus, teaser grids, link lists
    if (s.complete && fits(s)) {
      frame.target.appendChild(take(el, s));
      continue;
    }
    if (prose) {
      // Prose too big to fit whole: copied shallow, its children looked at one by one.
      const shallow = doc.importNode(el, false);
      frame.target.appendChild(shallow);
      elements++;
      stack.push({ next: el.firstChild, target: shallow });
    }
  }
}
