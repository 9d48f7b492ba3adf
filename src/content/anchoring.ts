// Anchors every annotation of a payload in the live article, in chunks that leave the main thread
// free (yielding every few milliseconds), capped so a huge analysis cannot flood the page with
// live ranges. What cannot be anchored is reported, never silently dropped.
import { anchorQuote } from '../core/anchor/text-quote.ts';
import { textMapSteps, type TextMap } from '../core/anchor/text-map.ts';
import type { PageAnnotation } from '../shared/page-model.ts';
import type { Anchored } from './highlights.ts';
import { CHUNK_MS, yieldToMain } from './schedule.ts';

/** Live ranges slow every later DOM mutation a little: past this many, the rest are reported unanchored. */
export const MAX_LIVE_RANGES = 800;

export interface AnchoringResult {
  anchored: Anchored[];
  unanchored: string[];
}

/** `busyMs`: main-thread time spent, yields excluded (what the page's responsiveness pays). */
export async function anchorAll(root: Node, annotations: readonly PageAnnotation[], sourceLength: number, signal: AbortSignal): Promise<(AnchoringResult & { busyMs: number }) | null> {
  let busyMs = 0;
  let sliceStart = performance.now();
  const steps = textMapSteps(root);
  let map: TextMap;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      map = step.value;
      break;
    }
    if (performance.now() - sliceStart > CHUNK_MS) {
      busyMs += performance.now() - sliceStart;
      await yieldToMain();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
  }
  const anchored: Anchored[] = [];
  const unanchored: string[] = [];
  const occurrences = new Map<string, number[]>();
  for (const annotation of annotations) {
    if (performance.now() - sliceStart > CHUNK_MS) {
      busyMs += performance.now() - sliceStart;
      await yieldToMain();
      if (signal.aborted) return null;
      sliceStart = performance.now();
    }
    const anchor = anchored.length < MAX_LIVE_RANGES ? anchorQuote(map, annotation.selector, sourceLength, occurrences) : null;
    if (anchor) anchored.push({ annotation, range: anchor.range, order: anchor.match.start });
    else unanchored.push(annotation.id);
  }
  anchored.sort((a, b) => a.order - b.order);
  busyMs += performance.now() - sliceStart;
  return { anchored, unanchored, busyMs };
}
