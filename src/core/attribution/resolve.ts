// From a mention to an identity. Names: a listed entity when the entity list names it there,
// else the fullest form of the name the article gives ("Doe" and "Ms. Doe" are Jane Doe). Pronouns:
// the person the text last put forward whose gender fits, or nobody when two fit. Descriptions:
// the name printed beside them ("Jane Doe, the spokeswoman,"), the one person given that role
// earlier, else an anonymous source described in the text's words.

import type { EntityCatalog } from '../entities/catalog.ts';
import type { ResolvedMention } from '../entities/resolve-mentions.ts';
import { foldWord } from '../text/word-forms.ts';
import type { Identity } from './identity.ts';
import type { Gender } from './language-pack.ts';
import { genderOfWords, mentionAt, type Mention } from './mention.ts';
import { afterPreposition, appositionRole, inApposition, inRelativeClause, roleWordsAround } from './positions.ts';
import { adjacent, isWord, relativeSubject, type ArticleView } from './view.ts';
import { canHead } from './candidates.ts';

export interface Resolution {
  identity: Identity | null;
  /** How far the resolution itself is trusted (1: the text names the speaker right there). */
  factor: number;
  /** Where the identity is named in full, when the mention itself does not name it. */
  namedAt: { start: number; end: number } | null;
}

interface NameRun {
  /** Items of the name part [from, to). */
  from: number;
  to: number;
  words: string[];
  text: string;
  organisation: boolean;
  sentence: number;
  identity: Identity;
  /** A name the entity list gives several people, and the text does not tell which. */
  undecided?: boolean;
}

/** How often a noun must name sources for an unresolved definite description of it to be an unnamed source. */
const ANONYMOUS_HEAD = 0.2;
/** How often a noun must head people's roles for a definite description of it to point back to someone. */
const PERSON_ROLE = 0.05;
/** How many sentences back a description or a shared name looks for whom it names. */
const LOOKBACK = 40;
/** How many sentences back "the official" looks for "a senior official". */
const SOURCE_REACH = 15;
/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_REACH = 4;

export class Resolver {
  private readonly runs: NameRun[] = [];
  private readonly identities = new Map<string, Identity>();
  /** Shared aliases (a bare surname) this resolution decided, by offset: the entity list's mentions follow them. */
  readonly namesakes = new Map<number, string>();
  /** Indexes (every lookup is bounded, so that no text costs more than linear time). */
  private readonly hitAt = new Map<number, ResolvedMention>();
  private readonly bySurname = new Map<string, NameRun[]>();
  private readonly leaders = new Map<number, NameRun>();
  private readonly bySentence = new Map<number, NameRun[]>();
  private readonly byIdentity = new Map<Identity, NameRun[]>();
  private readonly runAtItem = new Map<number, NameRun>();
  private readonly spokeIn = new Map<number, { identity: Identity; item: number }[]>();
  private readonly spoken = new Set<Identity>();
  /** Speakers attributed so far, in reading order. */
  private readonly speakers: { identity: Identity; item: number }[] = [];

  constructor(
    private readonly view: ArticleView,
    private readonly catalog: EntityCatalog,
    private readonly listed: ResolvedMention[],
  ) {
    this.indexHits();
    this.collectRuns();
    this.indexRuns();
  }

  /** The entity list's mention covering each word, in one pass over both. */
  private indexHits() {
    const { items } = this.view;
    const hits = [...this.listed].sort((a, b) => a.start - b.start);
    let h = 0;
    items.forEach((it, i) => {
      if (it.kind !== 'word') return;
      while (h < hits.length && hits[h]!.end <= it.start) h++;
      for (let k = h; k < hits.length && hits[k]!.start < it.end; k++) {
        if (hits[k]!.ids.length > 0 && hits[k]!.end > it.start) {
          this.hitAt.set(i, hits[k]!);
          break;
        }
      }
    });
  }

  private indexRuns() {
    for (const r of this.runs) {
      (this.bySentence.get(r.sentence) ?? this.bySentence.set(r.sentence, []).get(r.sentence)!).push(r);
      (this.byIdentity.get(r.identity) ?? this.byIdentity.set(r.identity, []).get(r.identity)!).push(r);
      for (let k = r.from; k < r.to; k++) this.runAtItem.set(k, r);
    }
  }

