// A quotation with no attribution of its own: whose words it continues. The speaker of the
// quotation just before, the subject of reported speech just before, or someone whose words the
// previous sentence introduces ("Huffman's response?").

import { foldWord } from '../text/word-forms.ts';
import type { AttributionContext } from './attribute.ts';
import type { Identity, Resolved } from './discourse.ts';
import type { Sentence } from './lex.ts';
import { possessor } from './refs.ts';
import { resolveRef } from './resolve-ref.ts';

const SPEECH_NOUNS = new Set(
  'response reply answer reaction verdict message words comment comments explanation retort remarks statement antwort reaktion reponse reaction svar'
    .split(' ')
    .map(foldWord),
);

/** German subjunctive forms of reported speech ("er werde", "die Lage sei"). */
const KONJUNKTIV = new Set('sei seien habe werde muesse musse konne solle wolle durfe gebe wisse bleibe brauche stehe lasse'.split(' ').map(foldWord));

export function carryOver(ctx: AttributionContext, si: number, s: Sentence, lastQuote: { identity: Identity; sentence: number } | null): Resolved | null {
  const { items, sentences, discourse } = ctx;
  const prev = sentences[si - 1];
  if (!prev) return null;
  if (lastQuote && lastQuote.sentence === si - 1) {
    return { identity: lastQuote.identity, factor: prev.paragraph === s.paragraph ? 0.75 : 0.65 };
  }
  const spoke = discourse.speakers[si - 1];
  if (spoke?.length) return { identity: discourse.identities.get(spoke[spoke.length - 1]!)!, factor: 0.55 };
  // "Huffman's response? “…”": a sentence about someone's words introduces them.
  let speechNoun = false;
  for (let k = prev.from; k < prev.to; k++) if (SPEECH_NOUNS.has(items[k]!.base)) speechNoun = true;
  const end = items[prev.to - 1];
  if (!speechNoun || end?.kind !== 'punct' || !/[?:]/.test(end.text)) return null;
  const owner = possessor(ctx, { from: prev.from, to: prev.to });
  const res = owner && resolveRef(ctx, { ref: owner, appos: null, span: owner.range }, si);
  return res ? { identity: res.identity, factor: 0.5 } : null;
}

/** German reported speech: a subjunctive verb marks the sentence's words as someone's. */
export function reportedSpeech(ctx: AttributionContext, sentence: Sentence): boolean {
  if (!ctx.language.startsWith('de')) return false;
  for (let k = sentence.from; k < sentence.to; k++) if (ctx.items[k]!.kind === 'word' && KONJUNKTIV.has(ctx.items[k]!.base)) return true;
  return false;
}
