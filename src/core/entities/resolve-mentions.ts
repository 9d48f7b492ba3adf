// Shared aliases (a bare "Massoud") resolved by context: the candidate mentioned most recently
// without ambiguity; before any such mention, the article's clearly dominant candidate;
// otherwise nobody.

import type { AliasMatch } from './match-aliases.ts';

export interface ResolvedMention extends AliasMatch {
  /** The entity this mention names, or null when the context cannot tell. */
  id: string | null;
}

/** Total unambiguous mentions per id over the whole article. */
function unambiguousCounts(matches: AliasMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) if (m.ids.length === 1) counts.set(m.ids[0]!, (counts.get(m.ids[0]!) ?? 0) + 1);
  return counts;
}

/** The candidate with clearly more unambiguous mentions in the article than any other. */
function dominant(ids: string[], counts: Map<string, number>): string | null {
  const ranked = ids.map((id) => [id, counts.get(id) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] === 0) return null;
  if (!second || second[1] === 0 || top[1] >= 2 * second[1] + 1) return top[0];
  return null;
}

/**
 * Resolves each match to one id. `prefer` may pick among candidates first (attribution uses it
 * to prefer someone already quoted); it returns null to fall back to recency.
 */
export function resolveMentions(
  matches: AliasMatch[],
  prefer?: (m: AliasMatch, lastSeen: ReadonlyMap<string, number>) => string | null,
): ResolvedMention[] {
  const counts = unambiguousCounts(matches);
  const lastSeen = new Map<string, number>();
  const out: ResolvedMention[] = [];
  for (const m of matches) {
    let id: string | null = null;
    if (m.ids.length === 1) id = m.ids[0]!;
    else {
      id = prefer?.(m, lastSeen) ?? null;
      if (!id) {
        let bestAt = -1;
        for (const c of m.ids) {
          const at = lastSeen.get(c) ?? -1;
          if (at > bestAt) {
            bestAt = at;
            id = c;
          }
        }
        if (bestAt < 0) id = dominant(m.ids, counts);
      }
    }
    if (id) lastSeen.set(id, m.start);
    out.push({ ...m, id });
  }
  return out;
}