  /** Runs of the sentences [from, to], in order. */
  private runsIn(from: number, to: number): NameRun[] {
    const out: NameRun[] = [];
    for (let s = Math.max(0, from); s <= to; s++) out.push(...(this.bySentence.get(s) ?? []));
    return out;
  }

  private ensure(identity: Omit<Identity, 'roleWords'>): Identity {
    let found = this.identities.get(identity.key);
    if (!found) {
      found = { ...identity, roleWords: new Set() };
      this.identities.set(identity.key, found);
    }
    if (!found.gender && identity.gender) found.gender = identity.gender;
    return found;
  }

  private listedAt(from: number, to: number): Identity | null {
    let hit: ResolvedMention | undefined;
    for (let k = from; k < to && !hit; k++) hit = this.hitAt.get(k);
    if (!hit) return null;
    // A shared alias goes to a namesake only on evidence; without it the name stays as printed.
    const id = hit.ids.length > 1 ? this.leadingNamesake(hit.ids, from) : hit.id;
    if (!id) return null;
    if (hit.ids.length > 1) this.namesakes.set(hit.start, id);
    const record = this.catalog.records.get(id);
    if (!record) return null;
    const given = this.view.lexicon.givenName(foldWord(record.name.split(/\s+/)[0] ?? ''));
    return this.ensure({
      key: record.id,
      name: record.name,
      id: record.id,
      anonymous: false,
      kind: record.kind === 'person' ? 'person' : 'organisation',
      role: record.role,
      gender: given === 'm' || given === 'f' ? given : null,
    });
  }

  private sharedAlias(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((this.hitAt.get(k)?.ids.length ?? 0) > 1) return true;
    return false;
  }

  /**
   * A name several listed entities share (a bare surname): the namesake who last led a sentence
   * (its first named person), rather than one named in passing ("the brother of the late X").
   */
  private leadingNamesake(ids: string[], before: number): string | null {
    const spoke = [...new Set([...this.spoken].filter((x) => x.id && ids.includes(x.id)).map((x) => x.id!))];
    if (spoke.length === 1) return spoke[0]!;
    const sentence = this.view.sentenceOf[before]!;
    const leaders = new Set<string>();
    for (let s = sentence; s >= Math.max(0, sentence - LOOKBACK); s--) {
      const r = this.leaders.get(s);
      if (r && r.to <= before && ids.includes(r.identity.id!)) leaders.add(r.identity.id!);
    }
    return leaders.size === 1 ? [...leaders][0]! : null;
  }

  /** Every name in the article, in order, with the fullest form met so far. */
  private collectRuns() {
    const { view } = this;
    const { items } = view;
    for (let i = 0; i < items.length; i++) {
      if (view.runEnd[i] !== i) continue;
      const m = mentionAt(view, i);
      if (m.kind !== 'name' || m.nameTo <= m.nameFrom) continue;
      const words: string[] = [];
      for (let k = m.nameFrom; k < m.nameTo; k++) words.push(items[k]!.base.replace(/\.$/, ''));
      const text = view.text.slice(items[m.nameFrom]!.start, items[m.nameTo - 1]!.end - (items[m.nameTo - 1]!.possessive ? possessiveLength(items[m.nameTo - 1]!.text) : 0));
      const identity = this.listedAt(m.nameFrom, m.nameTo) ?? this.nameIdentity(words, text, m, i);
      const undecided = !identity.id && this.sharedAlias(m.nameFrom, m.nameTo);
      for (const w of roleWordsAround(view, m)) identity.roleWords.add(w);
      if (!identity.role && !identity.id) identity.role = appositionRole(view, m);
      this.addRun({ from: m.nameFrom, to: m.nameTo, words, text, organisation: m.organisation, sentence: view.sentenceOf[i]!, identity, undecided });
    }
    const covered = new Set<number>();
    for (const r of this.runs) for (let k = r.from; k < r.to; k++) covered.add(k);
    // Listed entities the entity list finds under a description ("the US secretary of state").
    const firstItem = new Map<ResolvedMention, number>();
    for (const [i, hit] of this.hitAt) if (!firstItem.has(hit) || firstItem.get(hit)! > i) firstItem.set(hit, i);
    for (const [hit, from] of firstItem) {
      if (!hit.id) continue;
      let to = from;
      while (to < items.length && items[to]!.kind === 'word' && items[to]!.end <= hit.end) to++;
      let overlaps = false;
      for (let k = from; k < to; k++) if (covered.has(k)) overlaps = true;
      if (to === from || overlaps) continue;
      const identity = this.listedAt(from, to);
      if (!identity) continue;
      const words: string[] = [];
      for (let k = from; k < to; k++) words.push(items[k]!.base);
      this.runs.push({ from, to, words, text: view.text.slice(hit.start, hit.end), organisation: identity.kind !== 'person', sentence: view.sentenceOf[from]!, identity });
    }
    this.runs.sort((a, b) => a.from - b.from);
  }

