// A cheap, bounded census of a page's prose: how many characters of paragraph text each container
// holds. Both the "is this an article?" check and the article-root scan use it, on the live page,
// so it reads only <p> elements (at most MAX_PARAGRAPHS of them), never clones and never lays out.

import { isDiscussion } from './clutter-names.ts';

const MAX_PARAGRAPHS = 2000;
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

export function paragraphCensus(doc: Document): ParagraphCensus {
  const mass = new Map<Element, number>();
  const near = new Map<Element, number>();
  const lengths = new Map<Element, number>();
  let total = 0;
  let paragraphs = 0;
  const list = doc.getElementsByTagName('p');
  const n = Math.min(list.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = list[i]!;
    const length = (p.textContent ?? '').replace(/\s+/gu, ' ').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const ancestors: Element[] = [];
    for (let el = p.parentElement; el && ancestors.length < MAX_ANCESTORS; el = el.parentElement) ancestors.push(el);
    // Readers' comments are prose too, but a long thread must not outweigh the story.
    if (ancestors.some(isDiscussion)) continue;
    total += length;
    paragraphs++;
    lengths.set(p, length);
    ancestors.forEach((el, depth) => {
      mass.set(el, (mass.get(el) ?? 0) + length);
      if (depth < 2) near.set(el, (near.get(el) ?? 0) + length);
    });
  }
  return { mass, near, lengths, total, paragraphs };
}

/** The largest amount of prose held together by one parent or grandparent. */
export function densestProse(census: ParagraphCensus): number {
  let best = 0;
  for (const v of census.near.values()) if (v > best) best = v;
  return best;
}

/** Prose inside any element, however deep (the ancestor map stops at MAX_ANCESTORS levels). */
export function proseWithin(el: Element, census: ParagraphCensus): number {
  let sum = 0;
  const list = el.getElementsByTagName('p');
  for (let i = 0; i < list.length; i++) sum += census.lengths.get(list[i]!) ?? 0;
  return sum;
}
