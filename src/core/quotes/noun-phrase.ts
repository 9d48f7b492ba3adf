// Noun phrases around a speech verb, found by shape rather than by a tagger: the subject to the
// left of "said" (with an apposition: "Jane Doe, a spokeswoman, said"), the subject after an
// inverted verb ("…," said the minister), and a clause's leading noun phrase.

import { COLLECTIVE_WORDS, DEMONYMS, DOCUMENT_WORDS, isRoleWord, MONTHS, NAME_PARTICLES, ORG_WORDS } from '../entities/name-words.ts';
import { foldWord } from '../text/word-forms.ts';
import type { CueLexicon } from './cues.ts';
import type { Item } from './lex.ts';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(foldWord));

export const DEFINITE = set('the this that these those der die das des dem den le la les l el los las his her its their sein seine seiner ihr ihre son sa ses leur det');
export const INDEFINITE = set('a an one ein eine einer eines einem einen un une una en ei et another');
/** Words that join parts of one noun phrase ("head of German diplomacy", "ministre de la Défense"). */
const CONNECTORS = set('of for de du des d von vom zur zum fra del');
/** Prepositions that join only when a name follows ("spokesman in Delhi"). */
const CONNECTORS_BEFORE_NAME = set('at in from i pa');
/** Words that open a new clause: a noun phrase never runs across them. */
export const CLAUSE_WORDS = set(`that who which whose whom where when while as because although though if and but or so than
  dass weil wenn als und aber oder denn que qui quand lorsque et mais ou og men eller som fordi`);
const SUBORDINATORS = set(`after when while as because although though if since before until once unless whereas
  nachdem als wenn weil obwohl bevor seit sobald quand lorsque apres avant parce puisque bien etter nar fordi selv`);
export const COORDINATORS = set('and but yet und aber et mais og men och y pero');
export const PREPOSITIONS = set(`at in on after before during to with by from into about over under against among between
  near since until via per upon including like among amongst despite
  auf am im bei mit nach vor zu seit wahrend gegenuber au aux dans sur avec pour par
  lors apres avant pendant chez til i pa etter for med ved hos`);
