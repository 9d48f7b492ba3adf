// Figures that disagree between aligned statements: "a 20-nation meeting" against "a 22-nation
// meeting", "123,000 people" against "124,000 people". Only figures that count the same thing
// (same unit word, or known synonyms) in sentences that clearly say the same thing are compared;
// approximate figures ("more than 20", "some 120,000") must disagree by a wide margin.

import type { NoteCandidate } from './note-candidate.ts';
import type { NumberMention } from '../text/numbers.ts';
import type { AnalysedText, SentenceInfo } from './analysed-text.ts';
import { sentenceSimilarity, type SentenceAlignment } from './align.ts';
import type { VersionRef } from './quote-differences.ts';
import { diffWords } from './word-diff.ts';
import { stem } from '../match/stem.ts';
import { foldForIndex } from '../text/normalize.ts';
import { tokenize } from '../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../text/date-words.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import { durationRole } from './duration-role.ts';

/** Aligned sentences must be at least this similar for their figures to be compared. */
const STATEMENT_SIMILARITY = 0.45;
/** Less similar statements still compare figures that count the same thing and are close in size. */
const CLOSE_FIGURE_SIMILARITY = 0.3;
const CLOSE_FIGURE_RATIO = 1.5;

const UNIT_SYNONYMS: string[][] = [
  ['nation', 'country', 'countri', 'state', 'land', 'staat', 'staaten', 'pay', 'pays', 'member'],
  ['people', 'person', 'individual', 'civilian', 'resident', 'menschen', 'personne', 'personer', 'mennesker', 'evacuee', 'refugee', 'migrant', 'flüchtling', 'réfugié', 'refugie', 'flyktning'],
  ['year', 'jahr', 'jahre', 'jahren', 'an', 'ans', 'année', 'annee', 'år'],
  ['day', 'tag', 'tage', 'tagen', 'jour', 'jours', 'dag', 'dager'],
  ['dollar', 'usd'],
  ['euro', 'eur'],
  ['percent', 'prozent', 'pourcent', 'prosent'],
];

/** "11,000 Afghans", "300 Germans": a capitalised plural after a figure counts people. */
function isDemonym(text: string, n: NumberMention): boolean {
  const after = /^[\s-]+(\p{Lu}\p{Ll}+s)\b/u.exec(text.slice(n.end, n.end + 30));
  return !!after && after[1]!.toLowerCase() === n.unit;
}

/**
 * "22 of the train's 60 tank cars", "two of the city's five libraries": a part counts what the
 * whole counts. The unit of a figure followed by "of" is the next figure's, or the noun after "of
 * the"; a figure followed by a bare "of" names no unit of its own.
 */
function partitiveUnit(text: string, n: NumberMention): string | null {
  const after = text.slice(n.end, n.end + 80);
  const whole = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:\d[\d,.]*|\p{L}+)[\s-]+(\p{L}+)/u.exec(after);
  const noun = /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(\p{L}+)/u.exec(after);
  const word = whole && /\d/.test(whole[0]) ? whole[1] : noun?.[1];
  return word ? word.toLowerCase() : null;
}

/** Marks a part's unit ("22 of the 60 tank cars"): parts answer parts, wholes wholes. */
const PART = ':part';
const wholeOf = (unit: string) => (unit.endsWith(PART) ? unit.slice(0, -PART.length) : unit);

/** A sentence that counts a part and its whole of one unit leaves a bare figure of it ambiguous. */
function hasPartAndWhole(units: (string | null)[], unit: string): boolean {
  const whole = wholeOf(unit);
  return units.includes(whole) && units.includes(`${whole}${PART}`);
}

/** Units of time: a duration counts for whatever lasted, and articles print many ("three years", "four years of building"). */
const DURATION_UNITS = new Set(['year', 'day', 'month', 'week', 'hour', 'minut', 'minute', 'second', 'decad']);

/** Content words the two figures' clauses share besides the figures and their unit: what the figures count. */
function clauseWordsShared(here: AnalysedText, hc: { start: number; end: number }, fh: NumberMention, there: AnalysedText, tc: { start: number; end: number }, ft: NumberMention): number {
  const words = (t: AnalysedText, c: { start: number; end: number }, f: NumberMention) =>
    new Set(
      tokenize(t.text, c.start, c.end)
        .filter((tok) => (tok.end <= f.start || tok.start >= f.end) && tok.norm !== f.unit && tok.norm.length >= 3 && !/^\p{N}/u.test(tok.norm) && !STOPWORDS.has(tok.norm))
        .map((tok) => stem(tok.norm, t.language)),
    );
  const a = words(here, hc, fh);
  const b = words(there, tc, ft);
  return [...a].filter((w) => b.has(w)).length;
}

