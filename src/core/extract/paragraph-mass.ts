// A cheap, bounded census of a page's prose: how many characters of paragraph text each container
// holds. The "is this an article?" check, the article-root scan and the clutter guard use it, on
// the live page, so it reads only paragraphs (at most MAX_PARAGRAPHS <p> and MAX_DIVS <div>, each
// with at most MAX_ANCESTORS ancestors and MAX_OWN_CHILDREN own child nodes), never clones and
// never lays out. It runs in steps, so the content script can give the page its main thread back
// between them on huge pages.

import { isDiscussion, isSideContent } from './clutter-names.ts';

const MAX_PARAGRAPHS = 2000;
const MAX_DIVS = 4000;
/** Shorter paragraphs are captions, datelines and teasers more often than prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** Ancestors credited per paragraph: deep enough to reach an article's outer container. */
const MAX_ANCESTORS = 12;
/** Child nodes read per <div> for its own text (a list of 10,000 children is no paragraph). */
const MAX_OWN_CHILDREN = 200;
/** Candidates read between two pauses. */
const CANDIDATES_PER_STEP = 100;
/** Readability's isProbablyReaderable: paragraphs from this length add sqrt(length - 140). */
const READER_MIN_CHARS = 140;

export interface ParagraphCensus {
  /** Characters of paragraph text under each ancestor (up to MAX_ANCESTORS levels). */
  mass: Map<Element, number>;
  /** Characters credited to each paragraph's parent and grandparent only (Readability's idea). */
  near: Map<Element, number>;
  /** Characters of paragraphs whose direct parent is this element: where prose sits densest. */
  direct: Map<Element, number>;
  /** Each counted paragraph's length. */
  lengths: Map<Element, number>;
  total: number;
  paragraphs: number;
  /** Readability's isProbablyReaderable score over the counted paragraphs (> 20: readable). */
  readerScore: number;
  /** Elements and child nodes read: the work done, bounded whatever the page's size. */
  visited: number;
}

export interface CensusOptions {
  /** Credit every ancestor (the clutter guard needs it; only run on a copy of bounded depth). */
  deep?: boolean;
  /**
   * Also leave out paragraphs in side content (aside, footer, nav, complementary roles), as the
   * article-root scan does; comment threads are always left out.
   */
  storyOnly?: boolean;
}

interface Found {
  el: Element;
  length: number;
  ancestors: Element[];
  /** The comment thread or side box the paragraph sits in, if any. */
  aside: Element | null;
}

/**
 * Paragraphs are <p> elements, plus <div>s that hold prose as their own text (sites that write
 * `<div class="paragraph">…</div>` or separate paragraphs with <br>). Each `next()` reads a few
 * hundred candidates; the generator's return value is the census.
 */
export function* paragraphCensusSteps(doc: Document, options: CensusOptions = {}): Generator<void, ParagraphCensus> {
  const maxAncestors = options.deep ? Infinity : MAX_ANCESTORS;
  let visited = 0;
  // Paragraphs share ancestors: name each one once.
  const named = new Map<Element, boolean>();
  const setAside = (el: Element) => {
    let answer = named.get(el);
    if (answer === undefined) named.set(el, (answer = isDiscussion(el) || (options.storyOnly === true && isSideContent(el))));
    return answer;
  };
  const found: Found[] = [];
  const read = (el: Element, length: number) => {
    visited++;
    if (length < MIN_PARAGRAPH_CHARS) return;
    const ancestors: Element[] = [];
    for (let a = el.parentElement; a && ancestors.length < maxAncestors; a = a.parentElement) ancestors.push(a);
    visited += ancestors.length;
    const aside = ancestors.find((a, depth) => depth < MAX_ANCESTORS && setAside(a)) ?? null;
    found.push({ el, length, ancestors, aside });
  };
  const ps = doc.getElementsByTagName('p');
  for (let i = 0, n = Math.min(ps.length, MAX_PARAGRAPHS); i < n; i++) {
    read(ps[i]!, (ps[i]!.textContent ?? '').replace(/\s+/gu, ' ').trim().length);
    if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
  }
  const divs = doc.getElementsByTagName('div');
  for (let i = 0, n = Math.min(divs.length, MAX_DIVS); i < n; i++) {
    const own = ownTextLength(divs[i]!);
    visited += own.read;
    read(divs[i]!, own.length);
    if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
  }
  return tally(found, trustedAsides(found), visited);
}

