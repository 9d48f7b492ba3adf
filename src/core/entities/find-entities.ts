// STUB (lead): replaced by the quotes helper's implementation on merge.
import type { EntityHit } from '../types.ts';
import type { EntityCatalog } from './catalog.ts';
export function findEntities(text: string, catalog: EntityCatalog, _options: { language: string }): EntityHit[] {
  const hits: EntityHit[] = [];
  for (const r of catalog.records) {
    const mentions: EntityHit['mentions'] = [];
    for (const alias of r.aliases.length ? r.aliases : [r.name]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) mentions.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
    if (mentions.length) hits.push({ id: r.id, name: r.name, kind: r.kind, role: r.role, description: r.description, listed: true, mentions: mentions.sort((a, b) => a.start - b.start) });
  }
  return hits;
}
