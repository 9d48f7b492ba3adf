// The speaker list of an analysis (one per identity, tinted in order of first quotation) and
// the entity hits for people and organisations who speak but are not in the entity list.

import type { Identity } from '../attribution/identity.ts';
import type { Resolver } from '../attribution/resolve.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { isSpeech, type EntityHit, type Quote, type Speaker } from '../types.ts';

const slug = (key: string) => key.replace(/^[noa]:/, '').replace(/\s+/g, '-');

export function buildSpeakers(quotes: Quote[], owners: (Identity | null)[], catalog: EntityCatalog): Speaker[] {
  const byKey = new Map<string, Speaker>();
  quotes.forEach((q, i) => {
    const identity = owners[i];
    if (!identity || !isSpeech(q)) return;
    let speaker = byKey.get(identity.key);
    if (!speaker) {
      const record = identity.id ? catalog.records.get(identity.id) : undefined;
      speaker = {
        key: slug(identity.key),
        name: identity.name,
        id: identity.id,
        role: record ? record.role : identity.role,
        description: record ? record.description : null,
        anonymous: identity.anonymous,
        listed: !!record,
        quotes: [],
        elsewhere: [],
        tint: byKey.size % 8,
      };
      byKey.set(identity.key, speaker);
    }
    speaker.quotes.push(i);
  });
  return [...byKey.values()];
}

/** Entity hits for named speakers the entity list does not hold, with every mention of their name. */
export function unlistedSpeakerHits(text: string, resolver: Resolver, owners: (Identity | null)[]): EntityHit[] {
  const seen = new Set<string>();
  const out: EntityHit[] = [];
  for (const identity of owners) {
    if (!identity || identity.id || identity.anonymous || identity.kind === 'group' || seen.has(identity.key)) continue;
    seen.add(identity.key);
    out.push({
      id: null,
      name: identity.name,
      kind: identity.kind === 'organisation' ? 'organisation' : 'person',
      role: identity.role,
      description: null,
      listed: false,
      mentions: resolver.mentionsOf(identity).map((m) => ({ ...m, text: text.slice(m.start, m.end) })),
    });
  }
  return out;
}
