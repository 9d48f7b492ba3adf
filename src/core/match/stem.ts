// Word stems for bags of words: Snowball stemmers, so that "earned"/"earn", "Flüge"/"Flug" and
// "ministres"/"ministre" meet while "news" stays "news". English is Porter2 (`porter2`, the
// Snowball English algorithm); the other languages are the Snowball project's generated code
// (`@orama/stemmers`, whose own English is the older Porter algorithm, hence the split). A
// language without a Snowball stemmer keeps its words whole: better unmerged than wrongly merged.
//
// Cost: the stemmers rewrite the word step by step, and some steps cost more than the word's
// length (the French and Italian preludes on "auauau…" grow faster than linearly). No real word
// is longer than MAX_STEMMED_LENGTH, so a longer one is kept as it is: every word then costs at
// most a constant, and a text costs time linear in its length, whatever a page puts in it.

import { stem as porter2 } from 'porter2';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { foldWord } from '../text/word-forms.ts';

/** Longer words are not stemmed (German compounds of 40 letters are already rare). */
export const MAX_STEMMED_LENGTH = 40;

/** By primary language subtag, as language detection returns them. */
const STEMMERS: Record<string, (word: string) => string> = {
  en: porter2,
  de: german,
  fr: french,
  no: norwegian,
  nb: norwegian,
  nn: norwegian,
  es: spanish,
  it: italian,
  pt: portuguese,
  nl: dutch,
  da: danish,
  sv: swedish,
  fi: finnish,
  ru: russian,
  uk: ukrainian,
  el: greek,
  ar: arabic,
};

export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMERS);

// Words repeat within and across articles; a bounded memo per language keeps stemming cheap.
const MEMO_LIMIT = 20_000;
const memos = new Map<string, Map<string, string>>();

function primary(language: string): string {
  const dash = language.indexOf('-');
  return (dash < 0 ? language : language.slice(0, dash)).toLowerCase();
}

/**
 * The stem of a lower-case word (diacritics kept or already folded), folded for indexes: no
 * diacritics, "ß" as "ss". A word the language has no stemmer for, or longer than
 * MAX_STEMMED_LENGTH, comes back folded but whole.
 */
export function stem(word: string, language: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return foldWord(word);
  const lang = primary(language);
  const stemmer = STEMMERS[lang];
  if (!stemmer || word.length <= 2) return foldWord(word);
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new Map()));
  let out = memo.get(word);
  if (out === undefined) {
    out = foldWord(stemmer(word));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, out);
  }
  return out;
}

const INNER_MARKS = /['\u2019\-.,]/g;

/** The stem of a word as printed ("Flüge", "Blinken's", "non-Taliban"): lower case, diacritics kept for the stemmer. */
export function stemPrinted(printed: string, language: string): string {
  if (printed.length > MAX_STEMMED_LENGTH) return foldWord(printed);
  const ascii = /^[\x00-\x7f]*$/.test(printed);
  const lower = (ascii ? printed : printed.normalize('NFC')).toLowerCase().replace(INNER_MARKS, '');
  return stem(lower, language);
}
