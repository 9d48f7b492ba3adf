// From the word the model chose to the mention it heads: a pronoun; a name (the capitalised run,
// without the roles and honorifics printed before it: "Sen. Jane Doe" names Jane Doe); or a
// description ("a senior official", "the Labour leader", "officials familiar with the talks").

import { CUE_NOT_HEAD } from './candidates.ts';
import { adjacent, asideAfter, cueAt, isWord, nameComplementEnd, relativeSubject, sentenceInitial, type ArticleView } from './view.ts';
import type { Gender } from './language-pack.ts';

export interface Mention {
  kind: 'pronoun' | 'name' | 'description';
  /** Item range [from, to) of the whole mention as printed (roles and determiner included). */
  from: number;
  to: number;
  /** For names: the items of the name itself. */
  nameFrom: number;
  nameTo: number;
  /** The chosen head word. */
  head: number;
  /** A description opened by an indefinite determiner, or a bare plural ("officials"). */
  indefinite: boolean;
  /** Honorific or role words that say the gender ("Mr", "spokeswoman"). */
  gender: Gender | null;
  /** A run whose last word is a common noun ("White House", "Justice Department"): a body, not a person. */
  organisation: boolean;
}

const MAX_DESCRIPTION_WORDS = 7;

const stripDot = (base: string) => base.replace(/\.$/, '');

/** A capitalised word printed before a name that is not part of it: a role, an honorific, an abbreviation. */
function leadsName(view: ArticleView, i: number): boolean {
  const it = view.items[i]!;
  const base = stripDot(it.base);
  const { lexicon } = view;
  if (lexicon.pack.honorifics.has(base)) return true;
  const initials = /^(?:\p{Lu}\.)+$/u.test(it.text);
  if (it.text.endsWith('.') && it.text.length <= 5 && !initials) return true; // "Sen.", "Gov.", not initials ("J.", "G.K.")
  if (lexicon.givenName(base)) return false;
  // An acronym before a name in ordinary capitals is a body the person belongs to ("AFP Jane Doe").
  if (it.allCaps && !initials && !view.items[i + 1]?.allCaps && view.runEnd[i] !== i) return true;
  // A noun of people's roles before more of the run is a title ("Mayor Jane Doe"), even one that may end a name.
  const role = lexicon.personRole(base) >= (view.runEnd[i]! > i + 1 ? 0.05 : 0.2);
  return lexicon.common(base) || lexicon.modifier(base) || role || view.articleRoles.has(it.base) || (sentenceInitial(view, i) && lexicon.pack.functionWords.has(base));
}

export function genderOfWords(view: ArticleView, from: number, to: number): Gender | null {
  for (let k = from; k < to; k++) {
    const it = view.items[k];
    if (!isWord(it)) continue;
    const base = stripDot(it.base);
    const g = view.lexicon.pack.honorifics.get(base);
    if (g) return g;
    if (/(?:woman|women)$/.test(base)) return 'f';
    if (/(?:man|men)$/.test(base) && base.length > 4) return 'm';
  }
  return null;
}

/**
 * The word that heads the phrase a chosen word stands in: a capitalised modifier printed before
 * the noun it qualifies ("the Labour leader", "UAW Local president") hands over to that noun.
 */
