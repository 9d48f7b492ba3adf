// What the model knows about a candidate source of a quotation: where it stands (side, distance,
// sentence), what lies between (verbs of saying, punctuation, other quotations), what it is
// (pronoun, capitalised run, a word that often names sources) and the shapes attribution takes
// ("…," X said / said X / X said: "…" / X said the plan was "…"). No word's identity is a
// feature, only its class (cue strength, pronoun, determiner, capitalised…): the same model reads
// every language. Names are strings so that the weights file explains itself.

import type { Candidate } from './candidates.ts';
import { descriptionStart } from './mention.ts';
import { adjacent, asideAfter, cueAt, isWord, nameComplementEnd, relativeSubject, sentenceInitial, type ArticleView } from './view.ts';

export type FeatureVector = Map<string, number>;

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges[edges.length - 1]}+`;
};

const DISTANCE = [0, 1, 2, 3, 5, 8, 12, 20];
/** The first atoms of a token candidate are also taken in pairs. */
const PAIRED = 15;
const LENGTH = [1, 3, 6, 12, 25];

interface QuoteFacts {
  item: number;
  sentence: number;
  words: number;
  endsWithComma: boolean;
  endsWithStop: boolean;
  titleCase: boolean;
  startsLower: boolean;
  /** The sentence opens with the quotation. */
  opensSentence: boolean;
  /** A verb of saying stands in the quotation's sentence, outside the quotation. */
  cueInSentence: number;
  /** The quotation spans a whole paragraph with nothing else in it. */
  wholeParagraph: boolean;
}

export function quoteFacts(view: ArticleView, quote: number): QuoteFacts {
  const item = view.quoteItem[quote]!;
  const it = view.items[item]!;
  const sentence = view.sentenceOf[item]!;
  const s = view.sentences[sentence]!;
  const words = it.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  let cueInSentence = 0;
  let others = 0;
  for (let k = s.from; k < s.to; k++) {
    const w = view.items[k]!;
    if (k !== item && w.kind !== 'para') others++;
    if (isWord(w)) cueInSentence = Math.max(cueInSentence, cueAt(view, k));
  }
  return {
    item,
    sentence,
    words: words.length,
    endsWithComma: /,\s*$/.test(it.text),
    endsWithStop: /[.!?\u2026]\s*$/.test(it.text),
    titleCase: words.length >= 2 && capitalised / words.length >= 0.6,
    startsLower: /^\p{Ll}/u.test(it.text),
    opensSentence: s.from === item || view.items.slice(s.from, item).every((x) => x.kind === 'punct'),
    cueInSentence,
    wholeParagraph: others <= 1,
  };
}

/** The first word after `i` that is not a function word, within `limit` words, stopping at punctuation and quotations. */
function nextContent(view: ArticleView, i: number, limit: number): number {
  for (let k = i + 1, n = 0; k < view.items.length && n < limit; k++) {
    const it = view.items[k]!;
    if (it.kind !== 'word') return -1;
    n++;
    if (!view.lexicon.pack.functionWords.has(it.base)) return k;
  }
  return -1;
}

/** Nearest word before `i` whose cue strength is at least `min`, within `limit` words, not past punctuation or quotations. */
function cueBefore(view: ArticleView, i: number, limit: number): number {
  for (let k = i - 1, n = 0; k >= 0 && n < limit; k--) {
    const it = view.items[k]!;
    if (it.kind !== 'word') return -1;
    n++;
    if (cueAt(view, k) >= view.lexicon.strongCue) return k;
  }
  return -1;
}

function add(f: FeatureVector, name: string, value = 1) {
  if (value !== 0) f.set(name, (f.get(name) ?? 0) + value);
}

interface SentenceShape {
  /** Head-like words (pronouns, ends of capitalised runs, source nouns) before each item. */
  heads: Int32Array;
  /** The last clause mark (comma, colon, dash, parenthesis) at or before each item, or -1. */
  clause: Int32Array;
  /** Words and quotations per sentence. */
  words: Int32Array;
  /** Per sentence: a headline or a caption, most of its content words capitalised. */
  titleCase: Uint8Array;
}

const shapes = new WeakMap<ArticleView, SentenceShape>();

/** One pass over the article for what every candidate asks of its sentence. */
function sentenceShape(view: ArticleView): SentenceShape {
  let shape = shapes.get(view);
  if (shape) return shape;
  const { items, lexicon } = view;
  const heads = new Int32Array(items.length + 1);
  const clause = new Int32Array(items.length).fill(-1);
  const words = new Int32Array(view.sentences.length);
  const contentWords = new Int32Array(view.sentences.length);
  const capitalised = new Int32Array(view.sentences.length);
  let last = -1;
  items.forEach((x, k) => {
    const head = x.kind === 'word' && (lexicon.pronoun(x.base) || (x.cap && view.runEnd[k] === k && !sentenceInitial(view, k)) || (!x.cap && lexicon.head(x.base) >= 0.2));
    heads[k + 1] = heads[k]! + (head ? 1 : 0);
    if (x.kind === 'punct' && /[,;:\u2013\u2014(]/.test(x.text)) last = k;
    else if (x.kind === 'para') last = -1;
    clause[k] = last;
    if (x.kind === 'word' || x.kind === 'quote') words[view.sentenceOf[k]!]!++;
    if (x.kind === 'word' && !lexicon.pack.functionWords.has(x.base)) {
      contentWords[view.sentenceOf[k]!]!++;
      if (x.cap) capitalised[view.sentenceOf[k]!]!++;
    }
  });
  const titleCase = Uint8Array.from(contentWords, (n, s) => (n >= 3 && capitalised[s]! / n >= 0.8 ? 1 : 0));
  shapes.set(view, (shape = { heads, clause, words, titleCase }));
  return shape;
}

/** A verb of saying opening a participle clause (", saying", ", adding") between two items: its subject is the sentence's. */
function participleCue(view: ArticleView, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const it = view.items[k]!;
    if (it.kind === 'word' && /ing$/.test(it.base) && view.items[k - 1]?.text === ',' && view.lexicon.cue(it.base) >= view.lexicon.strongCue) return k;
  }
  return -1;
}

/**
 * A candidate's features as the scorer reads them: single features with their values, and the
 * atoms whose pairs are features too (`a&b`), left unexpanded so scoring needs no strings.
 */
export interface CandidateParts {
  features: FeatureVector;
  paired: string[];
}

/** Every feature by name, pairs spelt out: what training counts and fits. */
export function candidateFeatures(view: ArticleView, quote: QuoteFacts, c: Candidate): FeatureVector {
  const { features, paired } = candidateParts(view, quote, c);
  for (let a = 0; a < paired.length; a++) for (let b = a + 1; b < paired.length; b++) add(features, `${paired[a]}&${paired[b]}`);
  return features;
}

export function candidateParts(view: ArticleView, quote: QuoteFacts, c: Candidate): CandidateParts {
  const f: FeatureVector = new Map();
  const paired: string[] = [];
  const len = bucket(quote.words, LENGTH);
  if (c.kind === 'none') {
    add(f, 'none');
    add(f, `none:len=${len}`);
    add(f, 'none:cueInSentence', quote.cueInSentence);
    if (quote.titleCase) add(f, 'none:titleCase');
    if (quote.startsLower) add(f, 'none:startsLower');
    if (quote.endsWithComma || quote.endsWithStop) add(f, 'none:endsPunct');
    if (quote.opensSentence) add(f, 'none:opensSentence');
    if (quote.wholeParagraph) add(f, 'none:wholeParagraph');
    const prev = view.items[quote.item - 1];
    if (isWord(prev) && prev.possessive) add(f, 'none:afterPossessive');
    if (isWord(prev) && prev.cap && !sentenceInitial(view, quote.item - 1)) add(f, 'none:afterCapitalised');
    if (isWord(prev) && view.lexicon.cue(prev.base) >= view.lexicon.strongCue) add(f, 'none:afterCue');
    return { features: f, paired };
  }

  if (c.kind === 'carry') {
    const from = view.quoteItem[c.quote]!;
    const distance = quote.sentence - view.sentenceOf[from]!;
    const paragraphs = view.sentences[quote.sentence]!.paragraph - view.sentences[view.sentenceOf[from]!]!.paragraph;
    add(f, 'carry');
    add(f, `carry:sentences=${bucket(distance, [0, 1, 2, 4])}`);
    add(f, `carry:paragraphs=${bucket(paragraphs, [0, 1, 2])}`);
    add(f, 'carry:cueInSentence', quote.cueInSentence);
    if (quote.opensSentence) add(f, 'carry:opensSentence');
    if (quote.wholeParagraph) add(f, 'carry:wholeParagraph');
    add(f, `carry:len=${len}`);
    return { features: f, paired };
  }

  const { items, lexicon } = view;
  const t = c.item;
  const it = items[t]!;
  const q = quote.item;
  const side = t < q ? 'L' : 'R';
  const sentenceDelta = view.sentenceOf[t]! - quote.sentence;
  // A sentence's capitalised first word that is a word of attribution ("Laut", "Selon") opens
  // the run but introduces the name after it.
  const runStart = view.runStart[t]! >= 0 ? view.runStart[t]! : t;
  const opener = runStart < t && sentenceInitial(view, runStart) && cueAt(view, runStart) >= lexicon.strongCue;
  const start = opener ? runStart + 1 : runStart;
  const lo = side === 'L' ? t + 1 : q + 1;
  const hi = side === 'L' ? q : start;

  // What lies between the candidate and the quotation.
  let words = 0;
  let heads = 0;
  let cueBetween = 0;
  let comma = false;
  let colon = false;
  let stop = false;
  let otherQuote = false;
  let dash = false;
  for (let k = lo; k < hi; k++) {
    const x = items[k]!;
    if (x.kind === 'word') {
      words++;
      cueBetween = Math.max(cueBetween, cueAt(view, k));
      if (lexicon.pronoun(x.base) || (x.cap && view.runEnd[k] === k && !sentenceInitial(view, k))) heads++;
    } else if (x.kind === 'quote') otherQuote = true;
    else if (x.kind === 'punct') {
      if (x.text === ',') comma = true;
      else if (x.text === ':') colon = true;
      else if (/[.!?]/.test(x.text)) stop = true;
      else if (/[\u2013\u2014(]/.test(x.text)) dash = true;
    }
  }

  // What the candidate is.
  const pronoun = lexicon.pronoun(it.base);
  const shape = pronoun
    ? `pron${pronoun.person}${pronoun.plural ? 'p' : 's'}${pronoun.subject ? '' : 'o'}`
    : relativeSubject(view, t)
      ? 'rel'
      : it.cap
      ? sentenceInitial(view, start) ? 'capInitial' : it.allCaps ? 'caps' : 'cap'
      : 'lower';
  const runLength = view.runEnd[t]! >= 0 ? t - start + 1 : 0;

  // Verbs of saying around the candidate: after it and the aside that may follow it ("Jane Doe
  // (D-Ohio) said", "Jane Doe, a lawyer for the firm, said"), before its noun phrase ("according
  // to radio host Jane Doe").
  const complement = it.cap && view.runEnd[t] === t ? nameComplementEnd(view, t) : t;
  const aside = asideAfter(view, complement);
  const tail = aside >= 0 ? aside : complement;
  const after = nextContent(view, tail, 3);
  const cueAfter = after >= 0 ? cueAt(view, after) : 0;
  const beforeAt = cueBefore(view, opener ? start : descriptionStart(view, start), 3);
  const cueBeforeValue = beforeAt >= 0 ? lexicon.cue(items[beforeAt]!.base) : 0;

  // Where the candidate stands in its sentence: the first head is usually the subject.
  const shape2 = sentenceShape(view);
  const sentenceIndex = view.sentenceOf[t]!;
  const sentence = view.sentences[sentenceIndex]!;
  const headsBefore = (from: number) => shape2.heads[start]! - shape2.heads[from]!;
  const firstHead = headsBefore(sentence.from) === 0;
  const clauseFirst = headsBefore(Math.max(sentence.from, shape2.clause[start]!)) === 0;
  const bareName = shape2.words[sentenceIndex]! === t - start + 1;
  const participle = side === 'L' && participleCue(view, t + 1, q) >= 0;
  const prevItem = items[start - 1];
  const nextItem = items[tail + 1];
  const classOf = (x: typeof prevItem) =>
    !x ? 'none' : x.kind === 'word'
      ? lexicon.pack.determiners.has(x.base) ? 'det' : x.possessive ? 'poss' : !x.cap && lexicon.cue(x.base) >= lexicon.strongCue ? 'cue' : lexicon.pack.functionWords.has(x.base) ? 'fn' : x.cap ? 'cap' : 'word'
      : x.kind === 'punct' ? `p${x.text}` : x.kind;
  const cueLevel = (v: number) => (v >= 0.5 ? 'hi' : v >= lexicon.strongCue ? 'mid' : v >= 0.08 ? 'lo' : '0');
  // A capitalised word that only opens its sentence ("Officials", "Instead") reads as the word it
  // is in lower case: how often that word names a source.
  const asLower = !it.cap || (shape === 'capInitial' && runLength === 1 && lexicon.common(it.base));
  const headLevel = pronoun || !asLower ? 'na' : cueLevel(lexicon.head(it.base));
  const punct = `${comma ? 'c' : ''}${colon ? ':' : ''}${stop ? 's' : ''}${dash ? 'd' : ''}${otherQuote ? 'q' : ''}` || '-';

  // Categorical facts, taken alone and in pairs: the model learns the shapes attribution takes
  // ("…," X said is side=R & cueAfter=hi & distance=0) as weights of these conjunctions.
  const atoms: string[] = [
    `side=${side}`,
    `sent=${sentenceDelta}`,
    `shape=${shape}`,
    `dist=${bucket(words, DISTANCE)}`,
    `heads=${bucket(heads, [0, 1, 2])}`,
    `cueAfter=${cueLevel(cueAfter)}${after === tail + 1 ? '!' : ''}`,
    `cueBefore=${cueLevel(cueBeforeValue)}`,
    `cueBetween=${cueLevel(cueBetween)}`,
    `punct=${punct}`,
    `first=${firstHead ? 's' : clauseFirst ? 'c' : '-'}`,
    `prev=${opener ? 'cue' : classOf(prevItem)}`,
    `next=${classOf(nextItem)}`,
    `head=${headLevel}`,
    `qend=${quote.endsWithComma ? ',' : quote.endsWithStop ? '.' : '-'}`,
    `qopens=${quote.opensSentence}`,
    // Taken alone only:
    `qlen=${len}`,
    `poss=${it.possessive}`,
    `run=${runLength ? bucket(runLength, [1, 2, 3]) : 0}`,
  ];
  for (let a = 0; a < atoms.length; a++) {
    add(f, atoms[a]!);
    if (a < PAIRED) paired.push(atoms[a]!);
  }
  add(f, 'cueAfter', cueAfter);
  add(f, 'cueBefore', cueBeforeValue);
  add(f, 'cueBetween', cueBetween);
  if (asLower && !pronoun) add(f, 'head', lexicon.head(it.base));
  if (it.cap && lexicon.common(it.base)) add(f, 'capCommon');
  if (it.cap && runLength && lexicon.givenName(items[start]!.base)) add(f, 'givenName');
  if (bareName && sentenceDelta !== 0) add(f, 'bareNameSentence');
  if (participle) add(f, `participle:first=${firstHead}`);
  if (shape2.titleCase[sentenceIndex]) add(f, 'titleCaseSentence');
  if (it.possessive && isWord(nextItem)) add(f, 'possessive:nextCue', lexicon.cue(nextItem.base));
  if (aside >= 0) add(f, `aside:cueAfter=${cueLevel(cueAfter)}`);

  if (isWord(prevItem) && lexicon.pack.determiners.has(prevItem.base)) add(f, lexicon.pack.indefinite.has(prevItem.base) ? 'afterIndefinite' : 'afterDeterminer');
  if (isWord(prevItem) && prevItem.possessive) add(f, 'afterPossessive');
  if (isWord(nextItem) && nextItem.cap && adjacent(view, tail, tail + 1)) add(f, 'beforeCapitalised');
  return { features: f, paired };
}
