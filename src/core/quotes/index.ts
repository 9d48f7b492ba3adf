// Quotations, their speakers and the entities of an article, in one call: quotation marks
// (find-quotes.ts), then the learned attribution (../attribution/), then one speaker per identity.

import { attributeQuotes } from '../attribution/attribute.ts';
import { attributionLexicon } from '../attribution/lexicon.ts';
import { shippedModel, type Model } from '../attribution/model.ts';
import { Resolver } from '../attribution/resolve.ts';
import { buildView } from '../attribution/view.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { entityWords, groupMentions } from '../entities/find-entities.ts';
import { matchAliases } from '../entities/match-aliases.ts';
import { resolveMentions } from '../entities/resolve-mentions.ts';
import type { EntityHit, Quote, Speaker } from '../types.ts';
import { findQuotes } from './find-quotes.ts';
import { buildSpeakers, unlistedSpeakerHits } from './speakers.ts';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  entities: EntityHit[];
}

export function analyzeQuotes(text: string, options: { language: string; catalog: EntityCatalog; model?: Model }): QuoteAnalysis {
  const { catalog } = options;
  // The primary subtag: "en-GB" reads as English, "nb-NO" as Norwegian.
  const language = (options.language || 'en').toLowerCase().split(/[-_]/)[0]!;
  const words = entityWords(text, language);
  const mentions = resolveMentions(matchAliases(text, words, catalog, language));
  const spans = findQuotes(text, language);
  const top = spans.filter((q) => !q.nested);
  const view = buildView(text, language, attributionLexicon(language), top, words);
  const resolver = new Resolver(view, catalog, mentions);
  const attributions = attributeQuotes(view, options.model ?? shippedModel(), resolver);

  const topIndex = new Map(top.map((q, i) => [q, i]));
  const quoteIndex = new Map<number, number>();
  const quotes: Quote[] = [];
  const owners = spans.map((span, i) => {
    const at = topIndex.get(span);
    const a = at === undefined ? null : attributions[at]!;
    if (at !== undefined) quoteIndex.set(at, i);
    const identity = a?.identity ?? null;
    quotes.push({
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      // A quotation inside another is part of that remark's words: a term, not a remark of its own.
      kind: a ? a.kind : 'scare',
      speaker: identity?.name ?? null,
      speakerId: identity?.id ?? null,
      anonymous: identity?.anonymous ?? false,
      confidence: a?.source ? a.confidence : 0,
      source: a?.source ?? null,
      cue: a?.cue ?? null,
      carriedFrom: a?.carriedFrom ?? null,
      namedAt: a?.namedAt ?? null,
    });
    return identity;
  });
  // Carried-over attributions point at top-level indexes; quotes[] also holds nested quotations.
  for (const q of quotes) if (q.carriedFrom !== null) q.carriedFrom = quoteIndex.get(q.carriedFrom) ?? null;

  const speakers = buildSpeakers(quotes, owners, catalog);
  for (const m of mentions) m.id = resolver.namesakes.get(m.start) ?? m.id;
  const entities = [...groupMentions(text, mentions, catalog), ...unlistedSpeakerHits(text, resolver, owners)];
  return { quotes, speakers, entities };
}