export function phraseHead(view: ArticleView, chosen: number): number {
  const { items, lexicon } = view;
  let head = chosen;
  // A pronoun heads nothing but itself ("She escalated…" opens a sentence, it qualifies no noun).
  if (lexicon.pronoun(items[chosen]!.base) || relativeSubject(view, chosen)) return chosen;
  // A possessive name before a role noun is that person's (or body's) relation, who speaks:
  // "Jane Doe's lawyer", "Acme's chief spokesman", "Jane Doe's right-hand man".
  if (items[chosen]!.possessive) return possessedRole(view, chosen) ?? chosen;
  // Only inside a noun phrase: after an article or a possessive, or from a word that is no name.
  const runFrom = view.runStart[chosen]! >= 0 ? view.runStart[chosen]! : chosen;
  const before = items[runFrom - 1];
  // A name right before a noun of people qualifies it ("Clinton supporters", "Acme workers").
  const next = items[chosen + 1];
  // (In English only a plural noun of sources: "Jane Doe ran the depot" is a verb, whatever
  // the lexicon counted "ran" in.)
  const peopleNoun = (w: string) => lexicon.personRole(w) >= 0.05 || (lexicon.english && /s$/.test(w) && lexicon.head(w) >= 0.1);
  const qualifies = isWord(next) && !next.cap && adjacent(view, chosen, chosen + 1) && !lexicon.pack.functionWords.has(next.base) && lexicon.cue(next.base) < lexicon.strongCue && peopleNoun(next.base);
  const inPhrase = (isWord(before) && (lexicon.pack.determiners.has(before.base) || before.possessive)) || lexicon.modifier(items[chosen]!.base) || lexicon.common(items[chosen]!.base) || qualifies;
  if (!inPhrase) return chosen;
  for (let k = chosen + 1, n = 0; k < items.length && n < 3; k++, n++) {
    const x = items[k]!;
    if (!isWord(x) || !adjacent(view, k - 1, k) || items[k - 1]!.possessive) break;
    if (x.cap) continue;
    if (!lexicon.pack.functionWords.has(x.base) && (lexicon.personRole(x.base) >= 0.05 || lexicon.head(x.base) >= 0.1 || lexicon.common(x.base)) && lexicon.cue(x.base) < lexicon.strongCue) head = k;
    break;
  }
  return head;
}

/**
 * The last noun of a compound of lower-case nouns: "the group leader", "union officials" are
 * headed by "leader" and "officials", not by the noun that qualifies them.
 */
function compoundHead(view: ArticleView, chosen: number): number {
  const { items, lexicon } = view;
  let head = chosen;
  if (lexicon.pronoun(items[chosen]!.base) || relativeSubject(view, chosen)) return chosen;
  for (let k = chosen + 1; k < items.length && k - chosen <= 2; k++) {
    const x = items[k]!;
    if (!isWord(x) || x.cap || !adjacent(view, k - 1, k) || items[k - 1]!.possessive) break;
    if (lexicon.pack.functionWords.has(x.base) || lexicon.pronoun(x.base) || lexicon.cue(x.base) >= lexicon.strongCue) break;
    if ((lexicon.personRole(x.base) < 0.05 && lexicon.head(x.base) < 0.1) || adjectiveWithComplement(view, k)) break;
    head = k;
  }
  return head;
}

/** The role noun a possessive is printed before, over one modifier ("Acme's chief spokesman"), else null. */
function possessedRole(view: ArticleView, owner: number): number | null {
  const { items, lexicon } = view;
  const role = (k: number) => {
    const x = items[k];
    return isWord(x) && !x.cap && adjacent(view, k - 1, k) && !lexicon.pack.functionWords.has(x.base) && lexicon.cue(x.base) < lexicon.strongCue &&
      (lexicon.personRole(x.base) >= 0.05 || lexicon.head(x.base) >= 0.1);
  };
  if (role(owner + 1)) return role(owner + 2) ? owner + 2 : owner + 1;
  const modifier = items[owner + 1];
  if (isWord(modifier) && !modifier.cap && adjacent(view, owner, owner + 1) && !lexicon.pack.functionWords.has(modifier.base) && lexicon.cue(modifier.base) < lexicon.strongCue && role(owner + 2)) return owner + 2;
  return null;
}

/** "a spokesperson for Operation Clear Sky": a name in the complement of a description belongs to it. */
function complementHolder(view: ArticleView, chosen: number): number | null {
  const { items, lexicon } = view;
  const runFrom = view.runStart[chosen]! >= 0 ? view.runStart[chosen]! : chosen;
  const holderBefore = (k: number) => {
    const preposition = items[k];
    const noun = items[k - 1];
    // German capitalises the noun ("der Sprecher der Feuerwehr"); so does a sentence's start ("Officials at the…").
    if (!isWord(preposition) || !lexicon.pack.ofWords.has(preposition.base) || !isWord(noun) || (noun.cap && !lexicon.pack.capitalisedNouns && !sentenceInitial(view, k - 1))) return null;
    return lexicon.personRole(noun.base) >= 0.05 || lexicon.head(noun.base) >= 0.1 ? k - 1 : null;
  };
  const k = runFrom - 1;
  if (!isWord(items[k]) || !lexicon.pack.determiners.has(items[k]!.base)) return holderBefore(k);
  // After a determiner: "for the campaign"; or the determiner is the genitive itself ("der Feuerwehr").
  return holderBefore(k - 1) ?? (lexicon.pack.capitalisedNouns ? holderBefore(k) : null);
}

