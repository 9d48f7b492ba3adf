// STUB (lead): replaced by the quotes helper's implementation on merge.
import type { EntityRecord } from '../types.ts';
export interface EntityCatalog { records: EntityRecord[]; byId: Map<string, EntityRecord> }
export function buildEntityCatalog(records: EntityRecord[]): EntityCatalog {
  return { records, byId: new Map(records.map((r) => [r.id, r])) };
}
