// From the word the model chose to the mention it heads: a pronoun; a name (the capitalised run,
// without the roles and honorifics printed before it: "Sen. Jane Doe" names Jane Doe); or a
// description ("a senior official", "the Labour leader", "officials familiar with the talks").

import { adjacent, isWord, sentenceInitial, type ArticleView } from './view.ts';
import type { Gender } from './language-pack.ts';

export interface Mention {
  kind: 'pronoun' | 'name' | 'description';
  /** Item range [from, to) of the whole mention as printed (roles and determiner included). */
  from: number;
  to: number;
  /** For names: the items of the name itself. */
  nameFrom: number;
  nameTo: number;
  /** The chosen head word. */
  head: number;
  /** A description opened by an indefinite determiner, or a bare plural ("officials"). */
  indefinite: boolean;
  /** Honorific or role words that say the gender ("Mr", "spokeswoman"). */
  gender: Gender | null;
  /** A run whose last word is a common noun ("White House", "Justice Department"): a body, not a person. */
  organisation: boolean;
}

const MAX_DESCRIPTION_WORDS = 7;

const stripDot = (base: string) => base.replace(/\.$/, '');

/** A capitalised word printed before a name that is not part of it: a role, an honorific, an abbreviation. */
function leadsName(view: ArticleView, i: number): boolean {
  const it = view.items[i]!;
  const base = stripDot(it.base);
  const { lexicon } = view;
  if (lexicon.pack.honorifics.has(base)) return true;
  if (it.text.endsWith('.') && it.text.length <= 5 && !/^\p{Lu}\.$/u.test(it.text)) return true; // "Sen.", "Gov.", not an initial
  if (lexicon.givenName(base)) return false;
  return lexicon.common(base) || lexicon.modifier(base) || lexicon.personRole(base) >= 0.2 || (sentenceInitial(view, i) && lexicon.pack.functionWords.has(base));
}

export function genderOfWords(view: ArticleView, from: number, to: number): Gender | null {
  for (let k = from; k < to; k++) {
    const it = view.items[k];
    if (!isWord(it)) continue;
    const base = stripDot(it.base);
    const g = view.lexicon.pack.honorifics.get(base);
    if (g) return g;
    if (/(?:woman|women)$/.test(base)) return 'f';
    if (/(?:man|men)$/.test(base) && base.length > 4) return 'm';
  }
  return null;
}

/**
 * The word that heads the phrase a chosen word stands in: a capitalised modifier printed before
 * the noun it qualifies ("the Labour leader", "UAW Local president") hands over to that noun.
 */
export function phraseHead(view: ArticleView, chosen: number): number {
  const { items, lexicon } = view;
  let head = chosen;
  for (let k = chosen + 1, n = 0; k < items.length && n < 3; k++, n++) {
    const x = items[k]!;
    if (!isWord(x) || !adjacent(view, k - 1, k) || items[k - 1]!.possessive) break;
    if (x.cap) continue;
    if (!lexicon.pack.functionWords.has(x.base) && (lexicon.personRole(x.base) >= 0.05 || lexicon.head(x.base) >= 0.1) && lexicon.cue(x.base) < lexicon.strongCue) head = k;
    break;
  }
  return head;
}