export function mentionAt(view: ArticleView, chosen: number): Mention {
  if (!view.items[chosen]!.cap) return mentionHeadedBy(view, compoundHead(view, chosen));
  const plain = mentionHeadedBy(view, phraseHead(view, chosen));
  // A body in the complement hands over to the description; a person's name stays the name
  // ("the minister of defence Jane Doe" is Jane Doe).
  const holder = complementHolder(view, chosen);
  const personName = plain.kind === 'name' && !plain.organisation && plain.nameTo - plain.nameFrom >= 2;
  return holder !== null && !personName ? mentionHeadedBy(view, holder) : plain;
}

function mentionHeadedBy(view: ArticleView, head: number): Mention {
  const { items, lexicon } = view;
  const it = items[head]!;
  // A relative pronoun ("…, who said") stands for the words before it, as a pronoun does.
  if (lexicon.pronoun(it.base) || relativeSubject(view, head)) {
    return { kind: 'pronoun', from: head, to: head + 1, nameFrom: head, nameTo: head + 1, head, indefinite: false, gender: null, organisation: false };
  }
  if (it.cap && view.runStart[head]! >= 0 && !capitalisedNoun(view, head)) {
    // A sentence's capitalised first word that is, in lower case, a word of attribution ("Laut",
    // "Selon", "Ifølge") introduces the name after it: it is not part of it.
    const runStart = view.runStart[head]!;
    const opener = runStart < head && lexicon.cue(items[runStart]!.base) >= CUE_NOT_HEAD && sentenceInitial(view, runStart);
    const runFrom = opener ? runStart + 1 : runStart;
    // The name starts after the last role, honorific or modifier printed in its run
    // ("Secretary of State Jane Doe", "Solingens Bürgermeister Tim Kurzbach").
    let nameFrom = runFrom;
    for (let k = runFrom; k < head; k++) if (items[k]!.cap && leadsName(view, k)) nameFrom = k + 1;
    // "Minister of Transport Jane Doe" in languages that capitalise the domain ("ministre des
    // Transports Jane Doe"), and German role nouns ("Stadtbaurat Jane Doe"): a long run after a
    // role keeps its last two words as the name, unless it opens with a known given name.
    // "Councillor Jane Doe", "Detective Sergeant Jane Doe": a known given name starts the name.
    for (let k = nameFrom + 1; k < head; k++) {
      if (items[k]!.cap && lexicon.givenName(stripDot(items[k]!.base)) && !lexicon.givenName(stripDot(items[nameFrom]!.base))) {
        nameFrom = k;
        break;
      }
    }
    const longRun = head - nameFrom >= 2 && !lexicon.givenName(stripDot(items[nameFrom]!.base));
    const afterRole = (isWord(items[runFrom - 1]) && lexicon.pack.ofWords.has(items[runFrom - 1]!.base)) || lexicon.pack.capitalisedNouns;
    if (longRun && afterRole && !particleInside(view, nameFrom, head)) nameFrom = head - 1;
    const last = stripDot(it.base);
    const allCommon = nameFrom === head && leadsName(view, head);
    // "Ministry of Defence", "Bank of Ostland": a body joined to its domain (a role joined to its domain is a title).
    // The domain ends the run: "Secretary of State Jane Doe" goes on to a person's name.
    let joinedBody = false;
    for (let k = runFrom + 1; k < head; k++) {
      if (!items[k]!.cap && lexicon.pack.ofWords.has(items[k]!.base) && lexicon.personRole(items[k - 1]!.base) < 0.05 && !lexicon.pack.honorifics.has(items[k - 1]!.base) && head - k <= 2) joinedBody = true;
    }
    const organisation = allCommon || joinedBody || (lexicon.common(last) && !lexicon.givenName(last) && head > runFrom);
    // A run made of roles only ("the President") is a description; an organisation keeps its whole name.
    if (organisation) nameFrom = firstNonHonorific(view, runFrom, head);
    const from = descriptionStart(view, runFrom);
    const description = allCommon && (!organisationName(view, runFrom, head) || definiteBefore(view, runFrom));
    return {
      kind: description ? 'description' : 'name',
      from,
      // A description keeps its complement ("Officials at the Ministry of Water").
      to: description ? descriptionEnd(view, head) : head + 1,
      nameFrom,
      nameTo: head + 1,
      head,
      indefinite: from < runFrom && lexicon.pack.indefinite.has(items[from]!.base),
      gender: genderOfWords(view, from, nameFrom),
      organisation,
    };
  }
  const from = descriptionStart(view, head);
  const determiner = items[from]!;
  const indefinite = lexicon.pack.indefinite.has(determiner.base) || (from === head && /s$/.test(it.base));
  return { kind: 'description', from, to: descriptionEnd(view, head), nameFrom: head, nameTo: head + 1, head, indefinite, gender: genderOfWords(view, from, head + 1), organisation: false };
}

