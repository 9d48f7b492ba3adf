// An article's profile for same-story matching: what it is about, as weighted features that
// survive rewriting and translation. Names (listed entities by id, other capitalised names by
// spelling) carry across languages; content words carry within one; distinctive figures and
// quoted words carry across wire copies and rewrites.

import type { EntityKind } from '../types.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { splitSentences } from '../text/sentences.ts';
import { findNumbers } from '../text/numbers.ts';
import { COMMON_NEWS, STOPWORDS } from '../text/stopwords.ts';
import { stemPrinted } from './stem.ts';
import { findDateline } from './dateline.ts';
import { foldForIndex } from '../text/normalize.ts';
import { MONTHS, WEEKDAYS } from '../text/date-words.ts';

export interface ProfileMention {
  id: string;
  kind: EntityKind;
  start: number;
  end: number;
}

export interface ProfileInput {
  text: string;
  title?: string | null;
  language: string;
  /** ISO date or date-time. */
  publishedAt?: string | null;
  /** Listed-entity mentions (from the entity finder), offsets into `text`. */
  mentions: ProfileMention[];
  /** Resolves a place name as printed ("GENEVA") to a listed entity id. */
  resolvePlace?: (name: string) => string | null;
  /** The dateline's place when ingest has already taken it out of the text. */
  dateline?: string | null;
}

export interface ArticleProfile {
  language: string;
  /** Days since 1970-01-01 of the publication date, when known. */
  day: number | null;
  /** Feature key -> weight before corpus specificity. Keys: `e:` entity id, `n:` other name, `w:` word stem, `#:` figure. */
  features: Map<string, number>;
  /** Person entity id -> salience: who the article is about. */
  persons: Map<string, number>;
  /** Place and organisation entity id -> salience. */
  others: Map<string, number>;
  /** Word trigrams inside quotation marks (folded). */
  quoteGrams: Set<string>;
  /** Distinctive figures (not years, times or dates), as strings of their values. */
  figures: Set<string>;
  /** How many words the text has (short texts need less evidence). */
  wordCount: number;
  /** Feature key of the place the report is filed from, when a dateline prints one. */
  dateline: string | null;
}

const QUOTED = /["\u201c\u201d\u201e\u00ab\u00bb]([^"\u201c\u201d\u201e\u00ab\u00bb]{8,800})["\u201c\u201d\u201e\u00ab\u00bb]/gu;

/** Position weight: the title and the lead say what the story is. */
function positionWeights(text: string, language: string): (offset: number) => number {
  const sentences = splitSentences(text.slice(0, Math.min(text.length, 3000)), language);
  const leadEnd = sentences[2]?.end ?? Math.min(text.length, 600);
  return (offset) => (offset < leadEnd ? 2 : 1);
}

/** A capitalised word that could be a name (the caller also requires it capitalised mid-sentence somewhere). */
function isNameToken(token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.text) || token.norm.length < 2) return false;
  if (STOPWORDS.has(token.norm) || COMMON_NEWS.has(token.norm)) return false;
  // Weekdays and months are dates (below), capitalised in every language that has them.
  const lower = token.text.toLowerCase();
  if (WEEKDAYS.has(lower) || MONTHS.has(lower)) return false;
  // All-caps words of 4+ letters are usually shouted headlines, not acronyms.
  if (token.text.length > 4 && token.text === token.text.toUpperCase()) return false;
  return true;
}

// German capitalises every noun: a capitalised word after an article or a determiner ("die
// Anerkennung", "einer neuen Regierung") is a noun, not a name. Grammar, not a word list.
const GERMAN_DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen zum zur im am vom beim ins ans aufs jede jeder jedes jeden diese dieser dieses diesen diesem sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem unser unsere alle viele'.split(' '),
);

function isGermanNoun(tokens: Token[], i: number, text: string): boolean {
  const joined = (a: Token, b: Token) => /^[\s\u00a0]+$/u.test(text.slice(a.end, b.start));
  const prev = tokens[i - 1];
  if (prev && joined(prev, tokens[i]!) && GERMAN_DETERMINERS.has(prev.norm)) return true;
  const before = tokens[i - 2];
  return !!prev && !!before && joined(before, prev) && joined(prev, tokens[i]!) && /^\p{Ll}/u.test(prev.text) && GERMAN_DETERMINERS.has(before.norm);
}

const TIME_WEIGHT = 0.5;

/**
 * Language-independent time evidence: weekdays in any language ("Wednesday", "Mittwoch", "onsdag").
 * Printed days of the month are left out: a page prints its own publication date among them.
 */
