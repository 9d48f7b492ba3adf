// Checks on seeds/entities.json beyond its shape: unique ids, aliases that do not clash
// between entities unless declared shared, shared-alias declarations that name real entities.

import type { EntityRecord } from '../types.ts';
import type { CorpusError } from './errors.ts';
import { labelPath, type JsonPath, type JsonSource } from './json-source.ts';
import { recordsOf, stringsOf } from './records.ts';
import type { EntitiesFile } from './seed-schema.ts';

/** How aliases are compared for clashes: the finder matches case-insensitively in places. */
export function aliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Runs on the parsed value even when its shape is wrong, checking what each entry does hold. */
export function validateEntities(source: JsonSource): CorpusError[] {
  const errors: CorpusError[] = [];
  const error = (path: JsonPath, message: string, fix: string) => {
    const { line, column } = source.locate(path);
    errors.push({ file: source.file, line, column, path: labelPath(source.value, path), message, fix });
  };
  const lineOf = (path: JsonPath) => source.locate(path).line;
  const entities = recordsOf(source.value, 'entities').map((e) => ({
    id: typeof e.id === 'string' ? e.id : null,
    name: typeof e.name === 'string' ? e.name : null,
    // Positions kept: a non-string alias is a shape error reported elsewhere.
    aliases: Array.isArray(e.aliases) ? e.aliases.map((a) => (typeof a === 'string' ? a : null)) : [],
    contextAliases: Array.isArray(e.contextAliases) ? e.contextAliases : [],
  }));

  const firstIndexOfId = new Map<string, number>();
  entities.forEach((entity, i) => {
    if (entity.id !== null) {
      const previous = firstIndexOfId.get(entity.id);
      if (previous !== undefined) {
        error(['entities', i, 'id'], `id "${entity.id}" is already used by entities[${previous}] (line ${lineOf(['entities', previous])})`, 'give each entity its own id');
      } else firstIndexOfId.set(entity.id, i);
    }
    const seen = new Set<string>();
    entity.aliases.forEach((alias, j) => {
      if (alias === null) return;
      if (seen.has(alias)) error(['entities', i, 'aliases', j], `alias "${alias}" is listed twice`, 'remove one of them');
      seen.add(alias);
      if (!/\s/.test(alias) && !/[\p{Lu}\p{N}]/u.test(alias)) {
        error(['entities', i, 'aliases', j], `alias "${alias}" is a single lower-case word that would match ordinary text`, 'write it as printed in names (capitalised) or as a longer phrase');
      } else if (alias.trim().length < 2) {
        error(['entities', i, 'aliases', j], `alias "${alias}" is too short to match reliably`, 'remove it or write a longer form');
      }
    });
    if (entity.name !== null && entity.aliases.length > 0 && !seen.has(entity.name)) {
      error(['entities', i, 'aliases'], `the canonical name "${entity.name}" is not among the aliases`, `add "${entity.name}" to "aliases" (the entity finder reads only "aliases")`);
    }
    entity.contextAliases.forEach((alias, j) => {
      if (typeof alias === 'string' && !seen.has(alias)) {
        error(['entities', i, 'contextAliases', j], `context alias "${alias}" is not in "aliases"`, `add "${alias}" to "aliases" too, or remove it here`);
      }
    });
  });

  // Who carries each alias (compared case-insensitively).
  const carriers = new Map<string, { id: string; alias: string; path: JsonPath }[]>();
  entities.forEach((entity, i) => {
    if (entity.id === null) return;
    entity.aliases.forEach((alias, j) => {
      if (alias === null) return;
      const list = carriers.get(aliasKey(alias)) ?? [];
      if (!list.some((c) => c.id === entity.id)) list.push({ id: entity.id!, alias, path: ['entities', i, 'aliases', j] });
      carriers.set(aliasKey(alias), list);
    });
  });

  const declared = new Map<string, Set<string>>();
  recordsOf(source.value, 'sharedAliases').forEach((shared, i) => {
    if (typeof shared.alias !== 'string') return;
    const key = aliasKey(shared.alias);
    const ids = stringsOf(shared.entities);
    if (declared.has(key)) error(['sharedAliases', i, 'alias'], `alias "${shared.alias}" is declared shared twice`, 'merge the two declarations into one');
    declared.set(key, new Set(ids));
    const carrying = new Set((carriers.get(key) ?? []).map((c) => c.id));
    (Array.isArray(shared.entities) ? shared.entities : []).forEach((id, j) => {
      if (typeof id !== 'string') return;
      if (!firstIndexOfId.has(id)) {
        error(['sharedAliases', i, 'entities', j], `unknown entity id "${id}"`, `use an id from "entities"${suggest(id, [...firstIndexOfId.keys()])}`);
      } else if (!carrying.has(id)) {
        error(['sharedAliases', i, 'entities', j], `entity "${id}" does not list the alias "${shared.alias}"`, `add "${shared.alias}" to its aliases, or remove "${id}" from this list`);
      }
    });
  });

  for (const [key, list] of carriers) {
    if (list.length < 2) continue;
    const allowed = declared.get(key);
    // Undeclared: every carrier after the first clashes. Declared: every carrier left out does.
    const clashing = allowed ? list.filter((c) => !allowed.has(c.id)) : list.slice(1);
    for (const carrier of clashing) {
      const others = list.filter((c) => c.id !== carrier.id).map((c) => `"${c.id}" (line ${lineOf(c.path)})`).join(', ');
      error(
        carrier.path,
        `alias "${carrier.alias}" also belongs to ${others}`,
        allowed ? `add "${carrier.id}" to the "sharedAliases" entry for "${carrier.alias}", or remove the alias` : 'declare it in "sharedAliases" or remove one',
      );
    }
  }
  return errors;
}

/** The entity list as the engine reads it. */
export function toEntityRecords(file: EntitiesFile): EntityRecord[] {
  return file.entities.map((e) => ({
    id: e.id, name: e.name, kind: e.kind, aliases: e.aliases,
    ...(e.contextAliases ? { contextAliases: e.contextAliases } : {}),
    role: e.role, description: e.description, affiliation: e.affiliation,
  }));
}

/** ` (did you mean "x"?)` for a near miss, else nothing. */
export function suggest(wrong: string, candidates: string[]): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(wrong.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(wrong, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
