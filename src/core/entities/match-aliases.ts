// One pass over an article's words: the longest alias starting at each word, walked in the
// catalog's trie, with the checks that keep a surname from being claimed by someone else.

import type { Word } from '../text/word-forms.ts';
import type { AliasEntry, EntityCatalog, TrieNode } from './catalog.ts';
import { DEMONYMS, HONORIFIC_GENDER, isPersonRoleHead, isRoleWord, NON_NAME_WORDS, sameRole } from './name-words.ts';

export interface AliasMatch {
  start: number;
  end: number;
  /** Index of the first and last word covered. */
  first: number;
  last: number;
  /** Candidate entity ids (several when the alias is shared, e.g. a bare "Massoud"). */
  ids: string[];
  /** The mention ends in a possessive ("Blinken's"). */
  possessive: boolean;
  /** A one-word person alias (surname) rather than a fuller name. */
  surnameOnly: boolean;
}

/** Spacing allowed between two words of one alias: blanks, or an abbreviation's dot ("Mr. X"). */
function joins(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end, b.baseStart);
  if (b.baseStart !== b.start) return false;
  if (/^[ \t\u00a0]+$/.test(gap)) return true;
  return a.text.length <= 4 && /^\.[ \t\u00a0]+$/.test(gap);
}

function caseFits(entry: AliasEntry, words: Word[], from: number): boolean {
  for (let k = 0; k < entry.words.length; k++) {
    const want = entry.words[k]!;
    const got = words[from + k]!;
    if (want.needsAllCaps && !got.allCaps) return false;
    if (want.needsCap && !got.cap) return false;
    if (k < entry.words.length - 1 && got.possessive !== want.possessive) return false;
  }
  return true;
}

function similarName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 3 && b.length >= 3 && (a.endsWith(b) || b.endsWith(a) || a.startsWith(b) || b.startsWith(a))) return true;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
  // Edit distance at most 2 ("Anthony"/"Antony", "Ahmed"/"Ahmad").
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]! <= 2;
}

function isPlaceOrOrgAlias(catalog: EntityCatalog, norm: string): boolean {
  const node = catalog.root.next.get(norm);
  return !!node && node.entries.some((e) => catalog.records.get(e.id)?.kind !== 'person');
}

/**
 * Keeps the candidates a surname may still name, given the word printed before it: another
 * given name ("Asif Qureshi", "photographer Jane Qureshi") or a contradicting role
 * ("photographer Qureshi") blocks it; a variant of the entity's own given name ("Anthony
 * Blinken", "Wali Massoud") keeps it and selects among namesakes. Returns the kept ids and
 * whether the previous word belongs to the mention.
 */
function surnameCandidates(
  text: string,
  words: Word[],
  i: number,
  ids: string[],
  catalog: EntityCatalog,
): { ids: string[]; extend: boolean } {
  const w = words[i]!;
  const p = i > 0 ? words[i - 1]! : null;
  if (!p || !/^[ \t\u00a0]+$/.test(text.slice(p.end, w.baseStart)) || w.baseStart !== w.start) return { ids, extend: false };
  if (p.cap) {
    if (p.allCaps || p.possessive || isRoleWord(p.base) || DEMONYMS.has(p.base) || NON_NAME_WORDS.has(p.base)) return { ids, extend: false };
    if (HONORIFIC_GENDER.has(p.base) || isPlaceOrOrgAlias(catalog, p.base)) return { ids, extend: false };
    const kept = ids.filter((id) => (catalog.givenNames.get(id) ?? []).some((g) => similarName(g, p.base)));
    return { ids: kept, extend: kept.length > 0 };
  }
  if (isPersonRoleHead(p.base)) {
    const kept = ids.filter((id) => {
      const own = catalog.ownWords.get(id);
      if (!own) return false;
      if (own.has(p.base)) return true;
      for (const o of own) if (sameRole(o, p.base)) return true;
      return false;
    });
    return { ids: kept, extend: false };
  }
  return { ids, extend: false };
}

/** Longest, non-overlapping alias matches over `words` (the article's words in order). */
export function matchAliases(text: string, words: Word[], catalog: EntityCatalog, language = 'en'): AliasMatch[] {
  const out: AliasMatch[] = [];
  const blocked = new Set<string>();
  const genitive = language.toLowerCase().startsWith('de');
  let i = 0;
  while (i < words.length) {
    let best: { last: number; entries: AliasEntry[] } | null = null;
    // Depth-first over the trie; branching only for the German genitive ("Blinkens").
    const walk = (node: TrieNode, j: number) => {
      const w = words[j];
      if (!w) return;
      if (j > i && !joins(text, words[j - 1]!, w)) return;
      const keys = [w.base];
      if (genitive && w.cap && w.base.length > 3 && w.base.endsWith('s')) keys.push(w.base.slice(0, -1));
      for (const key of keys) {
        const child = node.next.get(key);
        if (!child) continue;
        const fitting = child.entries.filter((e) => caseFits(e, words, i));
        if (fitting.length && (!best || j > best.last)) best = { last: j, entries: fitting };
        walk(child, j + 1);
      }
    };
    walk(catalog.root, i);
    if (!best) {
      i++;
      continue;
    }
    const { last, entries } = best as { last: number; entries: AliasEntry[] };
    let ids = [...new Set(entries.map((e) => e.id))];
    let first = i;
    const surnameOnly = last === i && entries.every((e) => e.surnameLike);
    if (surnameOnly) {
      const r = surnameCandidates(text, words, i, ids, catalog);
      ids = r.ids;
      if (r.extend) first = i - 1;
    }
    if (surnameOnly && ids.length === 0) blocked.add(words[i]!.base);
    if (ids.length) {
      const lastWord = words[last]!;
      out.push({
        start: words[first]!.baseStart,
        end: lastWord.baseEnd,
        first,
        last,
        ids,
        possessive: lastWord.possessive,
        surnameOnly: surnameOnly && first === i,
      });
    }
    i = last + 1;
  }
  return blocked.size ? dropShadowedSurnames(out, words, blocked) : out;
}

/**
 * Once the article names someone else with the same surname ("Jane Qureshi"), a bare
 * "Qureshi" is a listed person only if the article also names that person in full.
 */
function dropShadowedSurnames(matches: AliasMatch[], words: Word[], blocked: Set<string>): AliasMatch[] {
  const named = new Set<string>();
  for (const m of matches) if (!m.surnameOnly) for (const id of m.ids) named.add(id);
  return matches.flatMap((m) => {
    if (!m.surnameOnly || !blocked.has(words[m.first]!.base)) return [m];
    const ids = m.ids.filter((id) => named.has(id));
    return ids.length ? [{ ...m, ids }] : [];
  });
}