/** "38 dollars a share", "eight rebounds a game", "14 times a day": a rate, not a count. */
const RATE = /^[\s-]*(?:\p{L}+[\s-]+)?(?:a|an|per|each|every|pro|par|je)\s+\p{L}+/iu;
// A rate may come after the unit and a verb ("300 riders stranded each day"); that far from the
// figure only the unambiguous markers count (an article there is any noun phrase).
const FAR_RATE = /^[\s-]*\p{L}+[\s-]+\p{L}+[\s-]+(?:per|each|every|pro|je)\s+\p{L}+/iu;
const RATE_KEY = ':rate';

function unitKey(n: NumberMention, language: string, text?: string): string | null {
  const key = countKey(n, language, text);
  if (!key || !text) return key;
  const after = text.slice(n.end, n.end + 50);
  return RATE.test(after) || FAR_RATE.test(after) ? `${key}${RATE_KEY}` : key;
}

function countKey(n: NumberMention, language: string, text?: string): string | null {
  if (n.unit === 'of') {
    const unit = text ? partitiveUnit(text, n) : null;
    const whole = unit ? unitKey({ ...n, unit }, language, text) : null;
    return whole ? `${whole}${PART}` : null;
  }
  if (n.kind === 'percent') return 'percent';
  // Sums count in their currency: "4.3 billion dollars (3.9 billion euros)" holds one sum of each.
  if (n.kind === 'money') {
    const currency = text ? currencyOf(text, n) : null;
    return currency ? `money:${currency}` : 'money';
  }
  if (!n.unit) return null;
  if (text && isDemonym(text, n)) return 'people';
  const folded = foldForIndex(n.unit.replace(/-(old|long|strong)$/, ''));
  const stemmed = stem(folded, language);
  for (const group of UNIT_SYNONYMS) {
    if (group.includes(folded) || group.includes(stemmed) || group.some((g) => stem(g, language) === stemmed)) return group[0]!;
  }
  return stemmed;
}

