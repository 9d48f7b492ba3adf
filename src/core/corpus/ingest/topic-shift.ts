// How much the text after a candidate headline continues the text before it. A section of the
// same article keeps naming the same people and places; the next article on a page does not.

import { tokenize } from '../../text/tokens.ts';

const NOT_NAMES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'he', 'she', 'they', 'we', 'i',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'der', 'die', 'das', 'le', 'la', 'les', 'de', 'og', 'i', 'en',
]);

const STOPWORDS = new Set(
  ('about above after again against also among another around back been before being below between both came come could ' +
    'days does doing done down during each even every from further have having here however into just last less like made ' +
    'make many more most much must never next once only other over said same says should since some still such than that ' +
    'their them then there these they this those though three through time told under until very want well were what when ' +
    'where which while whom will with within without would year years your week weeks today yesterday ' +
    'eine einer einem einen nicht auch sich sind wird wurde haben oder aber dass nach über mehr noch schon ' +
    'dans pour avec sont mais plus cette elle nous vous leur leurs était être avoir aussi après selon')
    .split(' '),
);

function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Capitalised words that do not open a sentence: names of people, places, organisations. */
export function nameOccurrences(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    if (!/^\p{Lu}/u.test(token.text)) continue;
    const before = text.slice(Math.max(0, token.start - 3), token.start).trimEnd();
    if (before === '' || /[.!?"“”«»:;(\[—–-]$/u.test(before)) continue;
    const norm = stem(token.norm);
    if (!NOT_NAMES.has(norm) && norm.length > 1) out.push(norm);
  }
  return out;
}

export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => stem(t.norm))
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** Share of `after`'s occurrences that already occur in `before` (0 = all new, 1 = all seen). */
export function continuity(before: string[], after: string[]): number {
  if (after.length === 0) return 1;
  const seen = new Set(before);
  return after.filter((w) => seen.has(w)).length / after.length;
}

export interface ShiftMeasure {
  /** Continuity of names (capitalised words). */
  names: number;
  /** Continuity of the headline's own words with the text before it. */
  headline: number;
}

export function measureShift(before: string, headline: string, after: string): ShiftMeasure {
  return {
    names: continuity(nameOccurrences(before), nameOccurrences(after)),
    headline: continuity(contentWords(before), contentWords(headline)),
  };
}