/** German prints every noun capitalised: after a determiner, or when it ends in a role noun ("SPD-Vertreter"), it is one. */
function capitalisedNoun(view: ArticleView, head: number): boolean {
  const { lexicon, items } = view;
  if (!lexicon.pack.capitalisedNouns) return false;
  const base = items[head]!.base;
  if ([...lexicon.pack.sourceHeads].some((w) => base.endsWith(w))) return true;
  const before = items[view.runStart[head]! - 1];
  return isWord(before) && lexicon.pack.determiners.has(before.base) && view.runStart[head] === head;
}

/** "the Ministry", "the Committee": one common noun after "the" describes a body; it does not name it. */
function definiteBefore(view: ArticleView, runFrom: number): boolean {
  const before = view.items[runFrom - 1];
  return isWord(before) && view.lexicon.pack.determiners.has(before.base) && !view.lexicon.pack.indefinite.has(before.base) && view.runEnd[runFrom] === runFrom;
}

function particleInside(view: ArticleView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!view.items[k]!.cap) return true;
  return false;
}

function firstNonHonorific(view: ArticleView, from: number, to: number): number {
  let k = from;
  while (k < to && view.lexicon.pack.honorifics.has(stripDot(view.items[k]!.base))) k++;
  return k;
}

/** A run of common words that still names one body: "White House", "Supreme Court" (two words or more, after no determiner "a"). */
function organisationName(view: ArticleView, from: number, to: number): boolean {
  return to > from && !view.lexicon.pack.indefinite.has(view.items[from - 1]?.base ?? '');
}

/** Walks left over the modifiers of a description to its determiner (included). */
export function descriptionStart(view: ArticleView, head: number): number {
  const { items, lexicon } = view;
  let from = head;
  for (let k = head - 1, n = 0; k >= 0 && n < MAX_DESCRIPTION_WORDS; k--, n++) {
    const x = items[k]!;
    if (!isWord(x) || !adjacentOrHyphen(view, k, k + 1)) break;
    if (lexicon.pack.determiners.has(x.base)) return k;
    if (x.possessive) {
      from = k;
      continue;
    }
    // A verb of saying ends it, also one that opens the sentence in capitals ("Ifølge politiet").
    if (lexicon.pack.functionWords.has(x.base) || lexicon.pronoun(x.base) || cueAt(view, k) >= lexicon.strongCue) break;
    from = k;
  }
  return from;
}

function adjacentOrHyphen(view: ArticleView, a: number, b: number): boolean {
  return adjacent(view, a, b) || /^[-\u2010\u2011]$/.test(view.text.slice(view.items[a]!.end, view.items[b]!.start));
}

