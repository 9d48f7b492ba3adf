// Who could be speaking a quotation: every word near it that can head a mention of a source (the
// last word of a capitalised run, a pronoun, a content word in lower case), the source of the
// quotation just before (carry-over), or nobody. The model picks one; nothing here decides.

import { MONTHS, WEEKDAYS } from '../text/date-words.ts';
import { isCardinalWord } from '../text/numbers.ts';
import { adjacent, cueAt, datelineWord, isWord, relativeSubject, sentenceInitial, type ArticleView } from './view.ts';

export type Candidate =
  | { kind: 'token'; item: number }
  /** The previous quotation's source, carried over to a quotation with no attribution of its own. */
  | { kind: 'carry'; quote: number; item: number }
  | { kind: 'none' };

/** How far from its quotation a candidate may stand, in sentences. */
const SENTENCES_BEFORE = 1;
const SENTENCES_AFTER = 1;
/** Cue strength from which a word is a verb of saying rather than a possible source. */
export const CUE_NOT_HEAD = 0.5;
/** How often a lower-case word must name a source to be a candidate outside the quotation's sentence. */
const NEIGHBOUR_HEAD = 0.1;
/** How many items from its quotation a candidate may stand (PolNeAR: 99% of sources within 30 words). */
const ITEM_REACH = 60;
/** A carried-over source stays in reach this many sentences. */
export const CARRY_SENTENCES = 4;

/** Can this word head a mention of a source? */
export function canHead(view: ArticleView, i: number): boolean {
  const it = view.items[i];
  if (!isWord(it)) return false;
  const { lexicon } = view;
  if (lexicon.pronoun(it.base) || relativeSubject(view, i)) return true;
  // Days are never speakers; nor are months printed with a day ("on Monday", "May 4").
  const lower = it.text.toLowerCase().replace(/\.$/, '');
  if (WEEKDAYS.has(lower) || (MONTHS.has(lower) && (/^\d/.test(view.items[i + 1]?.text ?? '') || ordinalOf(view, i)))) return false;
  // A word spelt like a function word may end a name ("Theresa May").
  const endsName = it.cap && view.runStart[i]! >= 0 && view.runStart[i]! < i && view.runEnd[i] === i;
  if (!/\p{L}/u.test(it.text) || (lexicon.pack.functionWords.has(it.base) && !endsName)) return false;
  // A number counts the noun after it ("Forty-two workers"); the noun heads the phrase.
  if (isCardinalWord(it.text, view.language)) return false;
  if (it.allCaps && datelineWord(view, i)) return false;
  if (addressee(view, i)) return false;
  // A verb of saying is the cue, never the source ("said", "according").
  if (!it.cap && lexicon.cue(it.base) >= CUE_NOT_HEAD) return false;
  // So is one that opens its sentence in capitals ("Ifølge politiet…", "Selon lui…").
  if (it.cap && view.runStart[i] === i && view.runEnd[i] === i && sentenceInitial(view, i) && lexicon.cue(it.base) >= CUE_NOT_HEAD) return false;
  // A lower-case word right after a subject pronoun is its verb ("she gives", "he made"), never a
  // noun it heads (a pronoun takes no modifiers). Pronouns that are also determiners stay open.
  const before = view.items[i - 1];
  if (!it.cap && isWord(before) && adjacent(view, i - 1, i) && lexicon.pronoun(before.base)?.subject && !lexicon.pack.determiners.has(before.base)) return false;
  if (it.cap && view.runEnd[i] !== -1) return view.runEnd[i] === i;
  // A capitalised function-like word opening a sentence ("Meanwhile") is not a name; lower-case
  // content words may head descriptions ("the senator", "officials").
  return !it.cap || !sentenceInitial(view, i);
}

/**
 * The object of a preposition right after a verb of saying is whom, where or in what it was said
 * ("said on Twitter", "told to reporters", "a indiqué à l'AFP"), not who said it; unless the cue
 * is a preposition itself ("according to X") or the preposition brings in a passive's agent ("by").
 */
