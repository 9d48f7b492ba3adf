// The article as attribution reads it: the lexed items (words, punctuation, one opaque item per
// quotation, paragraph breaks), sentences over them, and per word the facts every later step
// asks for (sentence, capitalised run, function word, pronoun, cue strength).

import type { QuoteSpan } from '../quotes/find-quotes.ts';
import { lexItems, splitItemSentences, type Item, type Sentence } from '../quotes/lex.ts';
import type { Word } from '../text/word-forms.ts';
import type { AttributionLexicon } from './lexicon.ts';

export interface ArticleView {
  text: string;
  language: string;
  lexicon: AttributionLexicon;
  items: Item[];
  sentences: Sentence[];
  /** Sentence index of every item. */
  sentenceOf: Int32Array;
  /** Item index of every top-level quotation. */
  quoteItem: number[];
  /** For a capitalised word: the index of the first word of its run of capitalised words. */
  runStart: Int32Array;
  /** For a capitalised word: the index of the last word of its run. */
  runEnd: Int32Array;
  /**
   * Capitalised words this article shows to be roles: printed in lower case elsewhere in it
   * ("the mayor"), or opening the runs of two different names ("Councillor A B", "Councillor C D").
   */
  articleRoles: Set<string>;
}

const SPACE_ONLY = /^[ \t\u00a0]*$/;
const INITIAL = /^(?:\p{Lu}\.)+$/u;

export function isWord(it: Item | undefined): it is Item {
  return it?.kind === 'word';
}

/** Two items printed next to each other with only spaces between. */
export function adjacent(view: ArticleView, a: number, b: number): boolean {
  const x = view.items[a];
  const y = view.items[b];
  return !!x && !!y && SPACE_ONLY.test(view.text.slice(x.end, y.start));
}

/** "Jane Doe, who said": a relative pronoun after a comma, standing for the words before it. */
export function relativeSubject(view: ArticleView, i: number): boolean {
  const it = view.items[i];
  return isWord(it) && !it.cap && view.lexicon.pack.relativeSubjects.has(it.base) && view.items[i - 1]?.text === ',' && isWord(view.items[i - 2]);
}

/** A capitalised word that opens its sentence: its capital says nothing about it being a name. */
export function sentenceInitial(view: ArticleView, i: number): boolean {
  const s = view.sentences[view.sentenceOf[i]!];
  if (!s) return false;
  for (let k = s.from; k < i; k++) {
    const it = view.items[k]!;
    if (it.kind === 'word' || it.kind === 'quote') return false;
  }
  return true;
}

/** How many items an aside after a word may hold: "(D-Ohio)", ", a lawyer for the firm,". */
const ASIDE_ITEMS = 12;

/**
 * The closing mark of an aside printed right after word `i`: a short parenthesis ("Jane Doe
 * (D-Ohio) said") or an apposition between commas that opens with a determiner or a role
 * ("Jane Doe, a lawyer for the firm, said"). -1 when none follows. An aside holds no quotation
 * and no verb of saying: it describes the word before it and says nothing itself.
 */
export function asideAfter(view: ArticleView, i: number): number {
  const { items, lexicon } = view;
  const open = items[i + 1];
  if (!isWord(items[i]) || !open || open.kind !== 'punct' || (open.text !== '(' && open.text !== ',')) return -1;
  const paren = open.text === '(';
  const first = items[i + 2];
  if (!isWord(first)) return -1;
  if (!paren && !(lexicon.pack.determiners.has(first.base) || lexicon.pack.possessives.has(first.base) || (!first.cap && lexicon.personRole(first.base) >= 0.05))) return -1;
  for (let k = i + 2; k < items.length && k <= i + 1 + ASIDE_ITEMS; k++) {
    const x = items[k]!;
    if (x.kind === 'quote' || x.kind === 'para') return -1;
    if (x.kind === 'punct') {
      // "Jane Doe (D-Ohio), said": the comma after the parenthesis belongs to the aside.
      if (paren && x.text === ')' && items[k + 1]?.text === ',' && isWord(items[k + 2])) return k + 1;
      if (paren ? x.text === ')' : x.text === ',') return isWord(items[k + 1]) ? k : -1;
      if (!paren || /[!?;:]/.test(x.text)) return -1;
      continue;
    }
    if (!x.cap && lexicon.cue(x.base) >= lexicon.strongCue) return -1;
  }
  return -1;
}

