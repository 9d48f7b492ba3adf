// Names of people the entity list does not know: runs of capitalised words that are not roles,
// honorifics or sentence openers, and a registry of the full names an article gives so that a
// later "Wenger", "Mr Yadav" or "Sir Keir" finds "Arsene Wenger", "Mulayam Singh Yadav",
// "Keir Starmer".

import {
  DEMONYMS,
  HONORIFIC_GENDER,
  isRoleWord,
  MONTHS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  ORG_WORDS,
  type Gender,
} from '../entities/name-words.ts';
import { givenNameGender } from '../entities/given-names.ts';
import type { Item } from './lex.ts';
import type { Range } from './noun-phrase.ts';

export interface NameRun extends Range {
  /** The name as printed, without a possessive ending. */
  text: string;
  /** Folded words of the name. */
  words: string[];
  /** Holds an organisation word ("Blue Nation Review", "Interior Ministry"). */
  org: boolean;
}

const LEADING_PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos', 'ten', 'ter', 'zu']);
/** After an article a capitalised word names a thing ("the Economy Bruno Lefort"), not a person. */
const DETERMINER_BEFORE = new Set(['the', 'der', 'die', 'das', 'des', 'le', 'la', 'les', 'du']);

function nameWord(items: Item[], i: number): boolean {
  const it = items[i];
  if (!it || it.kind !== 'word' || !it.cap) return false;
  if (it.allCaps && it.base.length > 2 && !ORG_WORDS.has(it.base)) return false;
  if (isRoleWord(it.base) || NON_NAME_WORDS.has(it.base) || DEMONYMS.has(it.base) || HONORIFIC_GENDER.has(it.base.replace(/\.$/, ''))) return false;
  if (MONTHS.has(it.base) && /^\d/.test(items[i + 1]?.text ?? '')) return false;
  return /\p{L}/u.test(it.text);
}

function adjacent(text: string, a: Item, b: Item): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
}

/** The run of name words that ends at `last` (inclusive), not before `lo`. */
export function nameRunEndingAt(text: string, items: Item[], last: number, lo: number): NameRun | null {
  // A surname that is also a role word ("Ken Doctor", "John Major") follows a given name.
  const roleSurname = !nameWord(items, last) && items[last]?.cap && !items[last]!.allCaps && isRoleWord(items[last]!.base) &&
    last - 1 >= lo && nameWord(items, last - 1) && !items[last - 1]!.allCaps && adjacent(text, items[last - 1]!, items[last]!);
  if (!nameWord(items, last) && !roleSurname) return null;
  let first = last;
  while (first - 1 >= lo && last - first < 5 && adjacent(text, items[first - 1]!, items[first]!) && !items[first - 1]!.possessive) {
    // Initials open a name ("LC Goyal"): nothing before them belongs to it, and they stand
    // right before the surname ("Browns DL Sheldon Richardson" is a team, a position, a name).
    if (items[first]!.allCaps && first < last) break;
    const prev = first - 1;
    if (items[prev]!.allCaps && first !== last) break;
    // "l'AFP Jean Dupont": an agency's acronym does not start a person's name.
    if (items[prev]!.allCaps && items[prev]!.base.length > 2 && !items[last]!.allCaps && !ORG_WORDS.has(items[last]!.base)) break;
    if (nameWord(items, prev)) {
      // "the minister of the Economy Bruno Lefort": a word after "the" starts no person's name.
      if (last > first && DETERMINER_BEFORE.has(items[prev - 1]?.base ?? '')) break;
      first = prev;
      continue;
    }
    // Particles inside a name: "Maarten de Zeeuw", "Ursula von der Leyen", "Jean-Yves Le Drian".
    let p = prev;
    while (p >= lo && p > prev - 2 && NAME_PARTICLES.has(items[p]!.base) && (p === prev || adjacent(text, items[p]!, items[p + 1]!))) p--;
    // The chain must open with a particle that can start one ("von der", "de la", "Le"), not German "der".
    const opener = items[p + 1];
    const validChain = !!opener && (LEADING_PARTICLES.has(opener.base) || opener.cap);
    if (p < prev && p >= lo && validChain && nameWord(items, p) && adjacent(text, items[p]!, items[p + 1]!)) first = p;
    else break;
  }
  // "envoy to Ukraine Kurt Volker": after a preposition, a known given name inside the run starts
  // the person's name ("judge Carrie Ann Inaba" keeps all three).
  const afterPreposition = /^(to|for|of|in|at|from|with|on|by)$/.test(items[first - 1]?.base ?? '');
  for (let k = first + 1; k < last && afterPreposition; k++) {
    if (givenNameGender(items[k]!.base) && !givenNameGender(items[first]!.base)) {
      first = k;
      break;
    }
  }
  return makeRun(text, items, first, last + 1);
}

