// Where a mention stands in its sentence, as resolution asks: in an apposition, after a
// preposition, inside a relative clause, and the roles printed around a name.

import { descriptionStart, type Mention } from './mention.ts';
import { asideAfter, isWord, type ArticleView } from './view.ts';

/** "Jane Doe, a spokeswoman for the port, said": the role an apposition gives, without its article. */
export function appositionRole(view: ArticleView, m: Mention): string | null {
  const { items, lexicon } = view;
  if (items[m.nameTo]?.text !== ',' || !isWord(items[m.nameTo + 1]) || !lexicon.pack.determiners.has(items[m.nameTo + 1]!.base)) return null;
  let end = m.nameTo + 2;
  while (end < items.length && isWord(items[end]) && end - m.nameTo < 10 && !otherName(view, end)) end++;
  if (items[end]?.text !== ',' || end === m.nameTo + 2) return null;
  return view.text.slice(items[m.nameTo + 2]!.start, items[end - 1]!.end);
}

/** Inside a relative clause ("whose nephew Jane Doe leads…"): a word of one since the last clause mark. */
export function inRelativeClause(view: ArticleView, item: number): boolean {
  for (let k = item - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const it = view.items[k]!;
    if (it.kind !== 'word') return false;
    if (view.lexicon.pack.clauseWords.has(it.base)) return true;
  }
  return false;
}

/** ", Jane Doe," / ", Jane Doe.": a name set beside another noun phrase, not a subject. */
export function inApposition(view: ArticleView, r: { from: number; to: number }): boolean {
  const before = view.items[r.from - 1];
  const after = view.items[r.to];
  // "In the hall, Jane, a driver, said": a name with an apposition of its own is the subject.
  if (asideAfter(view, r.to - 1) >= 0) return false;
  return before?.text === ',' && (!after || after.kind === 'para' || (after.kind === 'punct' && /[,.;)]/.test(after.text)));
}

/** A capitalised word that is part of a name, not a role or a modifier. */
export function otherName(view: ArticleView, k: number): boolean {
  const it = view.items[k]!;
  const { lexicon } = view;
  return it.cap && view.runEnd[k]! >= 0 && !lexicon.common(it.base) && !lexicon.modifier(it.base) && lexicon.personRole(it.base) < 0.2;
}

/** A name printed after a preposition ("on RTL", "in Berlin") is not the subject of what follows. */
export function afterPreposition(view: ArticleView, item: number): boolean {
  const { lexicon } = view;
  const preposition = (k: number) => {
    const it = view.items[k];
    return isWord(it) && lexicon.pack.prepositions.has(it.base);
  };
  // Over the roles and modifiers of a name ("with Acme chief executive Jane Doe") and an article
  // ("with The Daily Planet", "on the BBC").
  const from = view.items[item]?.cap ? descriptionStart(view, view.runStart[item]! >= 0 ? view.runStart[item]! : item) : item;
  const prev = view.items[from - 1];
  return preposition(from - 1) || (isWord(prev) && lexicon.pack.determiners.has(prev.base) && !lexicon.pack.possessives.has(prev.base) && preposition(from - 2));
}

/** Content words of the description printed right before a name ("the foreign minister Jane Doe",
 * "ministre de la Défense Jane Doe") or in apposition after it ("Jane Doe, a spokeswoman for X,"). */
export function roleWordsAround(view: ArticleView, m: Mention): string[] {
  const { items, lexicon } = view;
  const words: string[] = [];
  const take = (k: number) => {
    const it = items[k]!;
    if (!lexicon.pack.functionWords.has(it.base)) words.push(it.base.replace(/\.$/, ''));
  };
  for (let k = m.nameFrom - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const it = items[k]!;
    if (it.kind !== 'word' || lexicon.pronoun(it.base) || (!it.cap && lexicon.cue(it.base) >= lexicon.strongCue)) break;
    // Inside the name's own run every word before the name leads it ("Secretary of State Jane Doe").
    if (view.runStart[k] !== view.runStart[m.nameFrom] && otherName(view, k)) break;
    // Within one title only: "minister of the interior" crosses "of the"; "at a symposium in" does not.
    if (lexicon.pack.determiners.has(it.base)) {
      if (!(isWord(items[k - 1]) && lexicon.pack.ofWords.has(items[k - 1]!.base))) break;
    } else if (lexicon.pack.functionWords.has(it.base) && !lexicon.pack.ofWords.has(it.base)) break;
    take(k);
  }
  if (items[m.nameTo]?.text === ',' || items[m.nameTo]?.text === '(') {
    const before = words.length;
    for (let k = m.nameTo + 1, n = 0; k < items.length && n < 8; k++, n++) {
      const it = items[k]!;
      if (it.kind !== 'word' || lexicon.pronoun(it.base) || (!it.cap && lexicon.cue(it.base) >= lexicon.strongCue) || lexicon.pack.clauseWords.has(it.base)) break;
      // Another name: what came between describes that person ("RTL, the minister Jane Doe").
      if (otherName(view, k)) {
        words.length = before;
        break;
      }
      take(k);
    }
  }
  return words;
}
