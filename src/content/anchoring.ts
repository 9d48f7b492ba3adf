// Anchors every annotation of a payload in the live article, in bounded steps (the page view runs
// them in slices that leave the main thread free), capped so a huge analysis cannot flood the page
// with live ranges. What cannot be anchored is reported, never silently dropped.
import { anchorQuoteSteps } from '../core/anchor/text-quote.ts';
import { textMapSteps } from '../core/anchor/text-map.ts';
import type { PageAnnotation } from '../shared/page-model.ts';
import type { Anchored } from './highlights.ts';

/** Live ranges slow every later DOM mutation a little: past this many, the rest are reported unanchored. */
export const MAX_LIVE_RANGES = 800;

export interface AnchoringResult {
  anchored: Anchored[];
  unanchored: string[];
}

/** Maps the text under `root` (a few hundred text nodes a step), then anchors one annotation a step. */
export function* anchorSteps(root: Node, annotations: readonly PageAnnotation[], sourceLength: number): Generator<void, AnchoringResult> {
  const map = yield* textMapSteps(root);
  const anchored: Anchored[] = [];
  const unanchored: string[] = [];
  const occurrences = new Map<string, number[]>();
  for (const annotation of annotations) {
    yield;
    const anchor = anchored.length < MAX_LIVE_RANGES ? yield* anchorQuoteSteps(map, annotation.selector, sourceLength, occurrences) : null;
    if (anchor) anchored.push({ annotation, range: anchor.range, order: anchor.match.start });
    else unanchored.push(annotation.id);
  }
  anchored.sort((a, b) => a.order - b.order);
  return { anchored, unanchored };
}
