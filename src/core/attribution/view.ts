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
}

const SPACE_ONLY = /^[ \t\u00a0]*$/;

export function isWord(it: Item | undefined): it is Item {
  return it?.kind === 'word';
}

/** Two items printed next to each other with only spaces between. */
export function adjacent(view: ArticleView, a: number, b: number): boolean {
  const x = view.items[a];
  const y = view.items[b];
  return !!x && !!y && SPACE_ONLY.test(view.text.slice(x.end, y.start));
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

/** Part of a name run: a capitalised word that is neither a pronoun nor a function word. */
function nameLike(view: ArticleView, i: number): boolean {
  const it = view.items[i];
  if (!isWord(it) || !it.cap || !/\p{L}/u.test(it.text)) return false;
  return !view.lexicon.pronoun(it.base) && !view.lexicon.pack.functionWords.has(it.base);
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
  };
  markRuns(view);
  return view;
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
      // A lower-case particle between capitalised words ("Maarten de Zeeuw", "Secretary of State").
      const after = next + 1;
      if (isWord(items[next]) && lexicon.pack.nameParticles.has(items[next]!.base) && !items[next]!.cap && nameLike(view, after) &&
        adjacent(view, end, next) && adjacent(view, next, after)) {
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
