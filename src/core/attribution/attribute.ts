// Who says each quotation, in reading order: candidates (candidates.ts) → features (features.ts)
// → the learned ranker (model.ts) → the chosen word's mention (mention.ts) → its identity
// (resolve.ts) → a calibrated confidence. Below the model's line the speaker is null: Parallax
// says nothing rather than guess. Also the quotation's kind (kind.ts) and its cue words.

import type { QuoteKind } from '../types.ts';
import { candidatesFor, choose, GROUPED_FROM, type Candidate, type PreviousSource } from './candidates.ts';
import { candidateParts, quoteFacts } from './features.ts';
import type { Identity } from './identity.ts';
import { quoteKind } from './kind.ts';
import { mentionAt, phraseMention, type Mention } from './mention.ts';
import { calibrate, scoreParts, softmax, type Model } from './model.ts';
import type { Resolution, Resolver } from './resolve.ts';
import { cueAt, isWord, type ArticleView } from './view.ts';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface QuoteAttribution {
  kind: QuoteKind;
  identity: Identity | null;
  confidence: number;
  /** The words that name or refer to the speaker at the attribution. */
  source: TextSpan | null;
  cue: TextSpan | null;
  /** Index of the quotation whose attribution this one carries over. */
  carriedFrom: number | null;
  /** Where the speaker is named in full, when the source does not name them ("he", "Doe"). */
  namedAt: TextSpan | null;
}

const round = (x: number) => Math.round(x * 100) / 100;

function textSpan(view: ArticleView, from: number, to: number): TextSpan {
  const start = view.items[from]!.start;
  let end = view.items[to - 1]!.end;
  const last = view.items[to - 1]!;
  if (last.possessive) end -= /['\u2019]s$/i.test(last.text) ? 2 : 0;
  return { start, end, text: view.text.slice(start, end) };
}

/** The verb of saying that ties the source to the quotation: next to the source, else between them. */
function cueOf(view: ArticleView, m: Mention, quoteItem: number): TextSpan | null {
  const { items, lexicon } = view;
  const strong = (k: number) => cueAt(view, k) >= lexicon.strongCue;
  const lo = Math.min(m.from, quoteItem);
  const hi = Math.max(m.to, quoteItem + 1);
  let best = -1;
  for (let k = Math.max(0, lo - 3); k < Math.min(items.length, hi + 3); k++) {
    if (k >= m.from && k < m.to) continue;
    if (!strong(k)) continue;
    if (items[k]!.kind !== 'word' || view.sentenceOf[k] !== view.sentenceOf[m.head]) continue;
    if (best < 0 || lexicon.cue(items[k]!.base) > lexicon.cue(items[best]!.base) || (Math.abs(k - m.head) < Math.abs(best - m.head) && lexicon.cue(items[k]!.base) === lexicon.cue(items[best]!.base))) best = k;
  }
  if (best < 0) return null;
  // "according to": the preposition belongs to the cue, when the source follows it.
  const next = items[best + 1];
  const preposition = isWord(next) && (lexicon.cue(next.base) >= lexicon.strongCue || (lexicon.pack.prepositions.has(next.base) && best + 2 <= m.from)) && next.base.length <= 3;
  const to = preposition ? best + 2 : best + 1;
  return textSpan(view, best, to);
}

export function attributeQuotes(view: ArticleView, model: Model, resolver: Resolver): QuoteAttribution[] {
  /** Every attribution as made, titles' too: what a later quotation carries over. */
  const chain: QuoteAttribution[] = [];
  let previous: PreviousSource | null = null;
  view.quoteItem.forEach((item, qi) => {
    const facts = quoteFacts(view, qi);
    const candidates = candidatesFor(view, qi, previous);
    const probabilities = softmax(candidates.map((c) => scoreParts(model, candidateParts(view, facts, c))));
    const choice = choose(candidates, probabilities, (c, i) => {
      if (probabilities[i]! < GROUPED_FROM || c.kind === 'none') return `item:${c.kind === 'none' ? -1 : c.item}`;
      const identity = c.kind === 'carry' ? chain[c.quote]?.identity : resolver.resolve(phraseMention(view, c.item)).identity;
      return identity ? identity.key : `item:${c.item}`;
    });
    const chosen: Candidate = candidates[choice.index]!;

    if (chosen.kind === 'none') {
      chain.push({ kind: quoteKind(view, facts, true, null), identity: null, confidence: 0, source: null, cue: null, carriedFrom: null, namedAt: null });
      return;
    }
    const mention = chosen.kind === 'carry' ? mentionAt(view, chosen.item) : phraseMention(view, chosen.item);
    const carried = chosen.kind === 'carry' ? chain[chosen.quote] : undefined;
    const carriedFrom = chosen.kind === 'carry' ? chosen.quote : null;
    const resolution: Resolution = carried ? { identity: carried.identity, factor: 1, namedAt: null } : resolver.resolve(mention);
    // The confidence is the model's, calibrated: that these words are the quotation's source. A
    // speaker is named only when the source also resolves to one identity (resolve.ts says
    // nobody rather than pick between two).
    const confidence = round(calibrate(model.calibration, chosen.kind, choice.probability));
    const source = carried ? carried.source : textSpan(view, mention.from, mention.to);
    const cue = carried ? carried.cue : cueOf(view, mention, item);
    const kind = quoteKind(view, facts, false, cue);
    const given = confidence >= model.calibration.line && !!source;
    const identity = given ? resolution.identity : null;
    if (given) {
      const head = chosen.kind === 'carry' ? chosen.item : mention.head;
      if (identity) resolver.noteSpeaker(identity, head);
      previous = { quote: qi, item: head };
    }
    chain.push({
      kind,
      identity,
      confidence: given ? confidence : 0,
      source: given ? source : null,
      cue: given ? cue : null,
      carriedFrom: given ? carriedFrom : null,
      namedAt: identity ? (carried ? carried.namedAt : resolution.namedAt ? { ...resolution.namedAt, text: view.text.slice(resolution.namedAt.start, resolution.namedAt.end) } : null) : null,
    });
  });
  // A title is nobody's remark (no speaker, no highlight), though the speaker beside it stayed
  // the one the next quotation could carry over ("She told “Morning Show” that …").
  return chain.map((a) => (a.kind === 'title' ? { ...a, identity: null, confidence: 0, source: null, cue: null, carriedFrom: null, namedAt: null } : a));
}
