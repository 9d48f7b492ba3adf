// Quoted words nobody is saying: titles ("Solinger Zeitung", "War and Peace"), nicknames
// (Joaquin "El Chapo" Guzman), and short quoted terms with no speech verb around them.

import { wordForms } from '../text/word-forms.ts';
import type { Item, Sentence } from './lex.ts';
import { capitalisedWords } from './person-names.ts';

const ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'el']);
const PREPOSITION_AFTER = /^(with|of|for|to|in|on|at|by|from|and|or|but|as)$/;
const FUNCTION_WORDS = new Set('a an the of and or in on at to for by with from de la le les des du der die das und von'.split(' '));

/** Capitalised words in quotation marks that name a work, a paper or a person's nickname. */
export function looksLikeTitle(text: string, items: Item[], q: number, language: string): boolean {
  const it = items[q]!;
  const prev = items[q - 1];
  const next = items[q + 1];
  const adjacent = (a: Item | undefined, b: Item | undefined) =>
    !!a && !!b && /^[\s"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a]+$/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  if (prev?.kind === 'word' && prev.cap && next?.kind === 'word' && next.cap && adjacent(prev, it) && adjacent(it, next)) return true;
  // 'the "Pose" actor': a capitalised title used as a modifier inside a noun phrase.
  const named = /^\p{Lu}/u.test(it.text) && !language.startsWith('de');
  if (named && prev?.kind === 'word' && ARTICLES.has(prev.base) && next?.kind === 'word' && !next.cap && !PREPOSITION_AFTER.test(next.base) && adjacent(it, next) && wordForms(it.text).length <= 4) return true;
  const words = wordForms(it.text).filter((w) => !FUNCTION_WORDS.has(w.base));
  // A closing period inside the marks (American style) does not make a title a sentence: on "DWTS."
  if (/[!?,;:]\s*$/.test(it.text) || (/\.\s*$/.test(it.text) && words.length > 3)) return false;
  if (words.length === 0 || words.length > 8) return false;
  if (!words.every((w) => w.cap)) return false;
  // German capitalises every noun: only a run of capitalised words reads as a title there.
  if (language.startsWith('de') && words.length < 2) return false;
  if (words.length === 1) {
    // One capitalised word: a title only in mid-sentence ("the “Hope” campaign"), not "“I”".
    return prev?.kind === 'word' && !prev.cap && words[0]!.text !== 'I';
  }
  return !inTitleCaseLine(items, q);
}

function inTitleCaseLine(items: Item[], q: number): boolean {
  let from = q;
  while (from > 0 && items[from - 1]!.kind !== 'para') from--;
  const { words, caps } = capitalisedWords(items, from);
  return words >= 2 && caps / words > 0.7;
}

/** A quotation with no attribution still reads as speech when it is a sentence or most of one. */
export function looksLikeSpeech(text: string, items: Item[], q: number, s: Sentence): boolean {
  const words = wordForms(text).length;
  if (words >= 5) return true;
  if (words >= 2 && /[.!?\u2026]["'\u2019]?\s*$/.test(text)) return true;
  let k = s.from;
  while (k < q && items[k]!.kind === 'punct') k++;
  return k === q && words >= 3;
}
