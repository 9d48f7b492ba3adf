// What a subject phrase refers to: a listed entity, a name, a pronoun, a description of a
// person ("the official", "a company spokesperson"), a group ("officials"), an organisation
// description ("the group"), or a thing ("the tweet").

import { COLLECTIVE_WORDS, DEMONYMS, DOCUMENT_WORDS, HONORIFIC_GENDER, isOrgWord, isPersonRoleHead, isRoleWord, type Gender } from '../entities/name-words.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { givenNameGender } from '../entities/given-names.ts';
import type { ResolvedMention } from '../entities/resolve-mentions.ts';
import type { CueLexicon, Pronoun } from './cues.ts';
import type { Item } from './lex.ts';
import { DEFINITE, INDEFINITE, type Range } from './noun-phrase.ts';
import { fullNameFor, honorificBefore, nameRunEndingAt, type NameRegistry, type NameRun } from './person-names.ts';

export type Ref =
  | { kind: 'entity'; range: Range; mention: ResolvedMention }
  | { kind: 'name'; range: Range; run: NameRun; full: NameRun | null; role: string | null; gender: Gender | null }
  | { kind: 'pronoun'; range: Range; pronoun: Pronoun }
  | { kind: 'description'; range: Range; text: string; head: string; words: string[]; definite: boolean; bare: boolean; gender: Gender | null }
  | { kind: 'collective'; range: Range; text: string }
  | { kind: 'org-description'; range: Range; head: string; text: string; definite: boolean }
  | { kind: 'thing'; range: Range; head: string; definite: boolean };

const AGE = /^\d+(?:yearold|jahrige|jahriger|ans|aring|arig)$/;
const FEMALE_ROLES = new Set('spokeswoman chairwoman businesswoman congresswoman councilwoman mother wife daughter sister aunt niece widow grandmother stepdaughter fiancee actress'.split(' '));
const MALE_ROLES = new Set('spokesman chairman businessman congressman councilman father husband son brother uncle nephew widower grandfather stepson fiance'.split(' '));

export interface RefContext {
  text: string;
  catalog: EntityCatalog;
  items: Item[];
  lexicon: CueLexicon;
  registry: NameRegistry;
  /** Entity mentions sorted by start. */
  mentions: ResolvedMention[];
  language: string;
}

function mentionEndingAt(ctx: RefContext, startOffset: number, endOffset: number): ResolvedMention | null {
  // Binary search for the last mention starting before endOffset.
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < endOffset) lo = mid + 1;
    else hi = mid;
  }
  const m = ms[lo - 1];
  if (!m || m.start < startOffset || m.end < endOffset - 2 || m.end > endOffset) return null;
  return m;
}

/** Gender implied by role words in a phrase ("spokeswoman", German "-in", French "la ministre"). */
export function genderOf(items: Item[], range: Range, language: string): Gender | null {
  for (let k = range.from; k < range.to; k++) {
    const b = items[k]!.base;
    if (FEMALE_ROLES.has(b)) return 'f';
    if (MALE_ROLES.has(b)) return 'm';
    if (language === 'de' && /(?:ministerin|sprecherin|prasidentin|kanzlerin|meisterin|leiterin|vertreterin|politikerin|expertin|trainerin)$/.test(b)) return 'f';
  }
  const first = items[range.from]?.base;
  const second = items[range.from + 1]?.base ?? '';
  if (language === 'de' && first === 'der' && isRoleWord(second) && !/in$/.test(second) && range.to - range.from === 2) return 'm';
  if (language === 'de' && first === 'die' && isRoleWord(second) && /in$/.test(second)) return 'f';
  if (language === 'fr' && first === 'la' && isRoleWord(items[range.from + 1]?.base ?? '')) return 'f';
  if (language === 'fr' && first === 'le' && isRoleWord(items[range.from + 1]?.base ?? '')) return 'm';
  return null;
}

function phraseText(ctx: RefContext, range: Range): string {
  return ctx.text.slice(ctx.items[range.from]!.start, ctx.items[range.to - 1]!.end);
}

/** Words of the phrase before `upTo` that describe a role ("Arsenal coach", "next-door neighbor"). */
function roleBefore(ctx: RefContext, range: Range, upTo: number): string | null {
  let from = range.from;
  while (from < upTo && (DEFINITE.has(ctx.items[from]!.base) || INDEFINITE.has(ctx.items[from]!.base) || ['but', 'and', 'however', 'meanwhile'].includes(ctx.items[from]!.base))) from++;
  let to = upTo;
  // Drop "Mr", "Ms", "Sir" before the name; keep titles that are roles ("Gov.", "Capt.").
  while (to > from && honorificBefore(ctx.items, { from: to, to })?.gender) to--;
  if (to <= from) return null;
  const hasRole = ctx.items.slice(from, to).some((it) => isRoleWord(it.base) || HONORIFIC_GENDER.get(it.base) === null);
  return hasRole ? ctx.text.slice(ctx.items[from]!.start, ctx.items[to - 1]!.end).replace(/[.,]$/, '') : null;
}

