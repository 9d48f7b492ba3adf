// Aliases marked `contextAliases` name an entity only inside its own story ("his German
// counterpart", "the US embassy", a common surname). Outside it — matching a page to a story,
// analysing a page of no known story — they are left out.

import type { EntityRecord } from '../types.ts';
import { buildEntityCatalog, type EntityCatalog } from './catalog.ts';

export function withoutContextAliases(records: EntityRecord[]): EntityRecord[] {
  return records.map((r) => (r.contextAliases?.length ? { ...r, aliases: r.aliases.filter((a) => !r.contextAliases!.includes(a)) } : r));
}

export function buildStrictEntityCatalog(records: EntityRecord[]): EntityCatalog {
  return buildEntityCatalog(withoutContextAliases(records));
}