  private addRun(r: NameRun) {
    this.runs.push(r);
    if (r.words.length > 1 && !r.organisation) {
      const surname = r.words[r.words.length - 1]!;
      (this.bySurname.get(surname) ?? this.bySurname.set(surname, []).get(surname)!).push(r);
    }
    if (r.identity.id && r.identity.kind === 'person' && !this.leaders.has(r.sentence)) this.leaders.set(r.sentence, r);
  }

  private nameIdentity(words: string[], text: string, m: Mention, at: number): Identity {
    if (m.organisation) return this.ensure({ key: `o:${words.join(' ')}`, name: text, id: null, anonymous: false, kind: 'organisation', role: null, gender: null });
    const full = words.length === 1 ? this.fullName(words[0]!, at) : null;
    const given = this.view.lexicon.givenName(words[0]!);
    const gender = m.gender ?? (given === 'm' || given === 'f' ? given : null);
    if (full) {
      if (gender && !full.identity.gender) full.identity.gender = gender;
      return full.identity;
    }
    return this.ensure({ key: `n:${words.join(' ')}`, name: text, id: null, anonymous: false, kind: 'person', role: null, gender });
  }

  /**
   * The full name ending in this surname. Several people share it: the one who spoke, or was
   * the subject of a verb of saying ("Jane Doe told…"); if that does not tell them apart, nobody.
   */
  private fullName(surname: string, before: number): NameRun | null {
    const all = (this.bySurname.get(surname) ?? []).filter((r) => r.to <= before);
    const people = [...new Set(all.map((r) => r.identity))];
    if (people.length <= 1) return all[all.length - 1] ?? null;
    const spoke = all.filter((r) => this.spoken.has(r.identity) || this.saysNext(r));
    const speaking = [...new Set(spoke.map((r) => r.identity))];
    return speaking.length === 1 ? spoke[spoke.length - 1]! : null;
  }

  /** A name followed by a verb of saying ("Jane Doe told a news conference"). */
  private saysNext(r: NameRun): boolean {
    const { items, lexicon } = this.view;
    for (let k = r.to, n = 0; k < items.length && n < 3; k++, n++) {
      const it = items[k]!;
      if (it.kind !== 'word') return false;
      if (!it.cap && lexicon.cue(it.base) >= lexicon.strongCue) return true;
      if (!lexicon.pack.functionWords.has(it.base)) return false;
    }
    return false;
  }

  private runAt(item: number): NameRun | undefined {
    return this.runAtItem.get(item);
  }

  /** Where the article names an identity (the name part of each of its runs). */
  mentionsOf(identity: Identity): { start: number; end: number }[] {
    return (this.byIdentity.get(identity) ?? []).map((r) => {
      const last = this.view.items[r.to - 1]!;
      const span = this.span(r.from, r.to);
      return last.possessive ? { ...span, end: span.end - possessiveLength(last.text) } : span;
    });
  }

  /**
   * Named as a person beyond doubt: a full name, an honorific, a gender, a role, or the entity list.
   * A lone capitalised word ("Monday", "RTL", a German noun) does not compete as an antecedent.
   */
  private personLike(identity: Identity): boolean {
    if (identity.kind !== 'person' || identity.anonymous) return false;
    if (identity.id || identity.gender || identity.key.slice(2).includes(' ')) return true;
    return [...identity.roleWords].some((w) => this.view.lexicon.personRole(w) >= PERSON_ROLE);
  }