export function classifyPhrase(ctx: RefContext, range: Range, opts: { beforeCue: boolean }): Ref | null {
  const { items, lexicon } = ctx;
  const first = items[range.from]!;
  const last = items[range.to - 1]!;
  if (range.to - range.from === 1 && lexicon.pronouns.has(first.base) && !first.allCaps) {
    return { kind: 'pronoun', range, pronoun: lexicon.pronouns.get(first.base)! };
  }
  if (last.possessive) return null;
  // "The National Resistance Front of Afghanistan": the mention before "of" is the head.
  let connector = -1;
  for (let k = range.from + 1; k < range.to; k++) {
    // German genitive after a role: "Sprecher der Union".
    const genitive = ctx.language === 'de' && /^(der|des)$/.test(items[k]!.base) && isRoleWord(items[k - 1]!.base);
    if (/^(of|de|du|des|von|vom)$/.test(items[k]!.base) || genitive) {
      connector = k;
      break;
    }
  }
  const headMention = connector > 0 ? mentionEndingAt(ctx, first.start, items[connector - 1]!.end) : null;
  const mention = headMention ?? mentionEndingAt(ctx, first.start, last.end);
  if (mention && (mention.id || mention.ids.length > 1)) return { kind: 'entity', range, mention };
  // "Representative Michael McCaul of Texas": the name before "of" is the head.
  const beforeConnector = connector > 0 ? nameRunEndingAt(ctx.text, items, connector - 1, range.from) : null;
  // "Wee of the Times", "Smith of Reuters": a surname before "of" and an organisation.
  const orgAfter = connector > 0 && items.slice(connector + 1, range.to).some((it) => isOrgWord(it.base) || it.allCaps);
  const personBefore =
    beforeConnector && !beforeConnector.org && (beforeConnector.to - beforeConnector.from > 1 || (orgAfter && beforeConnector.from === range.from)) ? beforeConnector : null;
  let run = personBefore ?? nameRunEndingAt(ctx.text, items, range.to - 1, range.from);
  // "a spokesperson for Inherent Resolve": the name completes a description, it is not the speaker.
  // ("the minister of the Economy Bruno Lefort" keeps its name: it follows the complement).
  if (run?.org) run = widenOrganisation(ctx, run, range);
  const connectorAt = firstConnector(items, range);
  const roleHeadAt = connectorAt - 1;
  if (run && roleHeadAt >= range.from && isPersonRoleHead(items[roleHeadAt]!.base)) {
    let complement = connectorAt + 1;
    while (complement < run.from && (DEFINITE.has(items[complement]!.base) || HONORIFIC_GENDER.has(items[complement]!.base.replace(/\.$/, '')))) complement++;
    if (complement >= run.from) run = null;
  }
  if (run) {
    const single = run.to - run.from === 1;
    const hon = honorificBefore(items, run);
    const prevRole = run.from > range.from && isRoleWord(items[run.from - 1]!.base);
    // "Wenger" → "Arsene Wenger"; after a title also by given name: "Sir Keir", "Sheikh Mohammed".
    const full = single ? (fullNameFor(ctx.registry, run.words[0]!, false) ?? (hon || prevRole ? fullNameFor(ctx.registry, run.words[0]!, true) : null)) : null;
    const alone = run.from === range.from && run.to === range.to;
    const isCollective = single && COLLECTIVE_WORDS.has(run.words[0]!);
    // German capitalises nouns: "die Regierung" is a description, not a name.
    const germanNoun = ctx.language === 'de' && single && DEFINITE.has(items[run.from - 1]?.base ?? '');
    if (!isCollective && !germanNoun && (!single || full || hon || prevRole || run.org || (alone && opts.beforeCue))) {
      const given = (full ?? run).to - (full ?? run).from > 1 ? givenNameGender((full ?? run).words[0]!) : null;
      return { kind: 'name', range, run, full, role: roleBefore(ctx, range, run.from), gender: hon?.gender ?? genderOf(items, range, ctx.language) ?? given };
    }
  }
  // "says Doctor" after "analyst Ken Doctor": a capitalised role word that is someone's surname.
  if (range.to - range.from === 1 && first.cap && !first.allCaps) {
    const full = fullNameFor(ctx.registry, first.base, false);
    if (full) {
      const run: NameRun = { from: range.from, to: range.to, text: first.text, words: [first.base], org: false };
      return { kind: 'name', range, run, full, role: null, gender: null };
    }
  }
  // Descriptions: the head is the last word before a connector ("the head of …", "le ministre de …").
  let headAt = range.to - 1;
  for (let k = range.from + 1; k < range.to; k++) {
    if (/^(of|for|de|du|des|d|von|vom|fra|at|in|i)$/.test(items[k]!.base) || k === connector) {
      headAt = k - 1;
      break;
    }
  }
  const head = items[headAt]!.base;
  const text = phraseText(ctx, range);
  // "officials", and any plural of a role ("the physicians", "several protesters").
  const pluralRole = head.length > 4 && /s$/.test(head) && [head.slice(0, -1), head.replace(/ies$/, 'y'), head.replace(/es$/, '')].some((w) => isPersonRoleHead(w));
  if (COLLECTIVE_WORDS.has(head) || COLLECTIVE_WORDS.has(last.base) || pluralRole) return { kind: 'collective', range, text };
  // A bare title is definite too: "…, Says Foreign Minister", "said Chief Inspector".
  const bareTitle = !INDEFINITE.has(first.base) && items.slice(range.from, range.to).every((it) => it.cap || !/\p{L}/u.test(it.text) || /^(of|de|des|du|von|for)$/.test(it.base));
  const definite = DEFINITE.has(first.base) || bareTitle;
  // "the 68-year-old", "the German": a person the article has already introduced.
  const nationality = definite && headAt === range.to - 1 && DEMONYMS.has(head) && items[headAt]!.cap && !items[headAt]!.allCaps && head.length > 3;
  const personHead = isPersonRoleHead(head) || AGE.test(head) || nationality;
  // "The UK has urged": a country or body in capitals speaks under its own name.
  if (range.to - range.from === 2 && DEFINITE.has(first.base) && last.allCaps && last.base.length >= 2) {
    const run: NameRun = { from: range.to - 1, to: range.to, text: last.text.replace(/\.$/, ''), words: [last.base], org: true };
    return { kind: 'name', range, run, full: null, role: null, gender: null };
  }
  if (personHead) {
    const words = items.slice(range.from, range.to).map((it) => it.base).filter((w) => !DEFINITE.has(w) && !INDEFINITE.has(w));
    return { kind: 'description', range, text, head, words, definite, bare: bareTitle && !DEFINITE.has(first.base), gender: genderOf(items, range, ctx.language) };
  }
  if (isOrgWord(head)) {
    // "the Ministry of Defence", "le ministère des Affaires étrangères": a named organisation.
    // A capitalised word anywhere but at the sentence's start: "the El Salvador government".
    // ("Russia's foreign ministry": a named country's ministry is named too.)
    const named = items.slice(range.from, range.to).some(
      (it, k) => it.cap && (it.possessive || !(k === 0 && ctx.items[range.from - 1]?.kind !== 'word')) && !(ctx.language === 'de' && range.from + k === headAt),
    );
    if (named) {
      let from = range.from;
      while (from < headAt && (DEFINITE.has(items[from]!.base) || INDEFINITE.has(items[from]!.base))) from++;
      const run: NameRun = { from, to: range.to, text: phraseText(ctx, { from, to: range.to }), words: items.slice(from, range.to).map((it) => it.base), org: true };
      return { kind: 'name', range, run, full: null, role: null, gender: null };
    }
    return { kind: 'org-description', range, head, text, definite };
  }
  if (DOCUMENT_WORDS.has(head)) return { kind: 'thing', range, head, definite };
  return null;
}

