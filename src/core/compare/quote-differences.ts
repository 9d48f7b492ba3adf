// Differences between the quotes of two versions: the same remark in other words
// (`quote-wording`), the same remark given to someone else (`attribution`), and, for the speaker
// cards, how the other version quotes each remark. Both notes need one remark, not two remarks
// that share a phrase: several shared words in order, most of the shorter rendering kept.

import type { DiffPart, ElsewhereQuote, Quote } from '../types.ts';
import { ALIGN_THRESHOLD, sentenceSimilarity } from './align.ts';
import { remarkWithoutNames } from './remark-without-names.ts';
import { speaksFor } from './speaks-for.ts';
import { tokenize } from '../text/tokens.ts';
import { STOPWORDS } from '../text/stopwords.ts';
import type { AnalysedText } from './analysed-text.ts';
import type { QuotePair } from './quote-pairs.ts';
import type { NoteCandidate } from './note-candidate.ts';
import { differsInContent, isAbridgedFrom, sameWords, sharedWordRatio } from './word-diff.ts';
import { remarkOverlap, sameLetters, type RemarkOverlap } from './remark-overlap.ts';
import { printedAlike } from './printed-alike.ts';
import { samePerson, type PersonContext, type PersonVerdict } from './same-person.ts';

export interface VersionRef {
  articleId: string;
  outlet: string;
}

/** Attributions below this confidence are not trusted enough to compare. */
const TRUSTED = 0.6;
/** One remark: at least this many shared words in a row, and this share of the shorter kept in order. */
const SAME_REMARK_RUN = 4;
const SAME_REMARK_SHARE = 0.6;
/** A remark this short never makes an attribution note: two outlets may quote one phrase from two people. */
const MIN_ATTRIBUTED_WORDS = 5;
/** ... unless sentences that say the same frame it, word for word, with at least this many words. */
const MIN_FRAMED_WORDS = 3;

/** An echoed phrase: fewer words than this, and less than this share of the remark it comes from. */
const ECHO_WORDS = 8;
const MIN_SHARE_OF_LONGER = 0.4;

const JOINERS = new Set(['and', 'und', 'et', 'og', 'y', 'e', 'och']);

/**
 * The quotation's sentence names its speaker together with the other outlet's speaker ("Zadan
 * and Meron said"): one remark of two people, which each outlet may give to either.
 */
function namesBoth(t: AnalysedText, i: number, other: string): boolean {
  const q = t.quotes[i]!;
  const mine = q.speaker?.trim().split(/\s+/).pop();
  const theirs = other.trim().split(/\s+/).pop();
  if (!mine || !theirs) return false;
  const sentence = t.sentences.find((s) => s.end > q.start);
  if (!sentence) return false;
  const tokens = tokenize(t.text, Math.min(sentence.start, q.start), Math.max(sentence.end, q.end)).map((tok) => tok.norm);
  const [a, b] = [tokenize(mine)[0]?.norm, tokenize(theirs)[0]?.norm];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k] !== a && tokens[k] !== b) continue;
    const want = tokens[k] === a ? b : a;
    const following = tokens.slice(k + 1, k + 5);
    const joiner = following.findIndex((w) => JOINERS.has(w));
    if (joiner >= 0 && following.slice(joiner + 1).includes(want!)) return true;
  }
  return false;
}

/** How similar the sentences around two quotes are (the best pair). */
function quoteSentenceSimilarity(here: AnalysedText, hi: number, there: AnalysedText, ti: number): number {
  const around = (t: AnalysedText, i: number) => t.sentences.filter((s) => s.start < t.quotes[i]!.end && s.end > t.quotes[i]!.start);
  let best = 0;
  for (const a of around(here, hi)) for (const b of around(there, ti)) best = Math.max(best, sentenceSimilarity(a, b));
  return best;
}

/**
 * Content words changed: inside the shared words, or at an end where both renderings have words
 * of their own ("never stopped" / "never gave up"). An end only one of them has is one version
 * quoting more, not a rewording.
 */
