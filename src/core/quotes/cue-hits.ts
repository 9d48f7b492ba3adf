// Speech verbs in a sentence and their subjects: left of the verb ("Blinken told reporters"),
// after an inverted verb ("…," said the minister; „…“, sagte Maas), through a relative pronoun
// ("Theresa May, who told MPs"), or the clause's subject for participles ("…, adding").

import { isPersonRoleHead } from '../entities/name-words.ts';
import type { Cue } from './cues.ts';
import type { Sentence } from './lex.ts';
import { CLAUSE_WORDS, COORDINATORS, leadingPhrase, leftSubject, rightSubject, type Range } from './noun-phrase.ts';
import { classifyPhrase, type Ref, type RefContext } from './refs.ts';

export interface CueHit {
  /** Item index of the verb, and of its last word ("pointed out"). */
  at: number;
  last: number;
  cue: Cue;
}

export interface Subject {
  ref: Ref;
  /** Apposition next to the subject, as printed ("a spokeswoman"). */
  appos: Range | null;
  /** Items from the subject to the verb, for the quote's `cue` field. */
  span: Range;
}

const BE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'wurde', 'wird', 'worden', 'est', 'ete', 'ble', 'blir', 'blev']);
const RELATIVE = new Set(['who', 'qui', 'som', 'which']);
const TEAM = /^(?:his|her|their|its)\s+(?:team|colleagues|co-?authors|staff|lawyers?|aides)$/i;
const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which', 'where', 'qui', 'dont', 'que', 'som', 'deren', 'dessen']);
/** A verb form after these is a noun ("his tweets", "a report", "the post"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'whose']);

export function findCues(ctx: RefContext, s: Sentence): CueHit[] {
  const out: CueHit[] = [];
  const { items, lexicon } = ctx;
  for (let i = s.from; i < s.to; i++) {
    const it = items[i]!;
    if (it.kind !== 'word') continue;
    // Capitalised only in a headline right after a quotation: 'Taliban "…", Says US Secretary Of State'.
    const afterQuote = items[i - 1]?.kind === 'quote' || (items[i - 1]?.text === ',' && items[i - 2]?.kind === 'quote');
    if (it.cap && !afterQuote) continue;
    const cue = lexicon.cues.get(it.base);
    if (!cue) continue;
    let last = i;
    if (cue.needsNext) {
      const next = items[i + 1];
      if (next?.kind !== 'word' || !cue.needsNext.has(next.base)) continue;
      last = i + 1;
    }
    const prev = items[i - 1];
    if (!cue.participle && prev?.kind === 'word' && BE.has(prev.base)) continue; // "was told", "is called"
    if (prev?.kind === 'word' && DETERMINERS.has(prev.base) && !lexicon.auxiliaries.has(prev.base)) continue; // "his tweets"
    out.push({ at: i, last, cue });
  }
  return out;
}

/** A phrase that can speak: a person, a group, an organisation, or words pointing to one. */
export function speakerLike(ref: Ref | null): ref is Ref {
  return !!ref;
}

function classify(ctx: RefContext, range: Range | null, beforeCue: boolean): Ref | null {
  return range && range.to > range.from ? classifyPhrase(ctx, range, { beforeCue }) : null;
}

