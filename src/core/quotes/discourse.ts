// Who is who as the article goes on: the people, groups and anonymous sources met so far, the
// subject and the speakers of each sentence, and how a pronoun, a surname or a description
// ("the official", "the Labour leader") resolves against them.

import type { EntityCatalog } from '../entities/catalog.ts';
import { givenNameGender } from '../entities/given-names.ts';
import { COLLECTIVE_WORDS, DEMONYMS, isRoleWord, sameRole, type Gender } from '../entities/name-words.ts';
import { foldWord, wordForms } from '../text/word-forms.ts';
import type { Pronoun } from './cues.ts';
import type { Ref } from './refs.ts';

export interface Identity {
  /** Entity id, or `n:`/`a:`/`c:`/`o:` + folded words. */
  key: string;
  name: string;
  id: string | null;
  anonymous: boolean;
  kind: 'person' | 'organisation' | 'collective';
  role: string | null;
  /** Folded role words and acronyms, for matching descriptions. */
  roleWords: Set<string>;
  gender: Gender | null;
  /** Last sentence where it was a subject, a speaker or quoted. */
  lastSentence: number;
  /** Last sentence where it spoke (-1: never). */
  spoke: number;
}

export interface Resolved {
  identity: Identity;
  /** How much the resolution itself is trusted (1: explicit name). */
  factor: number;
}

/** Organisation descriptions that fit any organisation ("the group", "die Gruppe"). */
const GENERIC_ORG_HEADS = new Set(['group', 'organisation', 'organization', 'movement', 'gruppe', 'organisation', 'groupe', 'mouvement', 'gruppen', 'bevegelsen', 'alliance', 'coalition']);

