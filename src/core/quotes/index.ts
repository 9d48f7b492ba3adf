// Quotations, their speakers and the entities of an article, in one call.

import type { EntityCatalog } from '../entities/catalog.ts';
import { entityWords, groupMentions } from '../entities/find-entities.ts';
import { matchAliases } from '../entities/match-aliases.ts';
import { resolveMentions } from '../entities/resolve-mentions.ts';
import type { EntityHit, Quote, Speaker } from '../types.ts';
import { attributeQuotes, type AttributionContext } from './attribute.ts';
import { cueLexicon } from './cues.ts';
import { Discourse, type Identity } from './discourse.ts';
import { findQuotes } from './find-quotes.ts';
import { lexItems, splitItemSentences, type Item } from './lex.ts';
import { buildNameRegistry } from './person-names.ts';
import { buildSpeakers, unlistedSpeakerHits } from './speakers.ts';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  entities: EntityHit[];
}

const round = (x: number) => Math.round(x * 100) / 100;

export function analyzeQuotes(text: string, options: { language: string; catalog: EntityCatalog }): QuoteAnalysis {
  const { catalog } = options;
  // The primary subtag: "en-GB" reads as English, "nb-NO" as Norwegian.
  const language = (options.language || 'en').toLowerCase().split(/[-_]/)[0]!;
  const lexicon = cueLexicon(language);
  const words = entityWords(text, language);
  const mentions = resolveMentions(matchAliases(text, words, catalog, language));
  const spans = findQuotes(text, language);
  const top = spans.filter((q) => !q.nested);
  const items = lexItems(text, top, language, words);
  // A short "Name said." right after a quotation that ends a sentence still attributes it.
  const endsWithAttribution = (from: number) => {
    let words = 0;
    for (let i = from; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind !== 'word') return it.kind === 'punct' && /[.,!?]/.test(it.text) && words > 0 && words <= 8 && hasCue(items, from, i);
      if (++words > 8) return false;
    }
    return words > 0 && hasCue(items, from, items.length);
  };
  const hasCue = (list: Item[], from: number, to: number) => list.slice(from, to).some((it) => !it.cap && lexicon.cues.get(it.base)?.strength === 'strong');
  const sentences = splitItemSentences(items, endsWithAttribution);
  const ctx: AttributionContext = {
    text,
    items,
    lexicon,
    registry: buildNameRegistry(text, items),
    mentions,
    language,
    sentences,
    quotes: top,
    catalog,
    discourse: new Discourse(catalog, language),
    mentionOverrides: new Map(),
  };
  const attributions = attributeQuotes(ctx);

  const quotes: Quote[] = [];
  const owners: (Identity | null)[] = [];
  const topIndex = new Map(top.map((q, i) => [q, i]));
  for (const span of spans) {
    const a = span.nested ? null : attributions[topIndex.get(span)!]!;
    const speech = !!a?.speech;
    const identity = speech ? a!.identity : null;
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: speech ? 'speech' : 'scare',
      speaker: identity?.name ?? null,
      speakerId: identity?.id ?? null,
      anonymous: identity?.anonymous ?? false,
      confidence: speech ? round(identity ? a!.confidence : Math.min(a!.confidence, 0.2)) : 0,
      cue:
        identity && a!.cue
          ? { start: items[a!.cue.from]!.start, end: items[a!.cue.to - 1]!.end, text: text.slice(items[a!.cue.from]!.start, items[a!.cue.to - 1]!.end) }
          : null,
    });
    owners.push(identity);
  }
  const speakers = buildSpeakers(quotes, owners, catalog);

  for (const m of mentions) {
    const chosen = ctx.mentionOverrides.get(m.start);
    if (chosen) m.id = chosen;
  }
  const speaking = new Set(owners.filter((o): o is Identity => !!o).map((o) => o.key));
  for (const [si, keys] of ctx.discourse.speakers.entries()) if (keys && sentences[si]) for (const k of keys) speaking.add(k);
  const entities = [
    ...groupMentions(text, mentions, catalog),
    ...unlistedSpeakerHits(text, items, ctx.registry, ctx.discourse.identities.values(), speaking),
  ];
  return { quotes, speakers, entities };
}
