// The dateline: the place a report is filed from, printed before its first sentence
// ("RAMSTEIN, Germany (AP) —", "GENEVA:", "(Ramstein)", "Ramstein. Deutschland und…", or
// "Ramstein:" on a line of its own). Two reports filed from different places are rarely about
// the same event.

import type { Span } from '../types.ts';
import { splitParagraphs } from '../text/paragraphs.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';
import { foldForIndex } from '../text/normalize.ts';

export interface Dateline extends Span {
  /** The place as printed. */
  place: string;
  /** Folded for comparison. */
  key: string;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’.\-]+(?:[ \-]\p{Lu}[\p{L}'’.\-]+){0,2}`;
const PARENTHESISED = new RegExp(String.raw`^\((${PLACE})\)\s+(?=\p{Lu})`, 'u');
// "GENEVA: Thousands…", "DOHA, Sept 7, 2021 (BSS/AFP) - US…", "BERLIN (Reuters) — "
const COLON_OR_DASH = new RegExp(String.raw`^(${PLACE})(?:,[^:\n]{0,60}?)?(?:\s*\([^)\n]{1,30}\))?\s*(?::|\s[-–—]\s)\s*(?=\p{Lu})`, 'u');
// "Ramstein. Deutschland und die USA…" (German agency style)
const FULL_STOP = new RegExp(String.raw`^(${PLACE})\.\s+(?=\p{Lu}\p{Ll})`, 'u');
const ALONE = new RegExp(String.raw`^(${PLACE}):$`, 'u');
const ENDS_SENTENCE = /[.!?"”»)]\s*$/u;
const NOT_PLACES = /^(advertisement|update|updates|live|posted|by|photo|photos|video|watch|read|listen|share|exclusive|analysis|opinion|breaking|editor)$/i;

function plausiblePlace(place: string): boolean {
  const words = place.split(/[ \-]/);
  if (words.some((w) => NOT_PLACES.test(w))) return false;
  return !words.map((w) => foldForIndex(w)).some((w) => STOPWORDS.has(w) || COMMON_NEWS.has(w));
}

function isShouted(place: string): boolean {
  return place.length > 2 && place === place.toUpperCase();
}

function result(place: string, start: number): Dateline {
  return { place, key: foldForIndex(place), start, end: start + place.length };
}

export function findDateline(text: string): Dateline | null {
  let pendingAlone: Dateline | null = null;
  let bodyParagraphs = 0;
  for (const p of splitParagraphs(text).slice(0, 12)) {
    const body = text.slice(p.start, p.end);
    const alone = ALONE.exec(body);
    if (alone && plausiblePlace(alone[1]!)) {
      pendingAlone = result(alone[1]!, p.start);
      continue;
    }
    // A dateline opens a real paragraph: a sentence, not a headline or a caption.
    const isBody = body.split(/\s+/).length >= 12 && ENDS_SENTENCE.test(body);
    if (!isBody) continue;
    if (pendingAlone) return pendingAlone;
    bodyParagraphs++;
    for (const pattern of [PARENTHESISED, COLON_OR_DASH, FULL_STOP]) {
      const m = pattern.exec(body);
      if (!m || !plausiblePlace(m[1]!)) continue;
      // Deep in the text only a shouted or parenthesised place is surely a dateline.
      if (bodyParagraphs > 1 && !isShouted(m[1]!) && pattern !== PARENTHESISED) continue;
      return result(m[1]!, p.start + m.index + m[0].indexOf(m[1]!));
    }
    if (bodyParagraphs >= 4) break;
  }
  return null;
}
