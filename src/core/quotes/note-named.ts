// What each sentence names besides its subject and speakers: organisations (for "the group",
// "the ministry") and people of known gender (for a "she" no subject or speaker fits).

import { givenNameGender } from '../entities/given-names.ts';
import type { AttributionContext } from './attribute.ts';
import type { Sentence } from './lex.ts';
import { nameRunEndingAt } from './person-names.ts';

/** Notes sentence `si`'s named organisations and people; returns the advanced mention cursor. */
export function noteNamed(ctx: AttributionContext, si: number, s: Sentence, cursor: number): number {
  const { items, discourse } = ctx;
  for (let k = s.from; k < s.to; k++) {
    const it = items[k]!;
    const next = items[k + 1];
    if (it.kind !== 'word' || !it.cap || (next?.kind === 'word' && next.cap)) continue;
    const run = nameRunEndingAt(ctx.text, items, k, s.from);
    if (!run || run.to - run.from < 2) continue;
    if (run.org) discourse.noteOrg(si, discourse.named(run.text, run.words, true, null, null));
    else {
      const given = givenNameGender(run.words[0]!);
      if (given) discourse.noteMentioned(si, discourse.named(run.text, run.words, false, null, given));
    }
  }
  // Listed entities, outside quotations (a name inside someone's words is not the narrative's).
  const quoted = (offset: number) => {
    for (let k = s.from; k < s.to; k++) if (items[k]!.kind === 'quote' && items[k]!.start <= offset && offset < items[k]!.end) return true;
    return false;
  };
  while (cursor < ctx.mentions.length && ctx.mentions[cursor]!.start < items[s.from]!.start) cursor++;
  for (let mi = cursor; mi < ctx.mentions.length; mi++) {
    const m = ctx.mentions[mi]!;
    if (m.start >= items[s.to - 1]!.end) break;
    if (quoted(m.start)) continue;
    const record = m.id ? ctx.catalog.records.get(m.id) : null;
    const identity = record ? discourse.entity(record.id) : null;
    if (!record || !identity) continue;
    if (record.kind === 'organisation') discourse.noteOrg(si, identity);
    else if (record.kind === 'person' && identity.gender) discourse.noteMentioned(si, identity);
  }
  return cursor;
}