export function paragraphCensus(doc: Document, options: CensusOptions = {}): ParagraphCensus {
  const steps = paragraphCensusSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Direct text of an element (its own text nodes), which is where <br>-separated prose lives. */
function ownTextLength(el: Element): { length: number; read: number } {
  let length = 0;
  let read = 0;
  for (let child = el.firstChild; child && read < MAX_OWN_CHILDREN; child = child.nextSibling) {
    read++;
    if (child.nodeType === 3) length += (child.nodeValue ?? '').replace(/\s+/gu, ' ').trim().length;
  }
  return { length, read };
}

/**
 * Guard: a box named like a comment thread or a sidebar that holds the page's densest run of
 * prose by far (one parent with most of the box's text, several times any cluster outside such
 * boxes) is the story itself under an unlucky name ("comments-enabled", a story inside <aside>).
 */
function trustedAsides(found: Found[]): Set<Element> {
  const outside = new Map<Element, number>();
  const inside = new Map<Element, { parent: Element; aside: Element; mass: number }>();
  const asideTotal = new Map<Element, number>();
  for (const f of found) {
    const parent = f.ancestors[0];
    if (!parent) continue;
    if (!f.aside) outside.set(parent, (outside.get(parent) ?? 0) + f.length);
    else {
      const cluster = inside.get(parent) ?? { parent, aside: f.aside, mass: 0 };
      cluster.mass += f.length;
      inside.set(parent, cluster);
      asideTotal.set(f.aside, (asideTotal.get(f.aside) ?? 0) + f.length);
    }
  }
  let densestOutside = 0;
  for (const v of outside.values()) densestOutside = Math.max(densestOutside, v);
  const trusted = new Set<Element>();
  for (const c of inside.values()) {
    if (c.mass >= 1000 && c.mass >= densestOutside * 4 && c.mass >= (asideTotal.get(c.aside) ?? 0) * 0.6) trusted.add(c.aside);
  }
  return trusted;
}

function tally(found: Found[], trusted: Set<Element>, visited: number): ParagraphCensus {
  const mass = new Map<Element, number>();
  const near = new Map<Element, number>();
  const direct = new Map<Element, number>();
  const lengths = new Map<Element, number>();
  let total = 0;
  let paragraphs = 0;
  let readerScore = 0;
  for (const { el, length, ancestors, aside } of found) {
    // Readers' comments and side boxes are prose too, but a long thread must not outweigh the story.
    if (aside && !trusted.has(aside)) continue;
    total += length;
    paragraphs++;
    if (length >= READER_MIN_CHARS) readerScore += Math.sqrt(length - READER_MIN_CHARS);
    lengths.set(el, length);
    ancestors.forEach((a, depth) => {
      mass.set(a, (mass.get(a) ?? 0) + length);
      if (depth < 2) near.set(a, (near.get(a) ?? 0) + length);
      if (depth === 0) direct.set(a, (direct.get(a) ?? 0) + length);
    });
  }
  return { mass, near, direct, lengths, total, paragraphs, readerScore, visited };
}

/** The largest amount of prose held together by one parent or grandparent. */
export function densestProse(census: ParagraphCensus): number {
  let best = 0;
  for (const v of census.near.values()) if (v > best) best = v;
  return best;
}

/** The element whose own paragraphs hold the most prose, or null when there is none. */
export function densestParent(census: ParagraphCensus): Element | null {
  let best: Element | null = null;
  let bestMass = 0;
  for (const [el, v] of census.direct) {
    if (v > bestMass) {
      best = el;
      bestMass = v;
    }
  }
  return best;
}
