// Whether two name forms can be one person: "Jacob J. Lew" and "Jacob Lew", "President Obama" and
// "Barack Obama", "Zelenskyy" and "Zelensky", a typo "Tump" and "Donald Trump". An attribution note
// asserts that two outlets gave one remark to two people, so it needs `different`; `unknown` (a
// surname two people in the texts share, a description against a name) never makes one.

import { foldForIndex } from '../text/normalize.ts';
import { HONORIFIC_GENDER, isOrgWord, isRoleWord, NAME_PARTICLES } from '../entities/name-words.ts';

export type PersonVerdict = 'same' | 'different' | 'unknown';

export interface NameForm {
  name: string;
  /** The entity list's id, when the name is a listed entity's. */
  id?: string | null;
  /** A description of an anonymous source ("a senior official"): never compared as a name. */
  anonymous?: boolean;
}

export interface PersonContext {
  /** Every person name printed in the texts being compared (both articles), full forms included. */
  names: readonly string[];
  /** Aliases of listed entities by id: every form the entity list knows for each. */
  aliases?: ReadonlyMap<string, readonly string[]>;
}

interface ParsedName {
  /** Given names and initials, folded, in order ("jacob", "j"). */
  given: string[];
  /** The last name word, folded ("lew"); particles kept with it ("van gogh"). */
  surname: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'phd', 'md']);
/** Abbreviated titles newsrooms print before names ("Cllr Raman", "Det. Insp. Moss"). */
const TITLE_ABBREVIATIONS = new Set(['cllr', 'supt', 'insp', 'det', 'cpl', 'pte', 'amb', 'pres', 'sec', 'atty', 'msgr', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame']);
/** Words that join the parts of a title ("Secretary of State"). */
const TITLE_JOINERS = new Set(['of', 'the', 'for', 'and']);

/** Words that are not part of a person's name: honorifics, offices, suffixes. */
function isNonNameWord(w: string): boolean {
  return HONORIFIC_GENDER.has(w) || isRoleWord(w) || SUFFIXES.has(w) || TITLE_JOINERS.has(w) || TITLE_ABBREVIATIONS.has(w);
}

export function parseName(name: string): ParsedName | null {
  // Possessives and apostrophes inside names ("O'Brien") fold away alike.
  const words = foldForIndex(name.replace(/['\u2019]s\b/g, '').replace(/['\u2019]/g, ''))
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !isNonNameWord(w));
  if (kept.length === 0) return null;
  let k = kept.length - 1;
  // "Ludwig van Beethoven": the particle belongs to the surname.
  while (k > 0 && NAME_PARTICLES.has(kept[k - 1]!)) k--;
  const surname = kept.slice(k).join(' ');
  if (surname.length < 2) return null;
  return { given: kept.slice(0, k).filter((w) => !NAME_PARTICLES.has(w)), surname };
}

/**
 * A spelling skeleton that transliterations of one name share: Gaddafi, Qaddafi, Kadhafi and
 * Gadhafi all become "kadafi"; Zelensky, Zelenskyy and Zelenskiy "zelenski".
 */
export function nameSkeleton(word: string): string {
  return word
    .replace(/ /g, '')
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/(?<=[bcdfgjklmnpqrstvwxz])h/g, '')
    .replace(/[gq]/g, 'k')
    .replace(/ck|c(?=[aou])/g, 'k')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

type WordMatch = 'exact' | 'variant' | 'typo' | 'none';

/** How two surnames (or two given names) relate: the same, a transliteration, a one-letter slip. */
function compareWord(a: string, b: string): WordMatch {
  if (a === b) return 'exact';
  if (nameSkeleton(a) === nameSkeleton(b)) return 'variant';
  // One slipped letter in a name of four or more letters ("Tump", "Bidne").
  if (Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1) return 'typo';
  return 'none';
}

/** Common English short forms of given names: one person, one name. */
const SHORT_FORMS: Record<string, string> = {
  bill: 'william', will: 'william', billy: 'william', bob: 'robert', rob: 'robert', bobby: 'robert',
  jim: 'james', jimmy: 'james', mike: 'michael', mick: 'michael', tom: 'thomas', tony: 'anthony',
  dick: 'richard', rick: 'richard', rich: 'richard', joe: 'joseph', dan: 'daniel', danny: 'daniel',
  dave: 'david', steve: 'stephen', steven: 'stephen', chris: 'christopher', andy: 'andrew', ed: 'edward',
  ted: 'edward', ken: 'kenneth', larry: 'lawrence', pat: 'patrick', ron: 'ronald', sam: 'samuel',
  ben: 'benjamin', nick: 'nicholas', alex: 'alexander', liz: 'elizabeth', beth: 'elizabeth',
  kate: 'katherine', cathy: 'catherine', jenny: 'jennifer', sue: 'susan', peggy: 'margaret',
  maggie: 'margaret', hank: 'henry', harry: 'henry', jack: 'john', johnny: 'john', jon: 'john',
  chuck: 'charles', charlie: 'charles', fred: 'frederick', greg: 'gregory', jeff: 'jeffrey',
  matt: 'matthew', pete: 'peter', phil: 'philip', tim: 'timothy', vince: 'vincent', walt: 'walter',
};

/** Two adjacent letters swapped ("Dnoald"): a slip of the keyboard, not another name. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

const fullForm = (w: string) => SHORT_FORMS[w] ?? w;

/** A given name this long with one letter slipped is still that name ("Margret"); shorter ones may be two names ("Maria", "Mario"). */
const MIN_GIVEN_FOR_SLIP = 6;

/** Given names agree when one is the other's initial, a short form of it, or a spelling of it. */
function givenAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const first = (x: string, y: string) => {
    if (x.length === 1 || y.length === 1) return x[0] === y[0];
    const [fx, fy] = [fullForm(x), fullForm(y)];
    if (fx === fy || isTransposition(x, y)) return true;
    const match = compareWord(fx, fy);
    return match === 'exact' || match === 'variant' || (match === 'typo' && Math.min(fx.length, fy.length) >= MIN_GIVEN_FOR_SLIP);
  };
  // The first given names must agree; middle names and initials may be left out by either. A
  // capitalised word a name was printed after ("Challenger Clara Vance") may stand before it.
  return first(a[0]!, b[0]!) || (a.length > 1 && first(a[1]!, b[0]!)) || (b.length > 1 && first(a[0]!, b[1]!));
}