function addressee(view: ArticleView, i: number): boolean {
  const { items, lexicon } = view;
  const runFrom = view.runStart[i]! >= 0 ? view.runStart[i]! : i;
  let k = runFrom - 1;
  while (k >= 0 && k > runFrom - 3 && isWord(items[k]) && lexicon.pack.determiners.has(items[k]!.base) && !lexicon.pack.possessives.has(items[k]!.base)) k--;
  const preposition = items[k];
  const cue = items[k - 1];
  if (!isWord(preposition) || !lexicon.pack.prepositions.has(preposition.base) || lexicon.pack.agentPrepositions.has(preposition.base)) return false;
  if (!isWord(cue) || cueAt(view, k - 1) < lexicon.strongCue || lexicon.pack.prepositionalCues.has(cue.base)) return false;
  return adjacent(view, k - 1, k);
}

/** English ordinals, as words and figures: "the Fourth of July", "the 5th of May" name a day. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/;

/** A month printed as "<ordinal> of <month>". */
function ordinalOf(view: ArticleView, i: number): boolean {
  const of = view.items[i - 1];
  const ordinal = view.items[i - 2];
  return isWord(of) && of.base === 'of' && isWord(ordinal) && ORDINAL.test(ordinal.text.toLowerCase());
}

export interface PreviousSource {
  /** Top-level quotation index. */
  quote: number;
  /** Item of the source's head word. */
  item: number;
}

export function candidatesFor(view: ArticleView, quote: number, previous: PreviousSource | null): Candidate[] {
  const q = view.quoteItem[quote]!;
  const s = view.sentenceOf[q]!;
  // The sentences around, and no farther than a reach in items: a source is never far from its words.
  const from = Math.max(view.sentences[Math.max(0, s - SENTENCES_BEFORE)]!.from, q - ITEM_REACH);
  const to = Math.min(view.sentences[Math.min(view.sentences.length - 1, s + SENTENCES_AFTER)]!.to, q + ITEM_REACH);
  const out: Candidate[] = [{ kind: 'none' }];
  for (let i = from; i < to; i++) {
    if (!canHead(view, i)) continue;
    // In the sentences around, only words that often name sources: names, pronouns, source nouns.
    const it = view.items[i]!;
    if (view.sentenceOf[i] !== s && !it.cap && !view.lexicon.pronoun(it.base) && view.lexicon.head(it.base) < NEIGHBOUR_HEAD) continue;
    out.push({ kind: 'token', item: i });
  }
  if (previous && s - view.sentenceOf[view.quoteItem[previous.quote]!]! <= CARRY_SENTENCES) {
    out.push({ kind: 'carry', quote: previous.quote, item: previous.item });
  }
  return out;
}

export interface Choice {
  /** Index of the candidate that stands for the choice (the likeliest of its group). */
  index: number;
  /** Probability of the choice: every candidate naming the same speaker counts (a carried-over
   * source, "he" two words later and the name itself are one answer, not three rivals). */
  probability: number;
}

/** The likeliest answer: candidates grouped by `keyOf` (the speaker they name; "nobody" stands alone). */
export function choose(candidates: Candidate[], probabilities: number[], keyOf: (c: Candidate, i: number) => string = (c) => (c.kind === 'none' ? 'none' : `item:${c.item}`)): Choice {
  const groups = new Map<string, { index: number; best: number; sum: number }>();
  candidates.forEach((c, i) => {
    const key = c.kind === 'none' ? 'none' : keyOf(c, i);
    const p = probabilities[i]!;
    const g = groups.get(key);
    if (!g) groups.set(key, { index: i, best: p, sum: p });
    else {
      g.sum += p;
      if (p > g.best) {
        g.best = p;
        g.index = i;
      }
    }
  });
  let chosen = { index: 0, probability: -1 };
  for (const g of groups.values()) if (g.sum > chosen.probability) chosen = { index: g.index, probability: g.sum };
  return chosen;
}

/** Candidates below this probability are not resolved to find their group (they change nothing). */
export const GROUPED_FROM = 0.02;