  noteSpeaker(identity: Identity, item: number) {
    this.speakers.push({ identity, item });
    this.spoken.add(identity);
    const s = this.view.sentenceOf[item]!;
    (this.spokeIn.get(s) ?? this.spokeIn.set(s, []).get(s)!).push({ identity, item });
  }

  resolve(m: Mention): Resolution {
    // The entity list names it there ("America's top diplomat", "the chancellor" in its own story).
    if (m.kind !== 'pronoun') {
      // The entity list's mention must cover the head: "the leader of Jane Doe's party" is not
      // Jane Doe; nor is "Acme spokesman Jane Doe" Acme: a name is looked up by its own words.
      const listed = m.kind === 'description' ? this.listedAt(m.head, m.head + 1) : this.listedAt(m.nameFrom, m.nameTo);
      if (listed) return { identity: listed, factor: 1, namedAt: null };
    }
    if (m.kind === 'name') return this.resolveName(m);
    if (m.kind === 'pronoun') return this.resolvePronoun(m);
    return this.resolveDescription(m);
  }

  private resolveName(m: Mention): Resolution {
    const run = this.runAt(m.head);
    // "Massoud" when the entity list holds several Massouds and nothing says which: nobody, not half a name.
    if (!run || run.undecided) return { identity: null, factor: 0, namedAt: null };
    const spelled = run.identity.name !== run.text;
    const named = spelled ? (this.byIdentity.get(run.identity) ?? []).find((r) => r.words.length > run.words.length) : undefined;
    return { identity: run.identity, factor: 1, namedAt: named ? this.span(named.from, named.to) : null };
  }

  private span(from: number, to: number) {
    return { start: this.view.items[from]!.start, end: this.view.items[to - 1]!.end };
  }

  private resolvePronoun(m: Mention): Resolution {
    // "Jane Doe, who said": who the words before the comma name.
    if (relativeSubject(this.view, m.head)) {
      const before = m.head - 2;
      if (!canHead(this.view, before)) return { identity: null, factor: 0, namedAt: null };
      const antecedent = mentionAt(this.view, before);
      const r = this.resolve(antecedent);
      // Where the person is named: the words before the comma, unless they are a pronoun themselves.
      const named = antecedent.kind === 'pronoun' ? null : this.span(antecedent.from, antecedent.to);
      return r.identity ? { ...r, namedAt: r.namedAt ?? named } : r;
    }
    const identity = this.antecedent(m.head, 0);
    return identity ? { identity, factor: 0.9, namedAt: this.namedSpan(identity, m.head) } : { identity: null, factor: 0, namedAt: null };
  }

  /** Resolved pronouns, by item: a pronoun that opens a sentence stands for its subject there. */
  private readonly pronounMemo = new Map<number, Identity | null>();