/** Every parsed person name in the texts whose surname matches this one. */
function bearersOf(surname: string, context: PersonContext): ParsedName[] {
  return context.names.flatMap((n) => {
    const p = parseName(n);
    return p && p.given.length > 0 && compareWord(p.surname, surname) !== 'none' ? [p] : [];
  });
}

/** Two different people in the texts carry this surname: a bare surname names neither for sure. */
function surnameIsShared(surname: string, context: PersonContext): boolean {
  const bearers = bearersOf(surname, context);
  return bearers.some((p) => bearers.some((q) => !givenAgree(p.given, q.given)));
}

function isJoint(name: string): boolean {
  return /\s(?:and|und|et|og|y)\s|&/i.test(name);
}

/** A name that is one word in capitals ("NATO", "UNICEF") is an organisation's initials, not a person's name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

function isOrganisation(name: string): boolean {
  return ACRONYM.test(name.trim()) || foldForIndex(name).split(' ').some((w) => isOrgWord(w));
}

function formsOf(form: NameForm, context: PersonContext): string[] {
  const aliases = form.id ? context.aliases?.get(form.id) : undefined;
  return [form.name, ...(aliases ?? [])];
}

function compareParsed(a: ParsedName, b: ParsedName, context: PersonContext): PersonVerdict {
  const surname = compareWord(a.surname, b.surname);
  if (surname === 'none') return 'different';
  if (surname === 'typo') {
    // A slip only when the texts do not print both spellings as names of their own.
    const printed = new Set(context.names.map((n) => parseName(n)?.surname));
    if (printed.has(a.surname) && printed.has(b.surname)) {
      const both = context.names.some((n) => parseName(n)?.surname === a.surname && (parseName(n)?.given.length ?? 0) > 0)
        && context.names.some((n) => parseName(n)?.surname === b.surname && (parseName(n)?.given.length ?? 0) > 0);
      if (both) return 'different';
    }
  }
  if (a.given.length > 0 && b.given.length > 0) return givenAgree(a.given, b.given) ? 'same' : 'different';
  // A bare surname ("Lew", "President Obama"): the same person unless two people share it.
  return surnameIsShared(a.surname, context) ? 'unknown' : 'same';
}

export function samePerson(a: NameForm, b: NameForm, context: PersonContext): PersonVerdict {
  if (a.anonymous || b.anonymous) return 'unknown';
  if (a.id && b.id) return a.id === b.id ? 'same' : 'different';
  // An organisation speaks through people: "the fire service" may be its spokesman.
  if (isOrganisation(a.name) || isOrganisation(b.name)) return 'unknown';
  // "Zadan and Meron said": either of them may be the other outlet's speaker.
  if (isJoint(a.name) || isJoint(b.name)) return 'unknown';
  const left = formsOf(a, context).map(parseName).filter((p): p is ParsedName => p !== null);
  const right = formsOf(b, context).map(parseName).filter((p): p is ParsedName => p !== null);
  if (left.length === 0 || right.length === 0) return 'unknown';
  let verdict: PersonVerdict = 'different';
  for (const x of left) {
    for (const y of right) {
      const v = compareParsed(x, y, context);
      if (v === 'same') return 'same';
      if (v === 'unknown') verdict = 'unknown';
    }
  }
  return verdict;
}
