// STUB (lead): replaced by the quotes helper's implementation on merge.
import type { EntityHit, Quote, Speaker } from '../types.ts';
import type { EntityCatalog } from '../entities/catalog.ts';
import { findEntities } from '../entities/find-entities.ts';
export interface QuoteAnalysis { quotes: Quote[]; speakers: Speaker[]; entities: EntityHit[] }
export function analyzeQuotes(text: string, options: { language: string; catalog: EntityCatalog }): QuoteAnalysis {
  const entities = findEntities(text, options.catalog, options);
  const quotes: Quote[] = [];
  for (const m of text.matchAll(/["\u201c]([^"\u201c\u201d\n]{3,600})["\u201d]/gu)) {
    const start = m.index! + 1;
    const after = text.slice(start + m[1]!.length + 1, start + m[1]!.length + 60);
    const before = text.slice(Math.max(0, start - 80), start - 1);
    const near = entities.filter((e) => e.kind === 'person' && e.mentions.some((x) => Math.abs(x.start - start) < 140));
    const who = /said|told|added|tweeted|warned/.test(after + before) && near.length === 1 ? near[0]! : null;
    quotes.push({ text: m[1]!, start, end: start + m[1]!.length, kind: m[1]!.split(' ').length > 3 ? 'speech' : 'scare', speaker: who?.name ?? null, speakerId: who?.id ?? null, anonymous: false, confidence: who ? 0.6 : 0.2, cue: null });
  }
  const speakers: Speaker[] = [];
  quotes.forEach((q, i) => {
    if (!q.speaker) return;
    let s = speakers.find((x) => x.name === q.speaker);
    if (!s) {
      const e = entities.find((x) => x.id === q.speakerId);
      s = { key: q.speakerId ?? q.speaker, name: q.speaker, id: q.speakerId, role: e?.role ?? null, description: e?.description ?? null, anonymous: false, listed: true, quotes: [], elsewhere: [], tint: speakers.length % 8 };
      speakers.push(s);
    }
    s.quotes.push(i);
  });
  return { quotes, speakers, entities };
}