function changedContent(diff: DiffPart[]): number {
  let first = 0;
  let last = diff.length - 1;
  while (first <= last && diff[first]!.op !== 'same') first++;
  while (last >= first && diff[last]!.op !== 'same') last--;
  const content = (parts: DiffPart[]) =>
    parts.filter((p) => p.op !== 'same').reduce((n, p) => n + tokenize(p.text).filter((t) => !STOPWORDS.has(t.norm)).length, 0);
  const substituted = (edge: DiffPart[]) => edge.some((p) => p.op === 'here') && edge.some((p) => p.op === 'there');
  const head = diff.slice(0, first);
  const tail = diff.slice(last + 1);
  return content(diff.slice(first, last + 1)) + (substituted(head) ? content(head) : 0) + (substituted(tail) ? content(tail) : 0);
}

const known = (q: Quote) => q.speaker !== null && q.confidence >= TRUSTED;

/** Every name the two texts print for a person, and each listed entity's forms. */
function personContext(here: AnalysedText, there: AnalysedText): PersonContext {
  const names: string[] = [];
  const aliases = new Map<string, string[]>();
  for (const e of [...here.entities, ...there.entities]) {
    if (e.kind !== 'person') continue;
    names.push(e.name);
    if (e.id) aliases.set(e.id, [...(aliases.get(e.id) ?? []), e.name, ...e.mentions.map((m) => m.text)]);
  }
  for (const q of [...here.quotes, ...there.quotes]) if (q.speaker && !q.anonymous) names.push(q.speaker);
  return { names, aliases };
}

function speakersOf(a: Quote, b: Quote, context: PersonContext): PersonVerdict | 'one-unknown' {
  if (!known(a) || !known(b)) return known(a) || known(b) ? 'one-unknown' : 'unknown';
  return samePerson(
    { name: a.speaker!, id: a.speakerId, anonymous: a.anonymous },
    { name: b.speaker!, id: b.speakerId, anonymous: b.anonymous },
    context,
  );
}

function isOneRemark(o: RemarkOverlap): boolean {
  return o.run >= Math.min(SAME_REMARK_RUN, o.shorter) && o.common / Math.max(1, o.shorter) >= SAME_REMARK_SHARE;
}

function overlapEvidence(o: RemarkOverlap): string {
  return `${o.common} of ${o.shorter} words shared in order (longest run ${o.run})`;
}