/**
 * The last item of the complement that ties a name to a place or a body ("Jane Doe of Acme",
 * "Jane Doe at Acme University"): the capitalised run after the preposition. `i` itself when none.
 */
export function nameComplementEnd(view: ArticleView, i: number): number {
  const { items, lexicon } = view;
  const of = items[i + 1];
  const next = i + 2;
  if (!isWord(items[i]) || !items[i]!.cap || items[i]!.possessive || !isWord(of) || of.cap || !lexicon.pack.ofWords.has(of.base)) return i;
  if (!isWord(items[next]) || !items[next]!.cap || view.runStart[next] !== next || !adjacent(view, i, i + 1) || !adjacent(view, i + 1, next)) return i;
  return view.runEnd[next]!;
}

/**
 * A dateline's place: a run in capitals opening a paragraph before a comma, a bracket or a dash
 * ("BRISTOW, Mar. 3 (Acme) —", "NORTH BAY (Acme) —"). Page furniture, never a speaker.
 */
export function datelineWord(view: ArticleView, i: number): boolean {
  const { items } = view;
  const from = view.runStart[i]!;
  const to = view.runEnd[i]!;
  // A place is a few words; a longer run is no dateline (and is not walked: hostile pages).
  if (from < 0 || to - from > 4 || (from > 0 && items[from - 1]!.kind !== 'para')) return false;
  for (let k = from; k <= to; k++) if (!items[k]!.allCaps) return false;
  const after = items[to + 1];
  return after?.kind === 'punct' && /^[,(:\u2013\u2014-]$/.test(after.text);
}

/** How strongly item `k` signals attribution: a verb of saying, or "according", in lower case or opening its sentence ("Laut X…"). */
export function cueAt(view: ArticleView, k: number): number {
  const it = view.items[k];
  if (!isWord(it)) return 0;
  if (it.cap && !sentenceInitial(view, k)) return 0;
  return view.lexicon.cue(it.base);
}

/** Part of a name run: a capitalised word that is neither a pronoun nor a function word. */
function nameLike(view: ArticleView, i: number): boolean {
  const it = view.items[i];
  if (!isWord(it) || !it.cap || !/\p{L}/u.test(it.text)) return false;
  if (view.lexicon.pronoun(it.base)) return false;
  // Initials with their full stops ("Jane D. Doe", "A.J. Doe") are part of a name, even where the bare letter
  // is a function word (English lists the "d" and "m" of contractions).
  return INITIAL.test(it.text) || !view.lexicon.pack.functionWords.has(it.base);
}

export function buildView(text: string, language: string, lexicon: AttributionLexicon, top: QuoteSpan[], words?: Word[]): ArticleView {
  const items = lexItems(text, top, language, words);
  // A short "Name said." right after a quotation that ends a sentence still belongs to it.
  const endsWithAttribution = (from: number) => {
    let count = 0;
    for (let i = from; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind !== 'word') return it.kind === 'punct' && /[.,!?]/.test(it.text) && count > 0 && count <= 8 && hasCue(from, i);
      if (++count > 8) return false;
    }
    return count > 0 && hasCue(from, items.length);
  };
  const hasCue = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!items[i]!.cap && lexicon.cue(items[i]!.base) >= lexicon.strongCue) return true;
    return false;
  };
  const sentences = splitItemSentences(items, endsWithAttribution);
  const sentenceOf = new Int32Array(items.length);
  sentences.forEach((s, si) => sentenceOf.fill(si, s.from, s.to));
  const quoteItem: number[] = [];
  items.forEach((it, i) => {
    if (it.kind === 'quote') quoteItem[it.quote] = i;
  });
  const view: ArticleView = {
    text, language, lexicon, items, sentences, sentenceOf, quoteItem,
    runStart: new Int32Array(items.length).fill(-1),
    runEnd: new Int32Array(items.length).fill(-1),
    articleRoles: new Set(),
  };
  markRuns(view);
  collectArticleRoles(view);
  return view;
}

