// Splits a page that carries several articles. A boundary is a headline-like line, inside the
// text (not its header), followed by a new lead, where the names and words that follow mostly do
// not continue what came before; or a headline followed by its own date or byline line.

import { isProse } from './clutter.ts';
import { isDateLine, isHeadlineLike, parseByline } from './line-kinds.ts';
import { measureShift, nameOccurrences, type ShiftMeasure } from './topic-shift.ts';
import type { Unit } from './units.ts';

/** Paragraphs of prose an article needs before a boundary may end it, and after to start one. */
const MIN_PROSE_BEFORE = 3;
const MIN_PROSE_AFTER = 3;
/** Name occurrences the paragraphs after a candidate need for the comparison to mean something. */
const MIN_NAMES_AFTER = 5;
/** Paragraphs after the candidate that are compared with everything before it. */
const WINDOW_AFTER = 6;
/**
 * Below these, the text after the headline is about something else. Names carry the signal:
 * a new section of the same article brings many new words but keeps naming the same people
 * (measured on the seeds: their sections 0.5-0.62, the next article 0.25).
 */
const MAX_NAME_CONTINUITY = 0.4;
const MAX_HEADLINE_CONTINUITY = 0.5;

export interface Boundary {
  /** Index of the unit that opens the next article (its headline). */
  index: number;
  reason: 'header' | 'topic-shift';
  shift: ShiftMeasure | null;
}

export function findArticleBoundaries(units: Unit[]): Boundary[] {
  const boundaries: Boundary[] = [];
  let start = 0;
  for (let i = 1; i < units.length; i++) {
    const candidate = units[i]!;
    if (candidate.listItem || !isHeadlineLike(candidate.text) || parseByline(candidate.text)?.strong) continue;
    const before = units.slice(start, i);
    if (before.filter(isProse).length < MIN_PROSE_BEFORE) continue;
    const following = units.slice(i + 1);
    const afterWindow = following.slice(0, WINDOW_AFTER);
    if (afterWindow.filter(isProse).length < MIN_PROSE_AFTER) continue;
    if (opensWithHeader(following)) {
      boundaries.push({ index: i, reason: 'header', shift: null });
      start = i;
      continue;
    }
    if (!isProse(following[0]!) && !isHeadlineLike(following[0]!.text)) continue;
    const after = joined(afterWindow);
    // Too few names after the headline to judge: no split (a wrong split is worse than none).
    if (nameOccurrences(after).length < MIN_NAMES_AFTER) continue;
    const shift = measureShift(joined(before), candidate.text, after);
    if (shift.names <= MAX_NAME_CONTINUITY && shift.headline <= MAX_HEADLINE_CONTINUITY) {
      boundaries.push({ index: i, reason: 'topic-shift', shift });
      start = i;
    }
  }
  return boundaries;
}

/** A date or byline line within the two lines after a headline: a new article's header. */
function opensWithHeader(following: Unit[]): boolean {
  return following.slice(0, 2).some((u) => isDateLine(u.text) || parseByline(u.text)?.strong === true);
}

function joined(units: Unit[]): string {
  return units.map((u) => u.text).join('\n');
}