function makeRun(text: string, items: Item[], from: number, to: number): NameRun {
  const lastItem = items[to - 1]!;
  const end = lastItem.possessive && /['\u2019]s$/i.test(lastItem.text) ? lastItem.end - 2 : lastItem.end;
  const words: string[] = [];
  let org = false;
  for (let k = from; k < to; k++) {
    words.push(items[k]!.base);
    if (ORG_WORDS.has(items[k]!.base)) org = true;
  }
  return { from, to, text: text.slice(items[from]!.start, end), words, org };
}

/** The honorific printed right before a run ("Mr", "Sir", "Frau"), with the gender it implies. */
export function honorificBefore(items: Item[], run: Range): { gender: Gender | null } | null {
  const prev = items[run.from - 1];
  if (!prev || prev.kind !== 'word') return null;
  const h = HONORIFIC_GENDER.get(prev.base.replace(/\.$/, ''));
  return h === undefined ? null : { gender: h };
}

export interface NameRegistry {
  /** Full names (two words or more) by folded last word and by folded first word. */
  bySurname: Map<string, NameRun[]>;
  byGiven: Map<string, NameRun[]>;
}

/** Every multi-word name run in the narrative, skipping title-case lines (headlines). */
export function buildNameRegistry(text: string, items: Item[]): NameRegistry {
  const bySurname = new Map<string, NameRun[]>();
  const byGiven = new Map<string, NameRun[]>();
  let lineStart = 0;
  let headline = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (i === lineStart) headline = isTitleCaseLine(items, i);
    if (it.kind === 'para') {
      lineStart = i + 1;
      continue;
    }
    if (headline || it.kind !== 'word' || !it.cap || (nameWord(items, i + 1) && adjacent(text, it, items[i + 1]!))) continue;
    const run = nameRunEndingAt(text, items, i, lineStart);
    if (!run || run.to - run.from < 2 || run.org) continue;
    const add = (map: Map<string, NameRun[]>, key: string) => {
      const list = map.get(key) ?? [];
      if (!list.some((r) => r.text === run.text)) list.push(run);
      map.set(key, list);
    };
    add(bySurname, run.words[run.words.length - 1]!);
    add(byGiven, run.words[0]!);
  }
  return { bySurname, byGiven };
}

/** Words of four letters or more from `from` to the paragraph's end, and how many are capitalised. */
export function capitalisedWords(items: Item[], from: number): { words: number; caps: number } {
  let words = 0;
  let caps = 0;
  for (let i = from; i < items.length && items[i]!.kind !== 'para'; i++) {
    const it = items[i]!;
    if (it.kind !== 'word' || it.base.length < 4) continue;
    words++;
    if (it.cap) caps++;
  }
  return { words, caps };
}

/** Most words of the line capitalised: a headline or a caption, not running text. */
function isTitleCaseLine(items: Item[], from: number): boolean {
  const { words, caps } = capitalisedWords(items, from);
  return words >= 3 && caps / words > 0.7;
}

/** The full name a one-word name stands for, when the article gives exactly one. */
export function fullNameFor(registry: NameRegistry, word: string, asGiven: boolean): NameRun | null {
  const list = (asGiven ? registry.byGiven : registry.bySurname).get(word) ?? [];
  // "Mohammed bin Abdulrahman" inside "Mohammed bin Abdulrahman Al Thani" is the same person.
  const joined = list.map((r) => ` ${r.words.join(' ')} `);
  const longest = list.filter((_, i) => !joined.some((other, j) => j !== i && other.length > joined[i]!.length && other.includes(joined[i]!)));
  const distinct = new Set(longest.map((r) => r.words.join(' ')));
  return distinct.size === 1 ? longest[0]! : null;
}
