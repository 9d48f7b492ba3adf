// Domain types shared by every part of Parallax. Plain JSON only (ISO date strings, arrays,
// records): these values cross from the background to the page and the popup and land in storage.

/** A half-open range of JavaScript string indices into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** What the caller knows about an article; only `text` is required. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  url?: string | null;
  /** ISO 8601 date or date-time, or a date as printed (normalised by `analyze`). */
  publishedAt?: string | null;
  /** BCP 47 primary language ("en", "de"), detected when absent. */
  language?: string | null;
}

// ---------------------------------------------------------------- entities

export type EntityKind = 'person' | 'organisation' | 'place';

/** One row of `seeds/entities.json`. */
export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  /**
   * Every way the texts name this entity. An alias shared by several entities (a bare
   * "Massoud") is ambiguous and resolved by context, or not at all.
   */
  aliases: string[];
  /**
   * Aliases (also listed in `aliases`) that name this entity only in the context of its own
   * stories ("his German counterpart", a common surname): trust them only when the article is
   * about a story that names the entity.
   */
  contextAliases?: string[];
  /** Role as of the story's date ("US Secretary of State"). */
  role: string | null;
  /** One line written for readers. */
  description: string;
  /** Country, party, employer or movement the entity belongs to. */
  affiliation: string | null;
}

export interface EntityMention extends Span {
  /** The words as printed. */
  text: string;
}

export interface EntityHit {
  /** The entity list's id; null for a person found in the text but not in the list. */
  id: string | null;
  name: string;
  kind: EntityKind;
  role: string | null;
  description: string | null;
  listed: boolean;
  mentions: EntityMention[];
}

// ---------------------------------------------------------------- quotes

/**
 * `spoken` / `written`: words someone said or wrote (the speaker may still be unknown).
 * `scare` (a term held at arm's length) and `title` (a show, a book, a slogan as a name):
 * nobody is speaking, so never a speaker and no highlight.
 */
export type QuoteKind = 'spoken' | 'written' | 'scare' | 'title';

/** Words of someone's remark, as opposed to scare quotes and titles. */
export function isSpeech(quote: { kind: QuoteKind }): boolean {
  return quote.kind === 'spoken' || quote.kind === 'written';
}

export interface TextSpan extends Span {
  text: string;
}

export interface Quote extends Span {
  /** The words inside the quotation marks as printed (inner punctuation kept). */
  text: string;
  kind: QuoteKind;
  /** Canonical name, or the text's description of an anonymous source; null when unsure. */
  speaker: string | null;
  /** Entity id when the speaker is a listed entity. */
  speakerId: string | null;
  anonymous: boolean;
  /** 0..1, calibrated: of quotes given about 0.9, about 9 in 10 have the right speaker. */
  confidence: number;
  /** The words that name or refer to the speaker at the attribution ("he", "the official", "Mr Doe"). */
  source: TextSpan | null;
  /** The attribution's cue ("told reporters", "according to"). */
  cue: TextSpan | null;
  /** Index into `quotes` of the quotation whose attribution this one carries over, or null. */
  carriedFrom: number | null;
  /** Where the speaker is named in full, when the source words do not name them ("he", "Doe"). */
  namedAt: TextSpan | null;
}

export interface ElsewhereQuote {
  outlet: string;
  articleId: string;
  /** The other version's words for the same remark. */
  text: string;
  /** Index into `Analysis.quotes` of the remark here that it corresponds to. */
  hereQuote: number;
  /** Word-level diff from this article's words to the other's; absent when identical. */
  diff: DiffPart[] | null;
  /**
   * The other article's http(s) URL with a text fragment (`#:~:text=…`) to these words; absent
   * when that article has no such URL.
   */
  link?: string;
}

export interface Speaker {
  /** Stable within one analysis: entity id, or a slug of the name or description. */
  key: string;
  name: string;
  id: string | null;
  role: string | null;
  description: string | null;
  anonymous: boolean;
  listed: boolean;
  /** Indexes into `Analysis.quotes`. */
  quotes: number[];
  elsewhere: ElsewhereQuote[];
  /** 0..7: the speaker's tint (`px-quote-N`). */
  tint: number;
}

// ---------------------------------------------------------------- story

export interface MatchBasis {
  /** Names of entities both texts mention, most specific first. */
  sharedEntities: string[];
  /** Quotations whose words both texts carry. */
  sharedQuotes: number;
  /** Distinctive figures both texts carry ("123,000", "20"). */
  sharedNumbers: string[];
  /** 0..1 lexical similarity of the texts. */
  textSimilarity: number;
  /** Days between publication dates, when both are known. */
  dateDistanceDays: number | null;
}

export interface StoryVersion {
  articleId: string;
  outlet: string;
  title: string;
  publishedAt: string | null;
  language: string;
  machineTranslated: boolean;
  url: string | null;
  /** 0..1 */
  similarity: number;
}

export interface StoryMatch {
  id: string;
  title: string;
  /** 0..1 */
  score: number;
  basis: MatchBasis;
  /** The *other* articles of the story (the input itself left out when it is a corpus article). */
  versions: StoryVersion[];
}

// ---------------------------------------------------------------- differences

export type DifferenceKind =
  | 'quote-wording'
  | 'attribution'
  | 'number'
  | 'date'
  | 'only-here'
  | 'only-elsewhere';

/** One piece of a word-level diff, from this article's words (`here`) to the other's (`there`). */
export interface DiffPart {
  op: 'same' | 'here' | 'there';
  text: string;
}

export interface DifferenceHere extends Span {
  text: string;
}

export interface DifferenceThere {
  text: string;
  outlet: string;
  articleId: string;
  start?: number;
  end?: number;
  /**
   * The other article's http(s) URL with a text fragment (`#:~:text=…`) to this passage (for a
   * publication date, to the date as printed); absent when that article has no such URL.
   */
  link?: string;
}

export interface Difference {
  /** Stable within one analysis ("d0", "d1"…). */
  id: string;
  kind: DifferenceKind;
  /** Speaker name for quote differences, else null. */
  speaker: string | null;
  here: DifferenceHere | null;
  there: DifferenceThere | null;
  explanation: string;
  /** For `date`: an event placed on different days, or publication dates (context, not conflict). */
  about?: 'event' | 'publication';
  /** For `quote-wording` (and `number`): the word-level diff of the two sides. */
  diff?: DiffPart[];
  /** For `number` and `date`: the disagreeing values as printed. */
  values?: { here: string; there: string };
  /** 0..1, calibrated on judged notes: of notes given about 0.9, about 9 in 10 are real. */
  confidence: number;
  /** Why Parallax believes it: the evidence the confidence was computed from, in words. */
  evidence: string[];
}

// ---------------------------------------------------------------- analysis

export interface AnalysedArticle {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  url: string | null;
  /** ISO 8601 date or date-time, or null. */
  publishedAt: string | null;
  language: string;
  text: string;
}

export interface Analysis {
  article: AnalysedArticle;
  /** When the input is itself a corpus article (recognised by its text), its id. */
  corpusArticleId: string | null;
  story: StoryMatch | null;
  entities: EntityHit[];
  quotes: Quote[];
  speakers: Speaker[];
  differences: Difference[];
  /** How many stories the corpus holds (for the "no matching story" state). */
  corpusStories: number;
}