/** Particles that can open the inner part of a name ("van der Berg", "de Zeeuw"), unlike "der" alone. */
const LEADING_PARTICLES = set('de da di del della van von bin ibn al el dos ten ter zu');
const TIME_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning
  evening night afternoon week weekend month year earlier later montag dienstag mittwoch donnerstag freitag samstag
  sonntag gestern heute lundi mardi mercredi jeudi vendredi samedi dimanche hier mandag tirsdag onsdag torsdag fredag
  lordag sondag`);

export interface Range {
  from: number;
  to: number;
}

export interface SubjectPhrase extends Range {
  /** An apposition next to the phrase ("a spokeswoman" in "Jane Doe, a spokeswoman, said"). */
  appos: Range | null;
}

const isWord = (it: Item | undefined): it is Item => it?.kind === 'word';

function isTimeWord(items: Item[], i: number): boolean {
  const it = items[i];
  if (!isWord(it)) return false;
  if (TIME_WORDS.has(it.base)) return true;
  return MONTHS.has(it.base) && /^\d/.test(items[i + 1]?.text ?? '');
}

/** A word that can sit inside a noun phrase naming a person or a group. */
export function nounish(it: Item): boolean {
  return it.cap || isRoleWord(it.base) || COLLECTIVE_WORDS.has(it.base) || (DEMONYMS.has(it.base) && it.base.length > 2) || /^\p{N}/u.test(it.text);
}

/** Skips adverbs, auxiliaries and time phrases between a subject and its verb, leftwards. */
function skipBetweenLeft(items: Item[], j: number, lo: number, lexicon: CueLexicon): number {
  while (j >= lo) {
    const it = items[j]!;
    if (!isWord(it)) break;
    if (lexicon.between.has(it.base) && !it.cap) j--;
    else if (isTimeWord(items, j)) {
      j--;
      if (isWord(items[j]) && /^(on|am|le|pa|i)$/.test(items[j]!.base)) j--;
      if (isWord(items[j]) && /^(last|this|next|letzten|dieser)$/.test(items[j]!.base)) j--;
    } else break;
  }
  return j;
}

/** Collects a noun phrase leftwards from `j` (inclusive) down to `lo`. */
function collectLeft(items: Item[], j: number, lo: number, lexicon: CueLexicon): Range | null {
  const to = j + 1;
  let count = 0;
  while (j >= lo && count < 11) {
    const it = items[j]!;
    // A short title inside the phrase: 'the "Pose" actor said'.
    if (it.kind === 'quote' && j < to - 1 && it.text.split(/\s+/).length <= 3 && isWord(items[j - 1]) && DEFINITE.has(items[j - 1]!.base)) {
      j--;
      count++;
      continue;
    }
    if (!isWord(it)) break;
    if (CLAUSE_WORDS.has(it.base)) break;
    if (PREPOSITIONS.has(it.base) && !CONNECTORS.has(it.base) && !(CONNECTORS_BEFORE_NAME.has(it.base) && nameAhead(items, j + 1))) break;
    if (lexicon.cues.has(it.base) && !it.cap) break;
    if (isTimeWord(items, j) || (lexicon.between.has(it.base) && !it.cap)) break;
    j--;
    count++;
  }
  return j + 1 < to ? { from: j + 1, to } : null;
}

/**
 * The subject phrase left of a verb at `v` within [lo, v). Returns `coordinated` when the verb
 * follows a conjunction ("… and said"), so that the clause's subject applies.
 */
export function leftSubject(items: Item[], v: number, lo: number, lexicon: CueLexicon): SubjectPhrase | 'coordinated' | null {
  let j = skipBetweenLeft(items, v - 1, lo, lexicon);
  // "Heiko Maas (SPD) sagte": skip a parenthesis after the subject.
  if (items[j]?.kind === 'punct' && items[j]!.text === ')') {
    let k = j - 1;
    while (k >= lo && !(items[k]!.kind === 'punct' && items[k]!.text === '(') && j - k < 8) k--;
    if (k >= lo && items[k]!.text === '(') j = k - 1;
  }
  if (j < lo) return null;
  const it = items[j]!;
  if (isWord(it) && COORDINATORS.has(it.base)) return 'coordinated';
  if (it.kind === 'punct' && it.text === ',') {
    // "Name, apposition, said": find the comma that opens the apposition.
    let k = j - 1;
    while (k >= lo && !(items[k]!.kind === 'punct' && items[k]!.text === ',') && items[k]!.kind !== 'quote') k--;
    if (k < lo || items[k]!.kind === 'quote') return null;
    const head = collectLeft(items, k - 1, lo, lexicon);
    if (!head) return null;
    return { ...head, appos: { from: k + 1, to: j } };
  }
  if (!isWord(it)) return null;
  const np = collectLeft(items, j, lo, lexicon);
  return np ? { ...np, appos: null } : null;
}

/** The subject phrase right of an inverted verb, starting at `i`, within [i, hi). */
export function rightSubject(items: Item[], i: number, hi: number, lexicon: CueLexicon): SubjectPhrase | null {
  // French "a déclaré à l'AFP Jean Dupont": the subject follows a short phrase with à.
  if (isWord(items[i]) && /^(à|au|aux)$/i.test(items[i]!.text) && i + 2 < hi) {
    let k = i + 1;
    if (isWord(items[k]) && DEFINITE.has(items[k]!.base)) k++;
    if (isWord(items[k]) && isWord(items[k + 1])) i = k + 1;
  }
  let j = i;
  let seenHead = false;
  let count = 0;
  while (j < hi && count < 9) {
    const it = items[j]!;
    if (!isWord(it)) break;
    if (CLAUSE_WORDS.has(it.base) && !it.cap) break;
    if (PREPOSITIONS.has(it.base) && !it.cap && !CONNECTORS.has(it.base)) break;
    if (lexicon.cues.has(it.base) && !it.cap && j > i) break;
    if (lexicon.auxiliaries.has(it.base) && !it.cap) break;
    const prevWord = items[j - 1];
    const afterConnector = j > i && !!prevWord && (CONNECTORS.has(prevWord.base) || (DEFINITE.has(prevWord.base) && CONNECTORS.has(items[j - 2]?.base ?? '')));
    const headish = it.cap || isRoleWord(it.base) || COLLECTIVE_WORDS.has(it.base) || DOCUMENT_WORDS.has(it.base) || lexicon.pronouns.has(it.base) || (afterConnector && !DEFINITE.has(it.base));
    if (/^\p{N}/u.test(it.text) && seenHead) {
      j++;
      count++;
      continue;
    }
    const particle =
      (LEADING_PARTICLES.has(it.base) || (NAME_PARTICLES.has(it.base) && LEADING_PARTICLES.has(items[j - 1]?.base ?? ''))) &&
      [items[j + 1], items[j + 2]].some((n) => isWord(n) && n.cap);
    // "sagte Hartmann der Deutschen Presse-Agentur": an article after the head opens another phrase.
    const genitive = CONNECTORS.has(it.base) || ((it.base === 'der' || it.base === 'des') && isRoleWord(items[j - 1]?.base ?? ''));
    if (seenHead && !particle && !afterConnector && !genitive && (DEFINITE.has(it.base) || INDEFINITE.has(it.base)) && !it.cap) break;
    // "says veteran industry analyst Ken Doctor": a modifier may sit between role words.
    const modifier = !headish && isWord(items[j + 1]) && (isRoleWord(items[j + 1]!.base) || items[j + 1]!.cap) && !PREPOSITIONS.has(it.base) && !lexicon.cues.has(it.base);
    if (!headish && seenHead && !particle && !modifier && !CONNECTORS.has(it.base) && !DEFINITE.has(it.base) && !INDEFINITE.has(it.base)) break;
    if (CONNECTORS.has(it.base) && !nounishAhead(items, j + 1, hi)) break;
    if (headish) seenHead = true;
    j++;
    count++;
    if (lexicon.pronouns.has(it.base) && count === 1) break;
  }
  // "sagte Scholz der „Zeitung“": a trailing article or connector is not part of the subject.
  while (j > i && (DEFINITE.has(items[j - 1]!.base) || INDEFINITE.has(items[j - 1]!.base) || CONNECTORS.has(items[j - 1]!.base)) && !items[j - 1]!.cap) j--;
  if (j === i) return null;
  let appos: Range | null = null;
  if (items[j]?.kind === 'punct' && items[j]!.text === ',') {
    let k = j + 1;
    while (k < hi && items[k]!.kind === 'word') k++;
    if (k > j + 1) appos = { from: j + 1, to: k };
  }
  return { from: i, to: j, appos };
}

/** A capitalised word next, or after a determiner ("at the Ministry"). */
function nameAhead(items: Item[], j: number): boolean {
  const a = items[j];
  if (a?.kind !== 'word') return false;
  if (a.cap) return true;
  return DEFINITE.has(a.base) && items[j + 1]?.kind === 'word' && items[j + 1]!.cap;
}

function nounishAhead(items: Item[], j: number, hi: number): boolean {
  let determiner = false;
  for (let k = j; k < Math.min(hi, j + 3); k++) {
    const it = items[k]!;
    if (!isWord(it)) return false;
    if (nounish(it) || ORG_WORDS.has(it.base)) return true;
    // "de la mairie", "of the harbour": a noun after an article.
    if (determiner && !PREPOSITIONS.has(it.base) && !CLAUSE_WORDS.has(it.base)) return true;
    if (!DEFINITE.has(it.base) && !INDEFINITE.has(it.base)) return false;
    determiner = true;
  }
  return false;
}

/**
 * The noun phrase that opens [from, to), if the clause starts with one: determiners, names,
 * role and group nouns, and modifiers that precede such a noun ("the 68-year-old French
 * football manager").
 */
export function leadingPhrase(items: Item[], from: number, to: number, lexicon: CueLexicon): Range | null {
  let j = from;
  // A clause opened by "after", "when", "weil", "quand"… is subordinate: its subject is not the sentence's.
  if (isWord(items[j]) && SUBORDINATORS.has(items[j]!.base)) return null;
  while (j < to && isWord(items[j]) && (CLAUSE_WORDS.has(items[j]!.base) || ['however', 'meanwhile', 'also', 'still', 'yet', 'now', 'then'].includes(items[j]!.base))) j++;
  const start = j;
  while (j < to) {
    const it = items[j]!;
    if (!isWord(it)) break;
    if (lexicon.pronouns.has(it.base) && j === start) return { from: j, to: j + 1 };
    if (isTimeWord(items, j) || lexicon.auxiliaries.has(it.base)) break;
    if (DEFINITE.has(it.base) || INDEFINITE.has(it.base) || nounish(it)) {
      if (lexicon.cues.has(it.base) && !it.cap) break;
      j++;
      continue;
    }
    if (CONNECTORS.has(it.base) && j > start && nounishAhead(items, j + 1, to)) {
      j++;
      continue;
    }
    if (CONNECTORS_BEFORE_NAME.has(it.base) && j > start && items[j + 1]?.kind === 'word' && items[j + 1]!.cap && j + 1 < to) {
      j += 2;
      continue;
    }
    // An unknown lower-case word belongs to the phrase only as a modifier of a noun that follows.
    const next = items[j + 1];
    if (isWord(next) && nounish(next) && !next.cap && !PREPOSITIONS.has(it.base) && !lexicon.cues.has(it.base) && !lexicon.between.has(it.base)) {
      j++;
      continue;
    }
    break;
  }
  return j > start ? { from: start, to: j } : null;
}