  /**
   * Who a third-person pronoun stands for. The speaker just quoted, when nobody else was named
   * since; else, sentence by sentence back: the one who fits; when several fit, the one of the
   * right gender, or the one standing as a subject (not after a preposition, not in an
   * apposition, or a pronoun already resolved). Inside the pronoun's own sentence only subjects
   * count ("Together with Doe, he…" is not Doe). Two such: nobody.
   */
  private antecedent(item: number, depth: number): Identity | null {
    if (this.pronounMemo.has(item)) return this.pronounMemo.get(item)!;
    const { view } = this;
    const word = view.items[item]!;
    const info = view.lexicon.pronoun(word.base);
    if (!info || info.person !== 3 || depth > 3) return null;
    const sentence = view.sentenceOf[item]!;
    const fits = (identity: Identity) =>
      info.plural
        ? identity.kind !== 'person'
        : info.gender === null && word.base === 'it'
          ? identity.kind === 'organisation'
          : (this.personLike(identity) || (identity.anonymous && identity.kind === 'person') || (info.gender === null && identity.kind === 'organisation') || (identity.kind === 'person' && this.spoken.has(identity))) && (!info.gender || !identity.gender || identity.gender === info.gender);

    let chosen: Identity | null = null;
    const last = this.speakers[this.speakers.length - 1];
    // Named since, as a rival: not a possessor or a name after a preposition ("on Doe's plane").
    const namedSince = last && sentence - view.sentenceOf[last.item]! <= PRONOUN_REACH ? this.runsIn(view.sentenceOf[last.item]!, sentence).filter((r) => r.to > last.item && r.from < item && fits(r.identity) && r.identity !== last.identity && !view.items[r.to - 1]!.possessive && !afterPreposition(view, r.from)) : [];
    if (last && last.item < item && fits(last.identity) && sentence - view.sentenceOf[last.item]! <= PRONOUN_REACH && namedSince.length === 0) chosen = last.identity;
    for (let s = sentence, d = 0; !chosen && s >= 0 && d <= PRONOUN_REACH; s--, d++) {
      const candidates: { identity: Identity; subject: boolean; main: boolean }[] = (this.bySentence.get(s) ?? [])
        .filter((r) => r.to <= item && !r.undecided && fits(r.identity))
        .map((r) => ({ identity: r.identity, subject: !afterPreposition(view, r.from) && !inApposition(view, r) && !inRelativeClause(view, r.from), main: !afterPreposition(view, r.from) && !inRelativeClause(view, r.from) }));
      // Who spoke in that sentence stands as its subject ("the official told reporters").
      for (const x of this.spokeIn.get(s) ?? []) if (x.item < item && fits(x.identity)) candidates.push({ identity: x.identity, subject: true, main: true });
      // Subject pronouns earlier in that sentence carry their own antecedent.
      const sent = view.sentences[s]!;
      for (let k = sent.from; k < Math.min(sent.to, item); k++) {
        const it = view.items[k]!;
        const p = it.kind === 'word' ? view.lexicon.pronoun(it.base) : undefined;
        if (!p?.subject || p.person !== 3 || afterPreposition(view, k)) continue;
        const resolved = this.antecedent(k, depth + 1);
        if (resolved && fits(resolved)) candidates.push({ identity: resolved, subject: true, main: true });
      }
      const pool = s === sentence ? candidates.filter((c) => c.subject) : candidates;
      const distinct = [...new Set(pool.map((c) => c.identity))];
      if (distinct.length === 0) continue;
      if (distinct.length === 1) chosen = distinct[0]!;
      else {
        const gendered = info.gender ? distinct.filter((x) => x.gender === info.gender) : [];
        const subjects = [...new Set(pool.filter((c) => c.subject).map((c) => c.identity))];
        // No clear subject: the one name of the main clause ("…, Jane Doe, whose son John Doe leads…, said").
        const main = [...new Set(pool.filter((c) => c.main).map((c) => c.identity))];
        chosen = gendered.length === 1 ? gendered[0]! : subjects.length === 1 ? subjects[0]! : subjects.length === 0 && main.length === 1 ? main[0]! : null;
        break;
      }
    }
    if (chosen) this.learnGender(chosen, info.gender);
    this.pronounMemo.set(item, chosen);
    return chosen;
  }

  private learnGender(identity: Identity, gender: Gender | null) {
    if (gender && !identity.gender && identity.kind === 'person') identity.gender = gender;
  }

  /** Where an identity is last named in full before `item`. */
  private namedSpan(identity: Identity, item: number) {
    let found: NameRun | null = null;
    for (const r of this.byIdentity.get(identity) ?? []) if (r.to <= item) found = r;
    return found ? this.span(found.from, found.to) : null;
  }

