// What a quotation is: words someone `spoke` or `wrote`, or nobody's words at all: a `title`
// (a show, a book, a slogan printed as a name) or a `scare` quote (a term held at arm's length).
// Whether anyone speaks is the model's call (its "nobody" candidate); this tells the rest apart.

import type { QuoteKind } from '../types.ts';
import type { TextSpan } from './attribute.ts';
import type { quoteFacts } from './features.ts';
import { foldWord } from '../text/word-forms.ts';
import type { ArticleView } from './view.ts';

/** Quotations this short, with no sentence inside, are terms rather than remarks. */
const SCARE_WORDS = 5;
/** A title is a name: a handful of words. */
const TITLE_WORDS = 6;

export function quoteKind(view: ArticleView, facts: ReturnType<typeof quoteFacts>, nobody: boolean, cue: TextSpan | null): QuoteKind {
  const text = view.items[facts.item]!.text;
  // A quoted proper name ("State of the Union", "Islamic Emirate") is nobody's remark, whoever is near it.
  if (titleLike(view, text) && facts.words <= TITLE_WORDS) return 'title';
  if (!nobody) return speechKind(view, cue);
  if (facts.words <= SCARE_WORDS && !/[.!?]\s*$/.test(text)) return 'scare';
  return 'spoken';
}

function speechKind(view: ArticleView, cue: TextSpan | null): QuoteKind {
  if (!cue) return 'spoken';
  return cue.text.split(/\s+/).some((w) => view.lexicon.written(foldWord(w))) ? 'written' : 'spoken';
}

/** Most content words capitalised ("State of the Union", "The Art of the Deal"): a name of a work. */
function titleLike(view: ArticleView, text: string): boolean {
  // Where every noun is capitalised (German), capitals mark nouns, not names of works.
  if (view.lexicon.pack.capitalisedNouns) return false;
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content = words.filter((w) => !view.lexicon.pack.functionWords.has(foldWord(w)));
  // A title may carry the comma or stop of the sentence inside the marks ("on “Meet the Press.”"), never a question.
  const bare = text.replace(/[.,]\s*$/, '');
  if (content.length === 0 || words.length > 10 || /[.,!?;:]/.test(bare)) return false;
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised === content.length && (content.length >= 2 || words.length >= 2);
}