/** "a spokesman for the campaign", "officials familiar with the talks": the complement after the head. */
function descriptionEnd(view: ArticleView, head: number): number {
  const { items, lexicon } = view;
  const to = head + 1;
  const next = items[to];
  if (adjectiveWithComplement(view, to)) return complementEnd(view, to + 1);
  // German "der" right after a noun is its genitive ("der Sprecher der Feuerwehr"); as a relative
  // pronoun it would follow a comma.
  const genitive = lexicon.pack.capitalisedNouns && isWord(next) && lexicon.pack.ofWords.has(next.base);
  if (!isWord(next) || !lexicon.pack.functionWords.has(next.base) || (lexicon.pack.clauseWords.has(next.base) && !genitive)) return to;
  if (!/^(?:for|of|at|with|from|in|de|du|des|von|der|fur|bei)$/.test(next.base)) return to;
  return complementEnd(view, to);
}

/** "a source close to the talks", "officials familiar with the plan": item `k` is an adjective, then its complement. */
function adjectiveWithComplement(view: ArticleView, k: number): boolean {
  const { items, lexicon } = view;
  const word = items[k];
  const preposition = items[k + 1];
  return isWord(word) && !word.cap && !lexicon.pack.functionWords.has(word.base) && lexicon.cue(word.base) < lexicon.strongCue &&
    isWord(preposition) && lexicon.pack.functionWords.has(preposition.base) && !lexicon.pack.determiners.has(preposition.base) && !lexicon.pack.clauseWords.has(preposition.base) &&
    !lexicon.pack.pronouns.has(preposition.base) && !lexicon.pack.ofWords.has(preposition.base) && isWord(items[k + 2]) && lexicon.pack.determiners.has(items[k + 2]!.base);
}

/** The end of a prepositional complement that starts after item `from`. */
function complementEnd(view: ArticleView, from: number): number {
  const { items, lexicon } = view;
  let end = from;
  for (let k = from + 1, n = 0; k < items.length && n < 6; k++, n++) {
    const x = items[k]!;
    if (!isWord(x) || lexicon.pack.clauseWords.has(x.base) || (!x.cap && lexicon.cue(x.base) >= lexicon.strongCue)) break;
    // The complement ends on a content word, never on an auxiliary or an article, and before
    // a second preposition ("a spokesman for the ministry on Monday").
    const functional = lexicon.pack.functionWords.has(x.base);
    if (functional && end > from && !lexicon.pack.determiners.has(x.base) && !lexicon.pack.ofWords.has(x.base)) break;
    if (!functional) end = k + 1;
  }
  return end;
}

/** How many words a noun phrase may run on past a chosen word to the name it ends in. */
const PHRASE_REACH = 6;

/**
 * The person's name a chosen word's noun phrase ends in: "retired army general Jane Doe",
 * "campaign spokesman Jane Doe" and "Acme lawyer Jane Doe" end in Doe. Every word of one phrase
 * names one speaker, so their chances add up to one answer rather than rivals. Walks right over
 * capitalised words and role or source nouns printed next to each other; a punctuation mark,
 * a function word or a possessive inside the phrase ends it. `chosen` itself when it ends in no person's name.
 */
