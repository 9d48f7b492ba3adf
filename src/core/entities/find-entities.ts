// Every mention of a listed entity, grouped per entity in order of first mention.

import type { EntityHit } from '../types.ts';
import { wordForms, type Word } from '../text/word-forms.ts';
import type { EntityCatalog } from './catalog.ts';
import { matchAliases } from './match-aliases.ts';
import { resolveMentions, type ResolvedMention } from './resolve-mentions.ts';

/** The article's words as entity matching reads them (French and Italian elisions stripped). */
export function entityWords(text: string, language: string): Word[] {
  const primary = language.toLowerCase().slice(0, 2);
  return wordForms(text, 0, text.length, primary === 'fr' || primary === 'it');
}

/** Groups resolved mentions into hits; adjacent mentions of one entity become one. */
export function groupMentions(text: string, mentions: ResolvedMention[], catalog: EntityCatalog): EntityHit[] {
  const hits = new Map<string, EntityHit>();
  for (const m of mentions) {
    if (!m.id) continue;
    const record = catalog.records.get(m.id);
    if (!record) continue;
    let hit = hits.get(m.id);
    if (!hit) {
      hit = {
        id: record.id,
        name: record.name,
        kind: record.kind,
        role: record.role,
        description: record.description,
        listed: true,
        mentions: [],
      };
      hits.set(m.id, hit);
    }
    const prev = hit.mentions[hit.mentions.length - 1];
    if (prev && /^[ \t\u00a0]+$/.test(text.slice(prev.end, m.start))) {
      prev.end = m.end;
      prev.text = text.slice(prev.start, m.end);
    } else {
      hit.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
  }
  return [...hits.values()];
}

export function findEntities(text: string, catalog: EntityCatalog, options: { language: string }): EntityHit[] {
  const words = entityWords(text, options.language);
  const mentions = resolveMentions(matchAliases(text, words, catalog, options.language));
  return groupMentions(text, mentions, catalog);
}