function timeFeatures(tokens: Token[]): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  for (const t of tokens) {
    const day = WEEKDAYS.get(t.text.toLowerCase());
    if (day !== undefined) out.push({ key: `#:wd${day}`, at: t.start });
  }
  return out;
}

export function buildProfile(input: ProfileInput): ArticleProfile {
  const { text, language } = input;
  const weightAt = positionWeights(text, language);
  const features = new Map<string, number>();
  const persons = new Map<string, number>();
  const others = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, w: number) => map.set(key, (map.get(key) ?? 0) + w);

  // Listed entities, and the spans they cover (so their words are not counted twice).
  const covered: [number, number][] = [];
  for (const m of input.mentions) {
    const w = weightAt(m.start);
    add(features, `e:${m.id}`, w);
    add(m.kind === 'person' ? persons : others, m.id, w);
    covered.push([m.start, m.end]);
  }
  covered.sort((a, b) => a[0] - b[0]);
  let ci = 0;
  const isCovered = (t: Token) => {
    while (ci < covered.length && covered[ci]![1] <= t.start) ci++;
    return ci < covered.length && covered[ci]![0] <= t.start && t.end <= covered[ci]![1];
  };

  const tokens = tokenize(text);
  const capitalisedSomewhereMidSentence = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = text.slice(tokens[i - 1]!.end, t.start);
    if (/^\p{Lu}/u.test(t.text) && !/[.!?:"\u201c\u201d\u00ab\u00bb\n–-]/u.test(gap)) capitalisedSomewhereMidSentence.add(t.norm);
  }
  const german = language.startsWith('de');
  tokens.forEach((t, i) => {
    if (/^\p{N}/u.test(t.text)) return;
    if (isCovered(t)) return;
    const w = weightAt(t.start);
    if (isNameToken(t) && capitalisedSomewhereMidSentence.has(t.norm) && !(german && isGermanNoun(tokens, i, text))) {
      add(features, `n:${t.norm}`, w);
      return;
    }
    if (t.norm.length < 3 || STOPWORDS.has(t.norm)) return;
    add(features, `w:${stemPrinted(t.text, language)}`, COMMON_NEWS.has(t.norm) ? 0.2 * w : w);
  });
  // A hint, not a name: a version may misplace a day (a difference to show), a near miss is on another.
  for (const { key, at } of timeFeatures(tokens)) add(features, key, TIME_WEIGHT * weightAt(at));
  if (input.title) {
    for (const t of tokenize(input.title)) {
      if (t.norm.length < 3 || STOPWORDS.has(t.norm) || /^\p{N}/u.test(t.text)) continue;
      const key = /^\p{Lu}/u.test(t.text) && capitalisedSomewhereMidSentence.has(t.norm) ? `n:${t.norm}` : `w:${stemPrinted(t.text, language)}`;
      add(features, key, 2);
    }
  }

  const figures = new Set<string>();
  for (const n of findNumbers(text, language)) {
    if (n.kind === 'year' || n.kind === 'time' || n.kind === 'date-part' || n.kind === 'age') continue;
    if (n.value < 10 && n.kind === 'count') continue;
    const key = String(n.value);
    figures.add(key);
    add(features, `#:${key}`, weightAt(n.start));
  }

  const quoteGrams = new Set<string>();
  for (const m of text.matchAll(QUOTED)) {
    const words = tokenize(m[1]!).map((t) => t.norm);
    for (let i = 0; i + 3 <= words.length; i++) quoteGrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }

  // Saturate repeated mentions: the tenth "Taliban" adds little.
  for (const [k, v] of features) features.set(k, Math.log1p(v));
  for (const [k, v] of persons) persons.set(k, Math.log1p(v));
  for (const [k, v] of others) others.set(k, Math.log1p(v));

  let datelineKey: string | null = null;
  if (input.dateline) {
    // "RAMSTEIN, Germany": the place is the part before the comma.
    const place = input.dateline.split(',')[0]!.trim();
    const entity = input.resolvePlace?.(input.dateline) ?? input.resolvePlace?.(place) ?? null;
    datelineKey = entity ? `e:${entity}` : `n:${foldForIndex(place).split(' ')[0]}`;
  } else {
    const dateline = findDateline(text);
    if (dateline) {
      const entity = input.mentions.find((m) => m.start < dateline.end && m.end > dateline.start)?.id ?? input.resolvePlace?.(dateline.place) ?? null;
      datelineKey = entity ? `e:${entity}` : `n:${dateline.key.split(' ')[0]}`;
    }
  }

  return {
    language,
    dateline: datelineKey,
    day: dayNumber(input.publishedAt ?? null),
    features,
    persons,
    others,
    quoteGrams,
    figures,
    wordCount: tokens.length,
  };
}

export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000);
}