export function phraseName(view: ArticleView, chosen: number): number {
  const { items, lexicon } = view;
  // A word of the aside or the complement after a name ("Jane Doe (D-Ohio)", "Jane Doe of Acme") stands for that name.
  const leader = coordinationLeader(view, chosen);
  if (leader >= 0) return leader;
  const owner = nameOwner(view, chosen);
  if (owner >= 0) {
    const m = mentionHeadedBy(view, owner);
    if (m.kind === 'name' && !m.organisation) return owner;
  }
  let end = chosen;
  // A lower-case word the lexicon does not know as a role ("councillor" in a US-trained lexicon)
  // may still be one, but only where the name is the subject of a verb of saying right after it:
  // "Acme councillor Jane Doe said" (or "said Acme councillor Jane Doe"). A verb there ("Acme
  // praised Jane Doe") would leave "said" without a subject.
  let firstUnknown = -1;
  for (let k = chosen + 1; k < items.length && k - chosen <= PHRASE_REACH; k++) {
    const x = items[k]!;
    // A possessive opens the phrase ("Acme's chief Jane Doe"); inside it, it ends one.
    if (!isWord(x) || !adjacent(view, k - 1, k) || (items[k - 1]!.possessive && k - 1 > chosen)) break;
    if (lexicon.pack.functionWords.has(x.base) || lexicon.pronoun(x.base)) break;
    if (!x.cap && lexicon.cue(x.base) >= lexicon.strongCue) break;
    if (!x.cap && lexicon.personRole(x.base) < 0.05 && lexicon.head(x.base) < 0.1 && firstUnknown < 0) firstUnknown = k;
    end = k;
  }
  while (end > chosen && !(items[end]!.cap && view.runEnd[end] === end)) end--;
  if (end === chosen) return chosen;
  const cueNextTo = (k: number, beside: number) => {
    const x = items[k];
    return isWord(x) && adjacent(view, Math.min(k, beside), Math.max(k, beside)) && !x.cap && lexicon.cue(x.base) >= lexicon.strongCue;
  };
  // "said Acme Local 12 President Jane Doe" too: the verb of saying may stand before the phrase.
  const phraseFrom = view.runStart[chosen]! >= 0 ? view.runStart[chosen]! : chosen;
  // Only a word inside the phrase counts: the verb after the name ("Jane Doe praised") is no role.
  const unknownWord = firstUnknown >= 0 && firstUnknown < end;
  if (unknownWord && !cueNextTo(end + 1, end) && !cueNextTo(phraseFrom - 1, phraseFrom)) return chosen;
  const m = mentionHeadedBy(view, end);
  return m.kind === 'name' && !m.organisation ? end : chosen;
}

/**
 * "Jane Doe and her team wrote": a second subject that is the first one's own people (a
 * possessive, then a noun) is led by the first: the name before "and". Else -1.
 */
function coordinationLeader(view: ArticleView, i: number): number {
  const { items, lexicon } = view;
  const possessive = items[i - 1];
  const and = items[i - 2];
  const name = i - 3;
  if (items[i]!.cap || !isWord(possessive) || !lexicon.pack.possessives.has(possessive.base) || !isWord(and) || !lexicon.pack.and.has(and.base)) return -1;
  const it = items[name];
  if (!isWord(it) || !it.cap || view.runEnd[name] !== name || it.possessive || !adjacent(view, name, i - 2) || !adjacent(view, i - 2, i - 1) || !adjacent(view, i - 1, i)) return -1;
  const m = mentionHeadedBy(view, name);
  return m.kind === 'name' && !m.organisation ? name : -1;
}

/**
 * The person's name that word `i` stands for as part of its phrase: a word of the parenthesis
 * after the name ("Jane Doe (D-Ohio)"), or the place or body in its complement ("Jane Doe of
 * Acme"). Else -1.
 */
function nameOwner(view: ArticleView, i: number): number {
  const { items } = view;
  const isName = (k: number) => isWord(items[k]) && items[k]!.cap && view.runEnd[k] === k && !items[k]!.possessive;
  const runFrom = view.runStart[i]! >= 0 ? view.runStart[i]! : i;
  if (items[i]!.cap && view.runEnd[i] === i && runFrom >= 2 && isName(runFrom - 2) && nameComplementEnd(view, runFrom - 2) === i) return runFrom - 2;
  for (let k = i - 1; k >= 0 && k >= i - ASIDE_REACH; k--) {
    const x = items[k]!;
    if (x.kind === 'word' || (x.kind === 'punct' && x.text !== '(' && x.text !== ')')) continue;
    if (x.text !== '(') return -1;
    const owner = k - 1;
    return isName(owner) && asideAfter(view, owner) > i ? owner : -1;
  }
  return -1;
}
const ASIDE_REACH = 5;

/** The mention a candidate word stands for: the one its noun phrase's name heads, else its own. */
export function phraseMention(view: ArticleView, chosen: number): Mention {
  return mentionAt(view, phraseName(view, chosen));
}
