// The speaker list of an analysis (one per identity, tinted in order of first quotation) and
// the entity hits for people who speak but are not in the entity list.

import type { EntityCatalog } from '../entities/catalog.ts';
import type { EntityHit, EntityMention, Quote, Speaker } from '../types.ts';
import type { Identity } from './discourse.ts';
import type { Item } from './lex.ts';
import { fullNameFor, nameRunEndingAt, type NameRegistry } from './person-names.ts';

export function buildSpeakers(quotes: Quote[], owners: (Identity | null)[], catalog: EntityCatalog): Speaker[] {
  const byKey = new Map<string, Speaker>();
  quotes.forEach((q, i) => {
    const identity = owners[i];
    if (!identity || q.kind !== 'speech') return;
    let speaker = byKey.get(identity.key);
    if (!speaker) {
      const record = identity.id ? catalog.records.get(identity.id) : undefined;
      speaker = {
        key: identity.key.replace(/^[nacgo]:/, '').replace(/\s+/g, '-'),
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

/** Where an unlisted named speaker is mentioned: the full name, the surname, "Mr X". */
function mentionsOf(text: string, items: Item[], byBase: Map<string, number[]>, registry: NameRegistry, identity: Identity): EntityMention[] {
  const words = identity.key.slice(2).split(' ');
  const last = words[words.length - 1]!;
  const out: EntityMention[] = [];
  const at = [...new Set([...(byBase.get(last) ?? []), ...(byBase.get(words[0]!) ?? [])])].sort((a, b) => a - b);
  for (const i of at) {
    const it = items[i]!;
    if (it.kind !== 'word' || !it.cap) continue;
    const next = items[i + 1];
    if (next?.kind === 'word' && next.cap && /^\s+$/.test(text.slice(it.end, next.start))) continue;
    let lineStart = i;
    while (lineStart > 0 && items[lineStart - 1]!.kind === 'word') lineStart--;
    const run = nameRunEndingAt(text, items, i, lineStart);
    if (!run) continue;
    const same = run.words.join(' ') === words.join(' ');
    const single = run.words.length === 1 && fullNameFor(registry, run.words[0]!, run.words[0] !== last)?.words.join(' ') === words.join(' ');
    if (same || single || (words.length === 1 && run.words.length === 1 && run.words[0] === last)) {
      out.push({ start: items[run.from]!.start, end: items[run.to - 1]!.end - (items[run.to - 1]!.possessive && /['\u2019]s$/i.test(items[run.to - 1]!.text) ? 2 : 0), text: '' });
    }
  }
  for (const m of out) m.text = text.slice(m.start, m.end);
  return out;
}

/** Entity hits for named speakers (people and organisations) the entity list does not hold. */
export function unlistedSpeakerHits(text: string, items: Item[], registry: NameRegistry, identities: Iterable<Identity>, speaking: Set<string>): EntityHit[] {
  const out: EntityHit[] = [];
  const byBase = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.kind === 'word' && it.cap) (byBase.get(it.base) ?? byBase.set(it.base, []).get(it.base)!).push(i);
  });
  for (const identity of identities) {
    if (identity.id || identity.anonymous || identity.kind === 'collective' || !speaking.has(identity.key)) continue;
    const mentions = mentionsOf(text, items, byBase, registry, identity);
    out.push({
      id: null,
      name: identity.name,
      kind: identity.kind === 'organisation' ? 'organisation' : 'person',
      role: identity.role,
      description: null,
      listed: false,
      mentions,
    });
  }
  return out;
}
