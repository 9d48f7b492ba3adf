// Readability, one pass per step. When a pass finds less than 500 characters, Readability tries
// again with one of its filters switched off (stripping unlikely candidates, weighting class
// names, cleaning conditionally), up to four passes in one synchronous call: four times the work
// of a page in one task. The same passes run here one at a time, so the content script can give
// the page its main thread back between them; the outcome is Readability's own (the first pass
// that finds enough text, else the one that found the most).

import { Readability } from '@mozilla/readability';

export type ParsedArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

/** Readability's filters, as its retries switch them off one after another. */
const FLAGS = { stripUnlikelys: 0x1, weightClasses: 0x2, cleanConditionally: 0x4 };
const PASSES = [
  FLAGS.stripUnlikelys | FLAGS.weightClasses | FLAGS.cleanConditionally,
  FLAGS.weightClasses | FLAGS.cleanConditionally,
  FLAGS.cleanConditionally,
  0,
];
/** Readability's default: a pass that finds less text is retried. */
const CHAR_THRESHOLD = 500;

const textLength = (parsed: ParsedArticle) => (parsed.textContent ?? '').replace(/\s+/gu, ' ').trim().length;

/** Runs Readability's passes on `copy` (which the last pass may take apart), one per step. */
export function* readabilitySteps(copy: Document): Generator<void, ParsedArticle | null> {
  let best: ParsedArticle | null = null;
  let bestLength = -1;
  for (const [i, flags] of PASSES.entries()) {
    if (i > 0) yield;
    const last = i === PASSES.length - 1;
    const reader = new Readability<Node>(last ? copy : (copy.cloneNode(true) as Document), {
      serializer: (node) => node,
      // A threshold of 1 keeps Readability from retrying on its own unless it found nothing at
      // all, in which case it has already run the remaining passes and there is no more to try.
      charThreshold: 1,
    });
    (reader as unknown as { _flags: number })._flags = flags;
    const parsed = reader.parse();
    if (!parsed?.content) break;
    const length = textLength(parsed);
    if (length >= CHAR_THRESHOLD) return parsed;
    if (length > bestLength) {
      best = parsed;
      bestLength = length;
    }
  }
  return best;
}
