// A cheap, bounded census of a page's prose: how many characters of paragraph text each container
// holds. Both the "is this an article?" check and the article-root scan use it, on the live page,
// so it reads only paragraphs (at most MAX_PARAGRAPHS <p> and MAX_DIVS <div>), never clones and
// never lays out.

import { isDiscussion } from './clutter-names.ts';

const MAX_PARAGRAPHS = 2000;
const MAX_DIVS = 4000;
/** Shorter paragraphs are captions, datelines and teasers more often than prose. */
const MIN_PARAGRAPH_CHARS = 40;
/** Ancestors credited per paragraph: deep enough to reach an article's outer container. */
const MAX_ANCESTORS = 12;

export interface ParagraphCensus {
  /** Characters of paragraph text under each ancestor (up to MAX_ANCESTORS levels). */
  mass: Map<Element, number>;
  /** Characters credited to each paragraph's parent and grandparent only (Readability's idea). */
  near: Map<Element, number>;
  /** Each counted paragraph's length. */
  lengths: Map<Element, number>;
  total: number;
  paragraphs: number;
}

/** Direct text of an element (its own text nodes), which is where <br>-separated prose lives. */
function ownTextLength(el: Element): number {
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child.nodeValue ?? '').replace(/\s+/gu, ' ').trim().length;
  }
  return length;
}

/**
 * Paragraphs are <p> elements, plus <div>s that hold prose as their own text (sites that write
 * `<div class="paragraph">…</div>` or separate paragraphs with <br>). With `deep`, every
 * ancestor is credited (the clutter guard needs it; only run on a copy of bounded depth).
 */
export function paragraphCensus(doc: Document, options: { deep?: boolean } = {}): ParagraphCensus {
  const mass = new Map<Element, number>();
  const near = new Map<Element, number>();
  const lengths = new Map<Element, number>();
  const maxAncestors = options.deep ? Infinity : MAX_ANCESTORS;
  let total = 0;
  let paragraphs = 0;
  // Paragraphs share ancestors: name each one once.
  const named = new Map<Element, boolean>();
  const discussion = (el: Element) => {
    let answer = named.get(el);
    if (answer === undefined) named.set(el, (answer = isDiscussion(el)));
    return answer;
  };
  const count = (el: Element, length: number) => {
    if (length < MIN_PARAGRAPH_CHARS) return;
    const ancestors: Element[] = [];
    for (let a = el.parentElement; a && ancestors.length < maxAncestors; a = a.parentElement) ancestors.push(a);
    // Readers' comments are prose too, but a long thread must not outweigh the story.
    if (ancestors.some((a, depth) => depth < MAX_ANCESTORS && discussion(a))) return;
    total += length;
    paragraphs++;
    lengths.set(el, length);
    ancestors.forEach((a, depth) => {
      mass.set(a, (mass.get(a) ?? 0) + length);
      if (depth < 2) near.set(a, (near.get(a) ?? 0) + length);
    });
  };
  const ps = doc.getElementsByTagName('p');
  for (let i = 0, n = Math.min(ps.length, MAX_PARAGRAPHS); i < n; i++) {
    count(ps[i]!, (ps[i]!.textContent ?? '').replace(/\s+/gu, ' ').trim().length);
  }
  const divs = doc.getElementsByTagName('div');
  for (let i = 0, n = Math.min(divs.length, MAX_DIVS); i < n; i++) count(divs[i]!, ownTextLength(divs[i]!));
  return { mass, near, lengths, total, paragraphs };
}

/** The largest amount of prose held together by one parent or grandparent. */
export function densestProse(census: ParagraphCensus): number {
  let best = 0;
  for (const v of census.near.values()) if (v > best) best = v;
  return best;
}