/** The first word joining a head to its complement ("of", "for", "in"…), or the phrase's end. */
function firstConnector(items: Item[], range: Range): number {
  for (let k = range.from + 1; k < range.to; k++) if (/^(of|for|de|du|des|d|von|vom|fra|at|in|i)$/.test(items[k]!.base)) return k;
  return range.to;
}

/**
 * An organisation's full name inside the phrase: "Arab League", "Centre for Economic Policy
 * Research" (capitalised words, and "for"/"of"/"on" between them).
 */
function widenOrganisation(ctx: RefContext, run: NameRun, range: Range): NameRun {
  const { items } = ctx;
  let from = run.from;
  while (from > range.from) {
    const prev = items[from - 1]!;
    if (prev.kind === 'word' && prev.cap && !prev.possessive && !DEFINITE.has(prev.base)) from--;
    else if (prev.kind === 'word' && /^(for|of|on)$/.test(prev.base) && from - 2 >= range.from && items[from - 2]!.cap) from -= 2;
    else break;
  }
  if (from === run.from) return run;
  const words = items.slice(from, run.to).map((it) => it.base);
  return { from, to: run.to, text: ctx.text.slice(items[from]!.start, items[run.to - 1]!.end), words, org: true };
}

/** The person or organisation a possessive at item `k` names ("Trump's tweet" → Trump). */
export function possessor(ctx: RefContext, range: Range): Ref | null {
  for (let k = range.from; k < range.to; k++) {
    const it = ctx.items[k]!;
    if (it.kind !== 'word' || !it.possessive || !it.cap) continue;
    const end = /['\u2019]s$/i.test(it.text) ? it.end - 2 : it.end;
    const mention = mentionEndingAt(ctx, ctx.items[range.from]!.start, end);
    if (mention && (mention.id || mention.ids.length > 1)) return { kind: 'entity', range: { from: range.from, to: k + 1 }, mention };
    const run = nameRunEndingAt(ctx.text, ctx.items, k, range.from);
    if (run) {
      const full = run.to - run.from === 1 ? fullNameFor(ctx.registry, run.words[0]!, false) : null;
      if (run.to - run.from > 1 || full) return { kind: 'name', range: { from: run.from, to: k + 1 }, run, full, role: null, gender: null };
    }
  }
  return null;
}