  /**
   * A definite description of a person ("the minister", "der SPD-Vertreter", "the billionaire")
   * points back to someone already named: the one person given that role, else the one person
   * named in the last two sentences or just quoted. Two candidates: nobody.
   */
  private fittingRole(m: Mention): Identity | 'ambiguous' | null {
    const { view } = this;
    const { items, lexicon } = view;
    const head = items[m.head]!.base;
    const words = new Set<string>();
    for (let k = m.from; k < m.to; k++) if (isWord(items[k]) && !lexicon.pack.functionWords.has(items[k]!.base)) words.add(items[k]!.base);
    const sameWord = (w: string, x: string) => w === x || (w.length >= 5 && x.length >= 5 && (x.endsWith(w) || w.endsWith(x)));
    // The noun, or (for a noun of people's roles) a word qualifying it: "the Riverside boss" after "Riverside coach Jane Doe".
    const personNoun = lexicon.personRole(head) >= PERSON_ROLE || lexicon.head(head) >= ANONYMOUS_HEAD;
    const fits = (identity: Identity) => identity.kind === 'person' && [...identity.roleWords].some((w) => sameWord(w, head) || (personNoun && [...words].some((x) => x !== head && sameWord(w, x))));
    const sentenceHere = view.sentenceOf[m.head]!;
    const before = this.runsIn(sentenceHere - LOOKBACK, sentenceHere).filter((r) => r.to <= m.from && !r.organisation);
    const byRole = [...new Set(before.filter((r) => fits(r.identity)).map((r) => r.identity))];
    if (byRole.length === 1) return byRole[0]!;
    if (byRole.length > 1) return 'ambiguous';
    // Only nouns of people's roles point back to someone by themselves.
    if (lexicon.personRole(head) < PERSON_ROLE || items[m.from]!.possessive || lexicon.pack.possessives.has(items[m.from]!.base)) return null;
    const sentence = view.sentenceOf[m.head]!;
    const recent = [...new Set(before.filter((r) => sentence - r.sentence <= 3 && this.personLike(r.identity)).map((r) => r.identity))];
    const last = this.speakers[this.speakers.length - 1];
    if (recent.length === 1) return recent[0]!;
    if (recent.length > 1) return 'ambiguous';
    if (last && last.identity.kind === 'person' && !last.identity.anonymous && sentence - view.sentenceOf[last.item]! <= 2) return last.identity;
    return null;
  }