export function quoteDifferences(
  here: AnalysedText,
  there: AnalysedText,
  version: VersionRef,
  pairs: QuotePair[],
): { differences: NoteCandidate[]; elsewhere: ElsewhereQuote[] } {
  const differences: NoteCandidate[] = [];
  const elsewhere: ElsewhereQuote[] = [];
  const context = personContext(here, there);
  for (const pair of pairs) {
    const qh = here.quotes[pair.here]!;
    const qt = there.quotes[pair.there]!;
    const overlap = remarkOverlap(qh.text, qt.text);
    const speakers = speakersOf(qh, qt, context);
    const identical = sameWords(qh.text, qt.text) || sameLetters(qh.text, qt.text);
    const both = { here: { text: qh.text, start: qh.start, end: qh.end }, there: { text: qt.text, outlet: version.outlet, articleId: version.articleId, start: qt.start, end: qt.end } };
    if (speakers === 'different') {
      // Saying an outlet gave a remark to the wrong person needs one remark of some length,
      // two people, and both attributions trusted. A shorter remark counts only when it is
      // printed word for word in sentences that say the same ("described the mission as “…”").
      if (!isOneRemark(overlap)) continue;
      // Two remarks that share a name they both print ("the Harbour Protection Act") and little
      // else are two remarks.
      if (!isOneRemark(remarkOverlap(remarkWithoutNames(qh.text), remarkWithoutNames(qt.text)))) continue;
      const context = quoteSentenceSimilarity(here, pair.here, there, pair.there);
      const framed = identical && overlap.shorter >= MIN_FRAMED_WORDS && context >= ALIGN_THRESHOLD;
      if (overlap.shorter < MIN_ATTRIBUTED_WORDS && !framed) continue;
      // A short piece of a long remark, given to someone else, is most often someone echoing a
      // phrase ("'The money isn't there,' agreed the treasurer"), not the same remark.
      if (!framed && overlap.shorter < ECHO_WORDS && overlap.shorter / overlap.longer < MIN_SHARE_OF_LONGER) continue;
      // One printed as speaking for the other ("Estrada's head of quality, Bruno Lenz"): one source.
      if (speaksFor([here.text, there.text], qh.speaker!, qt.speaker!)) continue;
      // Both people named at one of the two quotations ("Zadan and Meron said"): a joint remark.
      if (namesBoth(here, pair.here, qt.speaker!) || namesBoth(there, pair.there, qh.speaker!)) continue;
      differences.push({
        kind: 'attribution',
        speaker: qh.speaker,
        ...both,
        explanation: `${version.outlet} gives these words to ${qt.speaker}; here they are ${qh.speaker}'s.`,
        features: {
          minAttribution: Math.min(qh.confidence, qt.confidence),
          // The note is wrong as soon as either attribution is: its confidence never exceeds this.
          bothAttributions: qh.confidence * qt.confidence,
          context,
          lengthRatio: overlap.shorter / overlap.longer,
          share: overlap.common / overlap.shorter,
          run: Math.min(12, overlap.run) / 12,
          words: Math.min(20, overlap.shorter) / 20,
        },
        evidence: [
          overlapEvidence(overlap),
          `attributed here to ${qh.speaker} (${qh.confidence.toFixed(2)}), there to ${qt.speaker} (${qt.confidence.toFixed(2)}): both right ${(qh.confidence * qt.confidence).toFixed(2)}`,
          'the two names cannot be one person',
        ],
      });
      continue;
    }
    const cardable = speakers !== 'unknown' || (identical && qh.speaker === null && qt.speaker === null);
    if (cardable) elsewhere.push({ outlet: version.outlet, articleId: version.articleId, text: qt.text, hereQuote: pair.here, diff: identical ? null : pair.diff });
    // Speakers that cannot be told apart (an anonymous source, a description) still make a
    // wording note when the words make one remark beyond doubt.
    if (!cardable && !isOneRemark(overlap)) continue;
    if (identical || pair.relation !== 'reworded' || !differsInContent(qh.text, qt.text)) continue;
    // The whole shorter rendering printed word for word inside the longer: one quotes more.
    if (overlap.run === overlap.shorter) continue;
    // A spelling convention, a figure in words or digits, an editor's brackets: the same words.
    if (printedAlike(qh.text, qt.text, here.language)) continue;
    if (isAbridgedFrom(qh.text, qt.text) || isAbridgedFrom(qt.text, qh.text)) continue;
    // A fragment quoted inside indirect speech adapts pronouns and tense ("everything in our
    // power" / "everything in its power"): only renderings of comparable length are rewordings.
    if (overlap.shorter < 4 || overlap.shorter / overlap.longer < 0.5) continue;
    // One remark reworded: its words kept in order, or most of its content words kept in sentences
    // that say the same (pairQuotes checked those).
    // The same speaker's remark in sentences that say the same may keep half its words.
    const share = overlap.common / overlap.shorter;
    const oneRemark = isOneRemark(overlap) || (share >= 0.5 && pair.containment >= 0.6) || (speakers === 'same' && share >= 0.5 && overlap.run >= 3);
    const changed = changedContent(pair.diff);
    if (!oneRemark || changed === 0) continue;
    const ratio = sharedWordRatio(pair.diff);
    if (Math.max(ratio.here, ratio.there) < 0.25) continue;
    const speaker = qh.speaker ?? qt.speaker;
    differences.push({
      kind: 'quote-wording',
      speaker,
      ...both,
      explanation: `${version.outlet} quotes ${speaker ?? 'the same remark'} in different words.`,
      diff: pair.diff,
      features: {
        sameSpeaker: speakers === 'same' ? 1 : speakers === 'one-unknown' ? 0.5 : 0,
        share: overlap.common / overlap.shorter,
        run: overlap.run / overlap.shorter,
        changed: Math.min(1, changed / overlap.shorter),
        context: quoteSentenceSimilarity(here, pair.here, there, pair.there),
        words: Math.min(20, overlap.shorter) / 20,
        lengthRatio: overlap.shorter / overlap.longer,
      },
      evidence: [
        overlapEvidence(overlap),
        `${changed} content word${changed === 1 ? '' : 's'} changed`,
        speakers === 'same'
          ? `both give it to ${speaker}`
          : speakers === 'one-unknown'
            ? `one version names ${speaker ?? 'no speaker'}, the other nobody for sure`
            : 'neither speaker is sure',
      ],
    });
  }
  return { differences, elsewhere };
}