function collectArticleRoles(view: ArticleView): void {
  const { items } = view;
  const lower = new Set<string>();
  const openers = new Map<string, Set<string>>();
  items.forEach((it, i) => {
    if (it.kind !== 'word') return;
    if (!it.cap) lower.add(it.base);
    if (view.runStart[i] === i && view.runEnd[i]! - i >= 2) {
      const last = items[view.runEnd[i]!]!.base;
      const set = openers.get(it.base) ?? new Set<string>();
      set.add(last);
      openers.set(it.base, set);
    }
  });
  items.forEach((it, i) => {
    if (it.kind === 'word' && it.cap && view.runEnd[i]! > i && (lower.has(it.base) || (openers.get(it.base)?.size ?? 0) >= 2)) view.articleRoles.add(it.base);
  });
}

/** Runs of capitalised words printed together ("Secretary of State John Kerry" is one run). */
function markRuns(view: ArticleView): void {
  const { items, lexicon } = view;
  let i = 0;
  while (i < items.length) {
    if (!nameLike(view, i)) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = end + 1;
      if (items[end]!.possessive) break;
      if (nameLike(view, next) && adjacent(view, end, next)) {
        end = next;
        continue;
      }
      // A surname spelt like a function word ("Theresa May", "George Will") after a given name.
      const surname = items[next];
      if (isWord(surname) && surname.cap && /^\p{Lu}\p{Ll}+$/u.test(surname.text) && !lexicon.pronoun(surname.base) && lexicon.givenName(items[end]!.base) && adjacent(view, end, next)) {
        end = next;
        continue;
      }
      // A lower-case particle between capitalised words ("Maarten de Zeeuw", "Secretary of State").
      // "Ministry of Defence", "Secretary of State": a common noun joined to its domain is one name.
      const joint = items[next];
      const bodyNoun = lexicon.common(items[end]!.base) || (isWord(items[i - 1]) && lexicon.pack.determiners.has(items[i - 1]!.base) && !lexicon.pack.indefinite.has(items[i - 1]!.base));
      // German prints a person's role as a capitalised noun: "der Sprecher der Feuerwehr" is a role
      // of a body (a description), not one name.
      const personNoun = lexicon.pack.capitalisedNouns && lexicon.personRole(items[end]!.base) >= 0.05;
      if (isWord(joint) && !joint.cap && lexicon.pack.ofWords.has(joint.base) && bodyNoun && !personNoun && nameLike(view, next + 1) &&
        adjacent(view, end, next) && adjacent(view, next, next + 1)) {
        end = next + 1;
        continue;
      }
      // Up to two particles: "Ursula van der Berg".
      let after = next;
      // A particle that is also the language's article ("der", "la") follows another ("von der
      // Leyen", "de la Cruz"); alone after a name it is an article ("Jane Doe der Zeitung").
      const particle = (k: number) => isWord(items[k]) && lexicon.pack.nameParticles.has(items[k]!.base) && (k > next || !lexicon.pack.determiners.has(items[k]!.base));
      while (after < next + 2 && particle(after) && adjacent(view, after - 1, after)) after++;
      // The particle's name ends the run ("de Zeeuw"); "Doe der Deutschen Presse-Agentur" is two names.
      const endsRun = !(nameLike(view, after + 1) && adjacent(view, after, after + 1));
      if (after > next && !personNoun && nameLike(view, after) && adjacent(view, after - 1, after) && endsRun) {
        end = after;
        continue;
      }
      break;
    }
    for (let k = i; k <= end; k++) {
      view.runStart[k] = i;
      view.runEnd[k] = end;
    }
    i = end + 1;
  }
}