// A bound ("more than 20") is not a figure: it agrees with every figure on its side of it.
const LOWER_BOUND = /(more than|over|at least|upwards of|mehr als|über|mindestens|plus de|au moins|mer enn|minst|más de|oltre)\s*$/i;
const UPPER_BOUND = /(up to|fewer than|less than|nearly|almost|under|bis zu|fast|knapp|weniger als|jusqu'à|près de|presque|moins de|opptil|nesten|under|casi|hasta)\s*$/i;
// A hedge ("some 123,000") still states a figure; it only excuses rounding.
const HEDGE = /(about|around|some|roughly|approximately|an estimated|rund|etwa|circa|ungefähr|environ|quelque|rundt|omkring|cirka|alrededor de|unos|unas|circa)\s*$/i;

type Qualifier = 'lower' | 'upper' | 'hedge' | null;

function qualifierOf(text: string, n: NumberMention): Qualifier {
  // "about $13 billion": the currency sign stands between the qualifier and the digits.
  const before = text.slice(Math.max(0, n.start - 24), n.start).replace(/[$€£¥]\s*$/u, '');
  if (LOWER_BOUND.test(before)) return 'lower';
  if (UPPER_BOUND.test(before)) return 'upper';
  if (HEDGE.test(before)) return 'hedge';
  return null;
}

/** Trailing zeros: 120,000 is rounder than 123,000. */
function roundness(value: number): number {
  let zeros = 0;
  for (let v = Math.round(value); v > 0 && v % 10 === 0; v /= 10) zeros++;
  return zeros;
}

/** The words around a figure, for showing both sides: the clause it sits in. */
function clauseAround(text: string, sentence: SentenceInfo, n: NumberMention): { start: number; end: number } {
  let start = n.start;
  let end = n.end;
  const stop = /[,;:()\u2013\u2014]/;
  // A comma between digits ("12,400") is part of a figure, not the end of a clause.
  const stopsAt = (i: number) => stop.test(text[i]!) && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  let words = 0;
  while (start > sentence.start && words < 6 && !stopsAt(start - 1)) {
    start--;
    if (text[start] === ' ') words++;
  }
  words = 0;
  while (end < sentence.end && words < 6 && !stopsAt(end)) {
    end++;
    if (text[end] === ' ') words++;
  }
  while (/\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function disagree(a: NumberMention, qa: Qualifier, b: NumberMention, qb: Qualifier): boolean {
  if (a.value === b.value) return false;
  // "more than 20" agrees with 22; "nearly 100" agrees with 97.
  if ((qa === 'lower' && b.value >= a.value) || (qb === 'lower' && a.value >= b.value)) return false;
  if ((qa === 'upper' && b.value <= a.value) || (qb === 'upper' && a.value <= b.value)) return false;
  if (qa === 'lower' || qa === 'upper' || qb === 'lower' || qb === 'upper') return true;
  if (qa === 'hedge' || qb === 'hedge') {
    // "about 120,000" rounds 123,000; "about 124,000" does not.
    const [rounder, other] = roundness(a.value) >= roundness(b.value) ? [a, b] : [b, a];
    const close = Math.abs(rounder.value - other.value) / other.value <= 0.1;
    if (roundness(rounder.value) > roundness(other.value) && close) return false;
  }
  return true;
}

/** A figure of this value and unit anywhere in the text but the one compared. */
function printsFigure(t: AnalysedText, value: number, unit: string, except: NumberMention): boolean {
  return t.sentences.some((s) => s.figures.some((f) => f !== except && f.value === value && unitKey(f, t.language, t.text) === unit));
}

/** Sentences that each hold the only figure of a unit in their whole text still need this much in common. */
const UNIQUE_UNIT_SIMILARITY = 0.15;

/** Figures of a unit that occurs once in the whole text: "the 20-nation meeting" is one thing. */
function figuresByUniqueUnit(t: AnalysedText): Map<string, { f: NumberMention; s: number }> {
  const counts = new Map<string, { f: NumberMention; s: number }[]>();
  t.sentences.forEach((sentence, s) => {
    for (const f of sentence.figures) {
      const unit = unitKey(f, t.language, t.text);
      if (!unit || unit.startsWith('money') || unit === 'percent') continue;
      const list = counts.get(unit) ?? [];
      list.push({ f, s });
      counts.set(unit, list);
    }
  });
  const out = new Map<string, { f: NumberMention; s: number }>();
  for (const [unit, list] of counts) if (list.length === 1) out.set(unit, list[0]!);
  return out;
}

/**
 * A clock time, a dateline stamp, or the tail of a figure the page split ("2. 5GHz", "2, 129
 * points") is no measure.
 */
function isMeasure(text: string, n: NumberMention): boolean {
  const after = text.slice(n.end, n.end + 8);
  const before = text.slice(Math.max(0, n.start - 3), n.start);
  if (/^\s*(?:[ap]\.?\s?m\b|gmt|utc|[ecmp][sd]t\b|h\b|hrs?\b|:)/i.test(after)) return false;
  return !/(?:\d[.:,]\s?|:\s?)$/.test(before);
}

/**
 * A sum in brackets right after another sum is a conversion ("€110 billion ($158 billion)"):
 * outlets convert at different rates, so it is no claim of its own.
 */
function isConversion(text: string, n: NumberMention, figures: NumberMention[]): boolean {
  const before = text.slice(Math.max(0, n.start - 4), n.start);
  if (!/\(\s*[$€£¥]?\s*$/u.test(before)) return false;
  const bracket = text.lastIndexOf('(', n.start);
  // The sum before the bracket may be printed in a currency the page mangled ("€" lost): any figure.
  return figures.some((f) => f !== n && (f.kind === n.kind || n.kind === 'money') && f.end <= bracket && bracket - f.end <= 12);
}

const CURRENCIES: [RegExp, string][] = [
  [/£|\bpounds?\b|\bgbp\b/i, 'gbp'],
  [/€|\beuros?\b|\beur\b/i, 'eur'],
  [/\$|\bdollars?\b|\busd\b/i, 'usd'],
  [/¥|\byen\b|\byuan\b/i, 'yen'],
];

function currencyOf(text: string, n: NumberMention): string | null {
  const around = text.slice(Math.max(0, n.start - 4), Math.min(text.length, n.end + 12));
  for (const [re, code] of CURRENCIES) if (re.test(around)) return code;
  return null;
}

/** The names printed in each figure's clause: the same one, two different ones, or too few to tell. */
function clauseSubjects(
  here: AnalysedText,
  hs: SentenceInfo,
  hc: { start: number; end: number },
  fh: NumberMention,
  there: AnalysedText,
  ts: SentenceInfo,
  tc: { start: number; end: number },
  ft: NumberMention,
): 'same' | 'different' | 'unknown' {
  // The names before each figure say whose figure it is ("Lind scored 16 points for the Otters",
  // "Okafor had 23 points against the Otters"); a team or place after it may be shared.
  // Two owners neither of which the other sentence names at all are two people's figures.
  const ownerA = namesIn(here, hs, { start: hc.start, end: fh.start });
  const ownerB = namesIn(there, ts, { start: tc.start, end: ft.start });
  const wholeA = namesIn(here, hs, hs);
  const wholeB = namesIn(there, ts, ts);
  if (ownerA.size > 0 && ownerB.size > 0 && ![...ownerA].some((n) => wholeB.has(n)) && ![...ownerB].some((n) => wholeA.has(n))) return 'different';
  const a = namesIn(here, hs, hc);
  const b = namesIn(there, ts, tc);
  if (a.size === 0 || b.size === 0) return 'unknown';
  return [...a].some((n) => b.has(n)) ? 'same' : 'different';
}

/**
 * The names printed in a clause: listed people by id, and the capitalised names the sentence
 * carries ("Daye", "Vaughn") whose word stands in the clause. Places and organisations are named
 * on both sides alike when the subject is the same, so they only ever make a name in common.
 */
function namesIn(t: AnalysedText, s: SentenceInfo, c: { start: number; end: number }): Set<string> {
  const out = new Set<string>();
  for (const e of t.entities) {
    if (e.kind !== 'person') continue;
    if (e.mentions.some((m) => m.start >= c.start && m.end <= c.end)) out.add(e.id ?? e.name.split(' ').pop()!.toLowerCase());
  }
  // "Veltrix's" names Veltrix; a weekday or a month is capitalised but names nobody.
  const words = new Set(tokenize(t.text, c.start, c.end).flatMap((tok) => [tok.norm, tok.norm.replace(/s$/, '')]));
  for (const n of s.names) {
    const word = n.slice(2);
    if (n.startsWith('p:') && words.has(word) && !WEEKDAYS.has(word) && !MONTHS.has(word)) out.add(word.replace(/s$/, ''));
  }
  return out;
}

/** A sentence's names as words: "Southstrand Lines" found as an entity in one text and as two capitalised words in the other is one name. */
function nameWords(s: SentenceInfo): Set<string> {
  const out = new Set<string>();
  for (const n of s.names) {
    if (n.startsWith('p:')) out.add(n.slice(2));
    else if (n.startsWith('n:')) for (const w of n.slice(2).split(/\s+/)) out.add(w);
    else out.add(n);
  }
  return out;
}

/** A content word in common ("the 1,450-kilogram satellite", "a 1,540-kilogram weather satellite"). */
function sharesAWord(a: SentenceInfo, b: SentenceInfo): boolean {
  for (const [k, w] of a.stems) if (w >= 1 && (b.stems.get(k) ?? 0) >= 1) return true;
  return false;
}

function sharesAName(a: SentenceInfo, b: SentenceInfo): boolean {
  const words = nameWords(b);
  for (const n of nameWords(a)) if (words.has(n)) return true;
  return false;
}

export function numberDifferences(
  here: AnalysedText,
  there: AnalysedText,
  version: VersionRef,
  alignment: SentenceAlignment,
): NoteCandidate[] {
  const out: NoteCandidate[] = [];
  const reported = new Set<string>();
  // Statement pairs: aligned sentences, plus sentences holding the only figure of one unit on
  // each side and naming something in common.
  const statements = alignment.pairs.filter((p) => p.score >= CLOSE_FIGURE_SIMILARITY);
  const uniqueThere = figuresByUniqueUnit(there);
  for (const [unit, h] of figuresByUniqueUnit(here)) {
    const t = uniqueThere.get(unit);
    if (!t || statements.some((p) => p.here === h.s && p.there.includes(t.s))) continue;
    // Small counts ("the two countries") and figures of another magnitude are other things.
    if (h.f.value < 10 || t.f.value < 10 || Math.max(h.f.value, t.f.value) / Math.min(h.f.value, t.f.value) > 3) continue;
    const hs = here.sentences[h.s]!;
    const ts = there.sentences[t.s]!;
    const similarity = sentenceSimilarity(hs, ts);
    if (similarity >= UNIQUE_UNIT_SIMILARITY && (sharesAName(hs, ts) || sharesAWord(hs, ts))) statements.push({ here: h.s, there: [t.s], score: similarity });
  }
  for (const pair of statements) {
    const hs = here.sentences[pair.here]!;
    const thereFigures = pair.there.flatMap((j) => there.sentences[j]!.figures.map((f) => ({ f, s: there.sentences[j]! })));
    for (const fh of hs.figures) {
      const unit = unitKey(fh, here.language, here.text);
      if (!unit) continue;
      const hereUnits = hs.figures.map((f) => unitKey(f, here.language, here.text));
      const thereUnits = thereFigures.map((x) => unitKey(x.f, there.language, there.text));
      if (!unit.endsWith(PART) && (hasPartAndWhole(hereUnits, unit) || hasPartAndWhole(thereUnits, unit))) continue;
      const sameUnitHere = hs.figures.filter((_, i) => hereUnits[i] === unit);
      const sameUnitThere = thereFigures.filter((x, i) => thereUnits[i] === unit && x.f.kind === fh.kind);
      // One figure per unit on each side, or we cannot tell which one answers which.
      if (sameUnitHere.length !== 1 || sameUnitThere.length !== 1) continue;
      const { f: ft, s: ts } = sameUnitThere[0]!;
      // "27 killed and 60,000 displaced" against "60,000 displaced": the figure there is answered
      // here by the same figure, so this one counts something else.
      if (hs.figures.some((f) => f !== fh && f.value === ft.value) || thereFigures.some((x) => x.f !== ft && x.f.value === fh.value)) continue;
      // The same holds across the whole text: an outlet that prints both figures of the unit
      // counts two things with them ("16 points for Lind", and further down Okafor's 23).
      if (printsFigure(here, ft.value, unit, fh) || printsFigure(there, fh.value, unit, ft)) continue;
      const ratio = Math.max(fh.value, ft.value) / Math.max(1e-9, Math.min(fh.value, ft.value));
      if (pair.score < STATEMENT_SIMILARITY && ratio > CLOSE_FIGURE_RATIO) continue;
      const qh = qualifierOf(here.text, fh);
      const qt = qualifierOf(there.text, ft);
      if (!disagree(fh, qh, ft, qt)) continue;
      if (!isMeasure(here.text, fh) || !isMeasure(there.text, ft)) continue;
      if (isConversion(here.text, fh, hs.figures) || isConversion(there.text, ft, ts.figures)) continue;
      const currencies = [currencyOf(here.text, fh), currencyOf(there.text, ft)];
      if (fh.kind === 'money' && currencies[0] && currencies[1] && currencies[0] !== currencies[1]) continue;
      // "two years late" and "after four years of building" both hold of one bridge.
      const duration = DURATION_UNITS.has(wholeOf(unit).replace(RATE_KEY, ''));
      if (duration && durationRole(here.text, fh) !== durationRole(there.text, ft)) continue;
      const key = `${fh.start}:${ft.value}`;
      if (reported.has(key)) continue;
      const hc = clauseAround(here.text, hs, fh);
      const tc = clauseAround(there.text, ts, ft);
      // "20 points for Daye" and "16 points for Vaughn" count for two people.
      const subjects = clauseSubjects(here, hs, hc, fh, there, ts, tc, ft);
      if (subjects === 'different') continue;
      reported.add(key);
      const hereText = here.text.slice(hc.start, hc.end);
      const thereText = there.text.slice(tc.start, tc.end);
      out.push({
        kind: 'number',
        speaker: null,
        here: { text: hereText, start: hc.start, end: hc.end },
        there: { text: thereText, outlet: version.outlet, articleId: version.articleId, start: tc.start, end: tc.end },
        explanation: `Here: ${fh.text}; ${version.outlet}: ${ft.text}.`,
        values: { here: fh.text, there: ft.text },
        diff: diffWords(hereText, thereText),
        features: {
          similarity: pair.score,
          aligned: alignment.pairs.includes(pair) ? 1 : 0,
          sameSubject: subjects === 'same' ? 1 : 0,
          bound: qh === 'lower' || qh === 'upper' || qt === 'lower' || qt === 'upper' ? 1 : 0,
          hedged: qh === 'hedge' || qt === 'hedge' ? 1 : 0,
          ratio: Math.min(3, Math.log2(ratio)) / 3,
          kindCount: fh.kind === 'count' ? 1 : 0,
          clauseShare: Math.min(3, clauseWordsShared(here, hc, fh, there, tc, ft)) / 3,
          duration: duration ? 1 : 0,
        },
        evidence: [
          `statements ${pair.score.toFixed(2)} similar`,
          `both count ${unit.startsWith('money') ? 'money' : unit.startsWith('percent') ? 'a share' : `"${wholeOf(unit).replace(RATE_KEY, '')}"`}`,
          subjects === 'same' ? 'the same name beside both figures' : 'no name beside the figures',
          ...(qh || qt ? [`qualified: ${[qh, qt].filter(Boolean).join(', ')}`] : []),
        ],
      });
    }
  }
  return out;
}