/** The subject of the finite speech verb `hit` in sentence `s`, not looking left of `lo`. */
export function cueSubject(ctx: RefContext, s: Sentence, hit: CueHit, lo: number): Subject | 'coordinated' | null {
  const { items, lexicon } = ctx;
  // French inversion: "a-t-il ajouté", "dit-elle".
  for (const k of [hit.at - 1, hit.last + 1]) {
    const it = items[k];
    if (it?.inverted) {
      const ref = classify(ctx, { from: k, to: k + 1 }, true);
      if (ref) return { ref, appos: null, span: { from: Math.min(k, hit.at), to: Math.max(k, hit.last) + 1 } };
    }
  }
  // Relative clause: "…predecessor Theresa May, who told MPs".
  const before = items[hit.at - 1];
  if (before?.kind === 'word' && RELATIVE.has(before.base)) {
    let k = hit.at - 2;
    if (items[k]?.kind === 'punct' && items[k]!.text === ',') k--;
    const left = leftSubject(items, k + 1, lo, lexicon);
    if (left && left !== 'coordinated') {
      const ref = classify(ctx, left, false);
      if (speakerLike(ref)) return { ref, appos: left.appos, span: { from: left.from, to: hit.last + 1 } };
    }
    return null;
  }
  const idiom = impersonal(ctx, s, hit);
  if (idiom) return idiom;
  const left = leftSubject(items, hit.at, lo, lexicon);
  if (left === 'coordinated') return 'coordinated';
  // "Paganini and his team wrote": the named lead speaks for the team.
  if (left && items[left.from - 1]?.kind === 'word' && COORDINATORS.has(items[left.from - 1]!.base) && TEAM.test(ctx.text.slice(items[left.from]!.start, items[left.to - 1]!.end))) {
    const lead = leftSubject(items, left.from - 1, lo, lexicon);
    const ref = lead && lead !== 'coordinated' ? classify(ctx, lead, true) : null;
    if (lead && lead !== 'coordinated' && ref && (ref.kind === 'name' || ref.kind === 'entity')) return { ref, appos: null, span: { from: lead.from, to: hit.last + 1 } };
  }
  if (left) {
    let ref = classify(ctx, left, true);
    let appos = left.appos;
    // "Iran's foreign minister, Ali Akbar Salehi, says": the name may sit in the apposition.
    const orgName = ref?.kind === 'name' && ref.run.org;
    if (appos && (!ref || ref.kind === 'description' || orgName || (ref.kind === 'entity' && ctx.catalog.records.get(ref.mention.id ?? '')?.kind !== 'person'))) {
      const inner = classify(ctx, appos, true);
      if (inner && nameOnly(ctx, inner, appos)) {
        appos = { from: left.from, to: left.to };
        ref = inner;
      }
    }
    if (speakerLike(ref)) return { ref, appos, span: { from: left.from, to: hit.last + 1 } };
  }
  const postmodified = postmodifiedSubject(ctx, hit, lo);
  if (postmodified) return postmodified;
  if (!hit.cue.inverts) return null;
  let k = hit.last + 1;
  if (items[k]?.inverted) k++;
  const right = mentionPhrase(ctx, k, s.to) ?? rightSubject(items, k, s.to, lexicon);
  let ref = classify(ctx, right, true);
  let appos = right?.appos ?? null;
  // "a déclaré la Première ministre, Claire Martin,": the name sits in the apposition.
  if (right && appos && (!ref || ref.kind === 'description')) {
    const innerRange = rightSubject(items, appos.from, appos.to, lexicon);
    const inner = classify(ctx, innerRange, true);
    if (inner && innerRange && nameOnly(ctx, inner, innerRange)) {
      appos = { from: right.from, to: right.to };
      ref = inner;
    }
  }
  if (right && speakerLike(ref)) return { ref, appos, span: { from: hit.at, to: right.to } };
  return null;
}

const DEFINITE_ARTICLES = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'l', 'les']);
const POSTMODIFIERS = new Set(['close', 'familiar', 'near', 'linked', 'allied', 'loyal', 'opposed', 'with', 'from', 'at', 'in', 'for', 'of', 'inside', 'within', 'on']);

/** "A source close to the talks said": the subject is the clause's opening phrase, modifiers and all. */
function postmodifiedSubject(ctx: RefContext, hit: CueHit, lo: number): Subject | null {
  const { items, lexicon } = ctx;
  let start = hit.at - 1;
  while (start > lo && items[start - 1]!.kind === 'word') start--;
  if (items[start]?.kind !== 'word') return null;
  const lead = leadingPhrase(items, start, hit.at, lexicon);
  if (!lead || lead.to >= hit.at || hit.at - lead.to > 6 || !POSTMODIFIERS.has(items[lead.to]!.base)) return null;
  const ref = classify(ctx, lead, false);
  if (!ref || (ref.kind !== 'description' && ref.kind !== 'collective') || (ref.kind === 'description' && ref.definite)) return null;
  const text = ctx.text.slice(items[lead.from]!.start, items[hit.at - 1]!.end);
  return { ref: { ...ref, text }, appos: null, span: { from: lead.from, to: hit.last + 1 } };
}

const IMPERSONAL = new Set(['hiess', 'heisst']);

/** German "…", hieß es aus Regierungskreisen: an anonymous source after "es aus …". */
function impersonal(ctx: RefContext, s: Sentence, hit: CueHit): Subject | null {
  const { items, lexicon } = ctx;
  if (!IMPERSONAL.has(items[hit.at]!.base) || items[hit.at + 1]?.base !== 'es') return null;
  let k = hit.at + 2;
  while (k < s.to && items[k]!.kind === 'word' && !/^(aus|von|in|im|bei)$/.test(items[k]!.base) && k < hit.at + 5) k++;
  if (!/^(aus|von|bei)$/.test(items[k]?.base ?? '')) return null;
  const right = rightSubject(items, k + 1, s.to, lexicon);
  if (!right) return null;
  const found = classify(ctx, right, false);
  const text = ctx.text.slice(items[right.from]!.start, items[right.to - 1]!.end);
  const ref: Ref = found && found.kind !== 'thing' ? found : { kind: 'collective', range: right, text };
  return { ref, appos: null, span: { from: hit.at, to: right.to } };
}

