// The entity list compiled for matching: records by id and a trie over the folded words of every
// alias, so that one pass over an article finds every mention.

import type { EntityRecord } from '../types.ts';
import { wordForms } from '../text/word-forms.ts';
import { isRoleWord, NON_NAME_WORDS, HONORIFIC_GENDER } from './name-words.ts';

export interface AliasWord {
  norm: string;
  /** The text must print this word capitalised (a name word, not a role or function word). */
  needsCap: boolean;
  /** The text must print this word in capitals ("NRF", "US"). */
  needsAllCaps: boolean;
  /** The alias itself has a possessive here ("Pakistan's Foreign Minister"). */
  possessive: boolean;
}

export interface AliasEntry {
  id: string;
  alias: string;
  words: AliasWord[];
  /** A one-word alias of a person (a surname): blocked when another given name precedes it. */
  surnameLike: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface EntityCatalog {
  readonly records: ReadonlyMap<string, EntityRecord>;
  readonly root: TrieNode;
  /** Folded given names (every word of the canonical name but the last) per person. */
  readonly givenNames: ReadonlyMap<string, readonly string[]>;
  /** Folded words of each entity's name, aliases, role and description. */
  readonly ownWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Folded words of each entity's role, for matching descriptions ("the minister"). */
  readonly roleWords: ReadonlyMap<string, readonly string[]>;
}

function aliasWords(alias: string): AliasWord[] {
  const words = wordForms(alias);
  return words.map((w) => {
    // Role and function words match in any case ("the federal minister"); names, acronyms and
    // one-word aliases keep their capitals ("UN" is not the French "un").
    const caseFree = words.length > 1 && !w.allCaps && (isRoleWord(w.base) || NON_NAME_WORDS.has(w.base) || HONORIFIC_GENDER.has(w.base));
    return { norm: w.base, needsCap: w.cap && !caseFree, needsAllCaps: w.allCaps, possessive: w.possessive };
  });
}

export function buildEntityCatalog(records: EntityRecord[]): EntityCatalog {
  const root: TrieNode = { next: new Map(), entries: [] };
  const byId = new Map<string, EntityRecord>();
  const givenNames = new Map<string, string[]>();
  const ownWords = new Map<string, Set<string>>();
  const roleWords = new Map<string, string[]>();
  for (const record of records) {
    byId.set(record.id, record);
    const aliases = [...new Set([record.name, ...record.aliases])];
    const own = new Set<string>();
    for (const alias of aliases) {
      const words = aliasWords(alias);
      if (words.length === 0) continue;
      for (const w of words) own.add(w.norm);
      let node = root;
      for (const w of words) {
        let child = node.next.get(w.norm);
        if (!child) {
          child = { next: new Map(), entries: [] };
          node.next.set(w.norm, child);
        }
        node = child;
      }
      if (!node.entries.some((e) => e.id === record.id && e.alias === alias)) {
        node.entries.push({
          id: record.id,
          alias,
          words,
          surnameLike: record.kind === 'person' && words.length === 1,
        });
      }
    }
    const nameWords = wordForms(record.name).map((w) => w.base);
    if (record.kind === 'person') givenNames.set(record.id, nameWords.slice(0, -1));
    const role = wordForms(record.role ?? '').map((w) => w.base);
    roleWords.set(record.id, role);
    for (const w of [...role, ...wordForms(record.description ?? '').map((x) => x.base)]) own.add(w);
    ownWords.set(record.id, own);
  }
  return { records: byId, root, givenNames, ownWords, roleWords };
}