/** Heads of descriptions vague enough to name whoever the article is about ("der SPD-Vertreter"). */
const GENERIC_HEADS = new Set(['official', 'representative', 'politician', 'vertreter', 'vertreterin', 'politiker', 'politikerin', 'responsable', 'veteran', 'figure']);
/** Heads of descriptions that introduce an unnamed source even when definite ("the spokesman"). */
const SOURCE_HEADS = new Set(['official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'diplomat', 'source', 'officer', 'insider']);

function roleWordsOf(role: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!role) return out;
  const words = wordForms(role);
  let acronym = '';
  for (const w of words) {
    out.add(w.base);
    if (w.cap && !w.allCaps) acronym += w.base[0];
    else if (acronym.length >= 2) {
      out.add(acronym);
      acronym = '';
    } else acronym = '';
  }
  if (acronym.length >= 2) out.add(acronym);
  return out;
}

const entityRoleCache = new WeakMap<string[], Set<string>>();
/** Role words of a listed entity: its role and the role words of its aliases ("Bundeskanzlerin"). */
function entityRoleWords(role: string | null, aliases: string[]): Set<string> {
  let out = entityRoleCache.get(aliases);
  if (out) return out;
  out = roleWordsOf(role);
  for (const alias of aliases) for (const w of wordForms(alias)) if (isRoleWord(w.base)) out.add(w.base);
  entityRoleCache.set(aliases, out);
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export class Discourse {
  readonly identities = new Map<string, Identity>();
  /** Per sentence: subject key, speaker keys, organisation keys mentioned. */
  readonly subjects: (string | null)[] = [];
  readonly speakers: string[][] = [];
  readonly orgs: string[][] = [];
  /** Per sentence: whose thing the sentence opens with ("Blinken's answer was…"). */
  readonly topics: (string | null)[] = [];
  /** Per sentence: people named anywhere in it, for a gendered pronoun with no better antecedent. */
  readonly mentioned: string[][] = [];

  constructor(
    private readonly catalog: EntityCatalog,
    /** Lower-casing "Officials" to "officials" is right in English, wrong for German nouns. */
    private readonly language = 'en',
  ) {}

  private ensure(key: string, make: () => Omit<Identity, 'key' | 'lastSentence' | 'spoke'>): Identity {
    let identity = this.identities.get(key);
    if (!identity) {
      identity = { key, ...make(), lastSentence: -1, spoke: -1 };
      this.identities.set(key, identity);
    }
    return identity;
  }

  entity(id: string): Identity | null {
    const record = this.catalog.records.get(id);
    if (!record) return null;
    const given = record.kind === 'person' ? givenNameGender(foldWord(record.name.split(/\s+/)[0] ?? '')) : null;
    return this.ensure(id, () => ({
      name: record.name,
      id,
      anonymous: false,
      kind: record.kind === 'person' ? 'person' : 'organisation',
      role: record.role,
      roleWords: new Set(entityRoleWords(record.role, record.aliases)),
      gender: given,
    }));
  }

  /** A listed entity mentioned in the article whose role fits a description ("the chancellor"). */
  listedFitting(ref: Extract<Ref, { kind: 'description' }>, mentioned: Iterable<string>): Identity | null {
    let found: Identity | null = null;
    for (const id of mentioned) {
      const record = this.catalog.records.get(id);
      if (!record || record.kind !== 'person') continue;
      const words = entityRoleWords(record.role, record.aliases);
      if (![...words].some((w) => sameRole(w, ref.head))) continue;
      if (found && found.key !== id) return null; // two fit: say nothing
      found = this.entity(id);
    }
    return found;
  }

  named(text: string, words: string[], org: boolean, role: string | null, gender: Gender | null): Identity {
    const identity = this.ensure(`${org ? 'o' : 'n'}:${words.join(' ')}`, () => ({
      name: text,
      id: null,
      anonymous: false,
      kind: org ? 'organisation' : 'person',
      role: null,
      roleWords: new Set(),
      gender: null,
    }));
    this.learnRole(identity, role);
    if (gender && !identity.gender) identity.gender = gender;
    return identity;
  }

  anonymous(text: string, words: string[], collective: boolean, gender: Gender | null): Identity {
    const first = foldWord(text.split(/\s/)[0] ?? '');
    const article = /^(a|an|the|one|another|several|some|many|most|few|both|other|more|numerous|two|three|four|five|ein|eine|einer|un|une|le|la|les|der|die|das|en|ei|et|el|los|las|una)$/.test(first);
    // "Officials" → "officials", "A senior official" → "a senior official"; "Russia's ministry" stays.
    const common = isRoleWord(first) || COLLECTIVE_WORDS.has(first);
    const name = article || (this.language === 'en' && common) ? lowerFirst(text) : text;
    const identity = this.ensure(`${collective ? 'c' : 'a'}:${words.join(' ')}`, () => ({
      name: /^[A-Z]{2}/.test(text) ? text : name,
      id: null,
      anonymous: true,
      kind: collective ? 'collective' : 'person',
      // "a spokesperson for the Interior Ministry": the description is the role.
      role: collective ? null : text.replace(/^\S+\s+/, (w) => (article ? '' : w)),
      roleWords: new Set(words),
      gender,
    }));
    return identity;
  }

  learnRole(identity: Identity, role: string | null) {
    if (!role) return;
    if (!identity.role && !identity.id) identity.role = role.replace(/^(?:a|an|the)\s+/i, '');
    for (const w of roleWordsOf(role)) identity.roleWords.add(w);
  }

  noteSubject(sentence: number, identity: Identity) {
    this.subjects[sentence] = identity.key;
    identity.lastSentence = Math.max(identity.lastSentence, sentence);
  }

  noteSpeaker(sentence: number, identity: Identity) {
    (this.speakers[sentence] ??= []).push(identity.key);
    identity.lastSentence = Math.max(identity.lastSentence, sentence);
    identity.spoke = Math.max(identity.spoke, sentence);
  }

  noteOrg(sentence: number, identity: Identity) {
    (this.orgs[sentence] ??= []).push(identity.key);
  }

  /** Candidates of a sentence, subject first, then its speakers latest first. */
  private candidatesAt(s: number): Identity[] {
    const keys = [this.subjects[s], ...(this.speakers[s] ?? []).slice().reverse(), this.topics[s]].filter((k): k is string => !!k);
    return [...new Set(keys)].map((k) => this.identities.get(k)!).filter(Boolean);
  }

  resolvePronoun(p: Pronoun, sentence: number): Resolved | null {
    for (let s = sentence - 1, d = 0; s >= 0 && d < 4; s--, d++) {
      for (const c of this.candidatesAt(s)) {
        const fits = p.plural
          ? c.kind !== 'person'
          : (c.kind === 'person' || (p.gender === null && c.kind === 'collective')) && (!p.gender || !c.gender || c.gender === p.gender);
        if (!fits) continue;
        if (p.gender && !c.gender && c.kind === 'person') c.gender = p.gender;
        return { identity: c, factor: 0.88 - 0.06 * d };
      }
      // "Peter Kane watched as Mary Holt signed. “…,” she said": the one person of that gender.
      if (p.gender && !p.plural) {
        const fitting = [...new Set(this.mentioned[s] ?? [])].map((k) => this.identities.get(k)!).filter((c) => c.gender === p.gender);
        if (fitting.length === 1) return { identity: fitting[0]!, factor: 0.7 - 0.06 * d };
        if (fitting.length > 1) return null;
      }
    }
    return null;
  }

  noteMentioned(sentence: number, identity: Identity) {
    (this.mentioned[sentence] ??= []).push(identity.key);
  }

  private describes(identity: Identity, head: string, words: string[]): boolean {
    for (const w of identity.roleWords) if (sameRole(w, head)) return true;
    // A distinctive word of the description in the role ("the SNP MP" ~ "Scottish National Party").
    return words.some((w) => w !== head && w.length >= 3 && identity.roleWords.has(w) && !/^(of|for|the|and)$/.test(w));
  }

  /** "the official", "the Labour leader", "le ministre", "der SPD-Vertreter". */
  resolveDescription(ref: Extract<Ref, { kind: 'description' }>, sentence: number): Resolved | null {
    if (!ref.definite) return null;
    let best: Identity | null = null;
    for (const identity of this.identities.values()) {
      if (identity.kind === 'organisation' || identity.lastSentence < 0 || sentence - identity.lastSentence > 15) continue;
      if (ref.gender && identity.gender && ref.gender !== identity.gender) continue;
      if (!this.describes(identity, ref.head, ref.words)) continue;
      if (!best || identity.lastSentence > best.lastSentence) best = identity;
    }
    if (best) return { identity: best, factor: 0.85 };
    // A bare title ("said Doctor") is not "the doctor": no guessing from who is in focus.
    // Only a vague description ("the 71-year-old", "der SPD-Vertreter") may name the person the
    // sentence before was about; "the Portuguese boss" with no fitting role stays unresolved.
    const generic = [...GENERIC_HEADS].some((g) => ref.head === g || ref.head.endsWith(g)) || /^\d/.test(ref.head) || DEMONYMS.has(ref.head);
    const focus = ref.bare || !generic ? null : this.inFocus(sentence, ref.gender);
    if (focus) return { identity: focus, factor: 0.65 };
    if (SOURCE_HEADS.has(ref.head)) return { identity: this.anonymous(ref.text, ref.words, false, ref.gender), factor: 0.7 };
    return null;
  }

  /** The person the sentence before was about (subject or speaker). */
  inFocus(sentence: number, gender: Gender | null): Identity | null {
    for (const c of this.candidatesAt(sentence - 1)) {
      if (c.kind === 'person' && (!gender || !c.gender || gender === c.gender)) return c;
    }
    return null;
  }

  /** "the group": the organisation named most recently. */
  resolveOrgDescription(sentence: number, head: string): Resolved | null {
    // The latest organisation that was a subject or a speaker; else one merely named just before.
    // "the group" may be any organisation; "the ministry" only one whose name says ministry.
    const generic = GENERIC_ORG_HEADS.has(head);
    let named: Identity | null = null;
    for (let s = sentence; s >= 0 && s >= sentence - 8; s--) {
      for (const key of [...(this.orgs[s] ?? [])].reverse()) {
        const identity = this.identities.get(key)!;
        if (identity.kind !== 'organisation') continue;
        if (!generic && !identity.key.split(/[\s:-]+/).some((w) => sameRole(w, head)) && !wordForms(identity.name).some((w) => sameRole(w.base, head))) continue;
        if (this.subjects[s] === key || this.speakers[s]?.includes(key)) return { identity, factor: 0.8 };
        if (!named && sentence - s <= 2) named = identity;
      }
    }
    return named ? { identity: named, factor: 0.65 } : null;
  }

  /** A one-word name several people share ("Mujahid"): the one who spoke most recently. */
  speakingNamesake(lastWord: string): Identity | null {
    let best: Identity | null = null;
    for (const identity of this.identities.values()) {
      if (identity.anonymous || identity.spoke < 0 || !identity.key.endsWith(` ${lastWord}`)) continue;
      if (!best || identity.spoke > best.spoke) best = identity;
    }
    return best;
  }

  /** Among namesakes sharing an alias, the one already speaking most recently. */
  preferSpeaker(ids: string[]): Identity | null {
    let best: Identity | null = null;
    for (const id of ids) {
      const identity = this.identities.get(id);
      if (identity && identity.spoke >= 0 && (!best || identity.spoke > best.spoke)) best = identity;
    }
    return best;
  }
}