/**
 * An apposition that is just a name ("Iran's foreign minister, Ali Akbar Salehi, says"), maybe
 * after a title; not a description that holds one ("a protégé of John Bolton and Dick Cheney").
 */
export function nameOnly(ctx: RefContext, ref: Ref, range: Range): boolean {
  if (ref.kind !== 'name' && ref.kind !== 'entity') return false;
  const first = ctx.items[range.from];
  return first?.kind === 'word' && first.cap && !ctx.items.slice(range.from, range.to).some((it) => it.kind === 'word' && /^(of|and|de|et|und|y|og)$/.test(it.base));
}

/** A listed entity's mention starting at item `k` ("the head of American diplomacy"), as a phrase. */
function mentionPhrase(ctx: RefContext, k: number, hi: number): (Range & { appos: Range | null }) | null {
  const first = ctx.items[k];
  if (first?.kind !== 'word') return null;
  // "the head of American diplomacy" when the alias leaves out the article.
  const head = DEFINITE_ARTICLES.has(first.base) && ctx.items[k + 1]?.kind === 'word' ? ctx.items[k + 1]! : first;
  const m = ctx.mentions.find((x) => x.start === first.start) ?? ctx.mentions.find((x) => x.start === head.start);
  if (!m || m.ids.length === 0) return null;
  let j = k;
  while (j < hi && ctx.items[j]!.kind === 'word' && ctx.items[j]!.end <= m.end) j++;
  return j > k ? { from: k, to: j, appos: null } : null;
}

/** The subject of the clause that holds item `before`: the first segment opening with a speaker-like phrase. */
export function clauseSubject(ctx: RefContext, s: Sentence, before: number): Subject | null {
  const { items, lexicon } = ctx;
  const segments: Range[] = [];
  let segStart = s.from;
  const end = Math.min(before, s.to);
  for (let i = s.from; i <= end; i++) {
    const it = items[i];
    const boundary = i === end || !it || (it.kind === 'punct' && /[,;:(.!?\u2014\u2013]/.test(it.text)) || it.kind === 'quote';
    if (!boundary) continue;
    if (i > segStart) segments.push({ from: segStart, to: i });
    segStart = i + 1;
  }
  const endsWithPerson = (seg: Range) => {
    const last = items[seg.to - 1];
    return last?.kind === 'word' && isPersonRoleHead(last.base);
  };
  const phraseOf = (seg: Range) => {
    // A relative clause ("whose nephew Ahmad Massoud leads…") never holds the sentence's subject.
    if (items[seg.from]?.kind === 'word' && RELATIVE_OPENERS.has(items[seg.from]!.base)) return null;
    const np = leadingPhrase(items, seg.from, seg.to, lexicon);
    if (!np) return null;
    let to = np.to;
    // "The National Resistance Front (NRF) in Panjshir … acknowledged": skip a parenthesis.
    if (items[to]?.kind === 'punct' && items[to]!.text === '(') {
      const open = to;
      while (to < s.to && to - open < 8 && !(items[to]!.kind === 'punct' && items[to]!.text === ')')) to++;
      to++;
    }
    const after = items[to];
    const verbish = after?.kind === 'word' && !after.cap && !CLAUSE_WORDS.has(after.base);
    const appositive = after?.kind === 'punct' && /[,\u2014\u2013]/.test(after.text);
    // A lone capitalised word is a name only away from the sentence's first word ("…, Smith spoke").
    const ref = classify(ctx, np, np.from > s.from);
    if (!(verbish || appositive) || !speakerLike(ref)) return null;
    return { ref, np, appositive };
  };
  for (let k = 0; k < segments.length; k++) {
    const found = phraseOf(segments[k]!);
    if (!found) continue;
    // "Together with Germany's foreign minister, Heiko Maas, he led": a name between commas after
    // an adverbial is an apposition to it, not the subject.
    // "…, an immunologist at the University of California, San Francisco, helps": a name after
    // another phrase is an apposition in a chain, not the subject either.
    if (found.appositive && k > 0 && (phraseOf(segments[k - 1]!) || endsWithPerson(segments[k - 1]!))) continue;
    // "A Congress spokesman in Delhi, Anand Sharma, said": the name in the apposition wins.
    if ((found.ref.kind === 'description' || found.ref.kind === 'collective') && found.appositive && segments[k + 1]) {
      const next = phraseOf(segments[k + 1]!);
      if (next && (next.ref.kind === 'name' || next.ref.kind === 'entity')) return { ref: next.ref, appos: found.np, span: next.np };
    }
    return { ref: found.ref, appos: null, span: found.np };
  }
  return null;
}