  /** "the official" after "a senior official said": the unnamed source already met, by its noun. */
  private earlierSource(m: Mention): Identity | null {
    const { view } = this;
    const head = view.items[m.head]!.base;
    const sentence = view.sentenceOf[m.head]!;
    const found = new Set<Identity>();
    for (let k = m.from - 1; k >= 0 && sentence - view.sentenceOf[k]! <= SOURCE_REACH; k--) {
      if (view.items[k]!.kind !== 'word' || view.items[k]!.base !== head) continue;
      const earlier = mentionAt(view, k);
      if (earlier.kind !== 'description' || !earlier.indefinite) continue;
      const r = this.resolveDescription(earlier);
      if (r.identity?.anonymous) found.add(r.identity);
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /** "the ministry", "the group": the one body named before whose name holds the noun, else the last body named, for a generic noun. */
  private fittingBody(m: Mention): Identity | null {
    const { items } = this.view;
    const head = items[m.head]!.base;
    const here = this.view.sentenceOf[m.head]!;
    const bodies = this.runsIn(here - LOOKBACK, here).filter((r) => r.to <= m.from && r.identity.kind === 'organisation');
    const named = [...new Set(bodies.filter((r) => r.words.includes(head)).map((r) => r.identity))];
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
    if (!this.view.lexicon.pack.genericBodies.has(head) || bodies.length === 0) return null;
    // The one body named as a subject in the last two sentences before; two: nobody.
    const sentence = this.view.sentenceOf[m.head]!;
    const subjects = [...new Set(bodies.filter((r) => sentence - r.sentence <= 2 && !afterPreposition(this.view, r.from) && !inApposition(this.view, r)).map((r) => r.identity))];
    return subjects.length === 1 ? subjects[0]! : null;
  }

  private resolveDescription(m: Mention): Resolution {
    const { view } = this;
    const { items } = view;
    // "the minister of defence Jane Doe", "veteran media analyst Jane Doe": the name the description leads to.
    let lead = m.head + 1;
    while (lead < items.length && isWord(items[lead]) && !items[lead]!.cap && !view.lexicon.pack.functionWords.has(items[lead]!.base) && view.lexicon.cue(items[lead]!.base) < view.lexicon.strongCue && lead - m.head < 4) lead++;
    // (Only a name that ends the description: "the leader of Jane Doe's party" is not Jane Doe.)
    const inside = this.runsIn(view.sentenceOf[m.head]!, view.sentenceOf[m.head]! + 1).find((r) => ((r.from > m.head && r.to === m.to) || (view.runStart[r.from] === lead && adjacent(view, lead - 1, lead))) && !items[r.to - 1]!.possessive && this.personLike(r.identity));
    // "Jane Doe, the spokeswoman, said" / "the spokeswoman, Jane Doe, said" / "…," said the
    // spokeswoman, Jane Doe.": a closed apposition.
    const closes = (k: number) => !items[k] || items[k]!.kind === 'para' || items[k]!.kind === 'quote' || (items[k]!.kind === 'punct' && /^[,.!?;]$/.test(items[k]!.text)) || (isWord(items[k]) && !items[k]!.cap && view.lexicon.cue(items[k]!.base) >= view.lexicon.strongCue);
    const afterRun = this.runAtItem.get(m.to + 1);
    const after = items[m.to]?.text === ',' && afterRun && afterRun.from === m.to + 1 && afterRun.identity.kind === 'person' && closes(afterRun.to) ? afterRun : undefined;
    if (after) return { identity: after.identity, factor: 0.95, namedAt: null };
    const beforeRun = this.runAtItem.get(m.from - 2);
    const before = items[m.from - 1]?.text === ',' && beforeRun && beforeRun.to === m.from - 1 && beforeRun.identity.kind === 'person' && !afterPreposition(view, beforeRun.from) ? beforeRun : undefined;
    if (before) return { identity: before.identity, factor: 0.95, namedAt: null };
    if (inside) return { identity: inside.identity, factor: 0.95, namedAt: null };

    const head = items[m.head]!.base;
    const text = view.text.slice(items[m.from]!.start, items[m.to - 1]!.end);
    const words: string[] = [];
    for (let k = m.from; k < m.to; k++) if (isWord(items[k])) words.push(items[k]!.base);
    if (!m.indefinite) {
      const role = this.fittingRole(m);
      // Two people it could point to: nobody, rather than an anonymous source that is one of them.
      if (role === 'ambiguous') return { identity: null, factor: 0, namedAt: null };
      const fitting = role ?? this.earlierSource(m) ?? this.fittingBody(m);
      if (fitting) return { identity: fitting, factor: 0.85, namedAt: this.namedSpan(fitting, m.head) };
      // A definite description nobody fits names an unnamed source only when its noun is one
      // ("the official", "the spokesman"); "the 56-year-old" with nobody to point to is nobody.
      if (view.lexicon.head(head) < ANONYMOUS_HEAD || view.lexicon.pack.genericBodies.has(head)) return { identity: null, factor: 0, namedAt: null };
    }
    const plural = /s$/.test(head) && view.lexicon.english;
    const identity = this.ensure({
      key: `a:${words.join(' ')}`,
      // "A senior official" reads "a senior official"; "Jane Doe's lawyer" keeps the name's capital.
      name: lowerCaseOpener(view, m.from) ? lowerFirst(text) : text,
      id: null,
      anonymous: true,
      kind: plural ? 'group' : 'person',
      role: null,
      gender: genderOfWords(view, m.from, m.to),
    });
    return { identity, factor: m.indefinite ? 0.95 : 0.8, namedAt: null };
  }
}

/** The first word of a description is a determiner or a common word, capitalised only because it opens the sentence. */
function lowerCaseOpener(view: ArticleView, k: number): boolean {
  const it = view.items[k]!;
  return !it.cap || view.lexicon.pack.determiners.has(it.base) || (view.runEnd[k] === k && view.runStart[k] === k && !it.possessive && (view.lexicon.common(it.base) || view.lexicon.head(it.base) >= 0.1));
}

const possessiveLength = (text: string) => (/['\u2019]s$/i.test(text) ? 2 : /s['\u2019]$/.test(text) ? 1 : 0);
/** "A senior official" as a speaker's name reads "a senior official"; a name inside keeps its capitals. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}*\b/u.test(s) && !/^\p{Lu}{2}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