export function mentionAt(view: ArticleView, chosen: number): Mention {
  const { items, lexicon } = view;
  const head = view.items[chosen]!.cap ? phraseHead(view, chosen) : chosen;
  const it = items[head]!;
  if (lexicon.pronoun(it.base)) {
    return { kind: 'pronoun', from: head, to: head + 1, nameFrom: head, nameTo: head + 1, head, indefinite: false, gender: null, organisation: false };
  }
  if (it.cap && view.runStart[head]! >= 0 && !capitalisedNoun(view, head)) {
    const runFrom = view.runStart[head]!;
    // The name starts after the last role, honorific or modifier printed in its run
    // ("Secretary of State Jane Doe", "Solingens Bürgermeister Tim Kurzbach").
    let nameFrom = runFrom;
    for (let k = runFrom; k < head; k++) if (leadsName(view, k)) nameFrom = k + 1;
    const last = stripDot(it.base);
    const allCommon = nameFrom === head && leadsName(view, head);
    const organisation = allCommon || (lexicon.common(last) && !lexicon.givenName(last) && head > runFrom);
    // A run made of roles only ("the President") is a description; an organisation keeps its whole name.
    if (organisation) nameFrom = firstNonHonorific(view, runFrom, head);
    const from = descriptionStart(view, runFrom);
    return {
      kind: allCommon && !organisationName(view, runFrom, head) ? 'description' : 'name',
      from,
      to: head + 1,
      nameFrom,
      nameTo: head + 1,
      head,
      indefinite: from < runFrom && lexicon.pack.indefinite.has(items[from]!.base),
      gender: genderOfWords(view, from, nameFrom),
      organisation,
    };
  }
  const from = descriptionStart(view, head);
  const determiner = items[from]!;
  const indefinite = lexicon.pack.indefinite.has(determiner.base) || (from === head && /s$/.test(it.base));
  return { kind: 'description', from, to: descriptionEnd(view, head), nameFrom: head, nameTo: head + 1, head, indefinite, gender: genderOfWords(view, from, head + 1), organisation: false };
}

/** German prints every noun capitalised: after a determiner, or when it ends in a role noun ("SPD-Vertreter"), it is one. */
function capitalisedNoun(view: ArticleView, head: number): boolean {
  const { lexicon, items } = view;
  if (!lexicon.pack.capitalisedNouns) return false;
  const base = items[head]!.base;
  if ([...lexicon.pack.sourceHeads].some((w) => base.endsWith(w))) return true;
  const before = items[view.runStart[head]! - 1];
  return isWord(before) && lexicon.pack.determiners.has(before.base) && view.runStart[head] === head;
}

function firstNonHonorific(view: ArticleView, from: number, to: number): number {
  let k = from;
  while (k < to && view.lexicon.pack.honorifics.has(stripDot(view.items[k]!.base))) k++;
  return k;
}

/** A run of common words that still names one body: "White House", "Supreme Court" (two words or more, after no determiner "a"). */
function organisationName(view: ArticleView, from: number, to: number): boolean {
  return to > from && !view.lexicon.pack.indefinite.has(view.items[from - 1]?.base ?? '');
}

/** Walks left over the modifiers of a description to its determiner (included). */
function descriptionStart(view: ArticleView, head: number): number {
  const { items, lexicon } = view;
  let from = head;
  for (let k = head - 1, n = 0; k >= 0 && n < MAX_DESCRIPTION_WORDS; k--, n++) {
    const x = items[k]!;
    if (!isWord(x) || !adjacentOrHyphen(view, k, k + 1)) break;
    if (lexicon.pack.determiners.has(x.base)) return k;
    if (x.possessive) {
      from = k;
      continue;
    }
    if (lexicon.pack.functionWords.has(x.base) || lexicon.pronoun(x.base) || (!x.cap && lexicon.cue(x.base) >= lexicon.strongCue)) break;
    from = k;
  }
  return from;
}

function adjacentOrHyphen(view: ArticleView, a: number, b: number): boolean {
  return adjacent(view, a, b) || /^[-\u2010\u2011]$/.test(view.text.slice(view.items[a]!.end, view.items[b]!.start));
}

/** "a spokesman for the campaign", "officials familiar with the talks": the complement after the head. */
function descriptionEnd(view: ArticleView, head: number): number {
  const { items, lexicon } = view;
  const to = head + 1;
  const next = items[to];
  if (!isWord(next) || !lexicon.pack.functionWords.has(next.base) || lexicon.pack.clauseWords.has(next.base)) return to;
  if (!/^(?:for|of|at|with|from|in|close|familiar|de|du|des|von|der|des|fur|bei)$/.test(next.base)) return to;
  let end = to;
  for (let k = to + 1, n = 0; k < items.length && n < 6; k++, n++) {
    const x = items[k]!;
    if (!isWord(x) || lexicon.pack.clauseWords.has(x.base) || (!x.cap && lexicon.cue(x.base) >= lexicon.strongCue)) break;
    // The complement ends on a content word, never on an auxiliary or an article.
    if (!lexicon.pack.functionWords.has(x.base)) end = k + 1;
  }
  return end;
}
