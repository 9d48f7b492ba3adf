// Two renderings of a remark that differ only in how a newsroom prints words, not in the words
// spoken: a spelling convention ("organising" / "organizing", "colour" / "color"), a figure in
// words or digits ("ten" / "10"), an editor's bracketed insertion ("altered (its direction)
// towards"). Such a pair is no wording note; a changed inflection ("want" / "wanted") still is.

import { tokenize } from '../text/tokens.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { findNumbers } from '../text/numbers.ts';

/** Text an editor added inside a quotation: "(its direction)", "[the minister]". */
const BRACKETED = /\([^()]*\)|\[[^\][]*\]/g;
/** Words shorter than this may change meaning with one letter ("risk" / "risks"). */
const MIN_SPELLING_VARIANT = 5;

function contentWords(text: string, language: string): string[] {
  const clean = text.replace(BRACKETED, ' ');
  return tokenize(clean).flatMap((t) => {
    if (STOPWORDS.has(t.norm)) return [];
    // A figure in words or in digits is one figure.
    const figure = findNumbers(t.text, language)[0];
    return [figure && figure.start === 0 && figure.end === t.text.length ? `#${figure.value}` : t.norm];
  });
}

/** One letter changed, added or dropped inside a word, but not an ending that inflects it. */
function isSpellingVariant(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < MIN_SPELLING_VARIANT || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < long.length && (long.startsWith(short) || long.endsWith(short))) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
  return rest && i < short.length;
}

export function printedAlike(a: string, b: string, language = 'en'): boolean {
  const left = contentWords(a, language);
  const right = contentWords(b, language);
  const pool = [...right];
  const unmatched: string[] = [];
  for (const w of left) {
    const k = pool.indexOf(w);
    if (k >= 0) pool.splice(k, 1);
    else unmatched.push(w);
  }
  if (unmatched.length !== pool.length) return false;
  for (const w of unmatched) {
    const k = pool.findIndex((x) => isSpellingVariant(w, x));
    if (k < 0) return false;
    pool.splice(k, 1);
  }
  return true;
}
