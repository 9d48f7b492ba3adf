// The document Readability may take apart. Readability rewrites the DOM it is given, so it always
// gets a copy: the whole document, or only the article's subtree in a fresh document that carries
// the head (title, meta tags, JSON-LD) so that its metadata logic still sees them. A document
// made this way has no browsing context: its scripts never run and its images never load.
// Readability is synchronous and its work grows with its input, so a subtree over the copy budget
// is copied trimmed (see trimmed-copy.ts) rather than whole.

import type { ParagraphCensus } from './paragraph-mass.ts';
import { copySubtreeSteps, COPY_BUDGET, type CopyBudget } from './trimmed-copy.ts';

const HEAD_METADATA = 'head title, head meta, head link[rel="canonical"], script[type="application/ld+json" i]';

function freshDocument(doc: Document): Document {
  // Browsers: an inert HTML document. linkedom has no DOMImplementation, but a shallow clone of
  // the document is an empty document of the same kind.
  const made = doc.implementation?.createHTMLDocument?.('') ?? (doc.cloneNode(false) as Document);
  while (made.firstChild) made.removeChild(made.firstChild);
  return made;
}

export interface WorkingCopyOptions {
  /** The prose census of `doc` (made with `storyOnly`), which tells prose from furniture. */
  census?: ParagraphCensus;
  budget?: CopyBudget;
}

/**
 * The whole document when no root is given; else a fresh document with the head's metadata and
 * a copy of `root` (the body's children when `root` is <body> or <html>), within the budget.
 * Each `next()` copies a bounded part; the return value is the copy.
 */
export function* workingCopySteps(doc: Document, root?: Element, options: WorkingCopyOptions = {}): Generator<void, Document> {
  if (!root) return doc.cloneNode(true) as Document;
  const copy = freshDocument(doc);
  const html = copy.createElement('html');
  for (const attr of ['lang', 'dir', 'xml:lang']) {
    const value = doc.documentElement?.getAttribute(attr);
    if (value) html.setAttribute(attr, value);
  }
  // Only the head's metadata: pages inline hundreds of kilobytes of script and style there.
  const head = copy.createElement('head');
  for (const el of Array.from(doc.querySelectorAll(HEAD_METADATA))) head.appendChild(copy.importNode(el, true));
  html.appendChild(head);
  const body = copy.createElement('body');
  html.appendChild(body);
  copy.appendChild(html);
  const whole = root === doc.documentElement || root === doc.body;
  const source = whole ? doc.body ?? root : root;
  yield* copySubtreeSteps(source, body, { census: options.census, budget: options.budget ?? COPY_BUDGET, childrenOnly: whole });
  return copy;
}

export function makeWorkingCopy(doc: Document, root?: Element, options: WorkingCopyOptions = {}): Document {
  const steps = workingCopySteps(doc, root, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Whether any element sits deeper than `limit` levels. Readability's work grows with the square
 * of the nesting depth (a few seconds at 1,000 levels), and no real article nests past a hundred,
 * so a deeper page is refused rather than allowed to stall the tab.
 */
export function nestsDeeperThan(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}
