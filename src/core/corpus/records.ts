// Defensive reads of parsed JSON whose shape may be wrong: the semantic checks run on whatever
// entries are usable, so that one run reports every error, not only the shape errors.

export type JsonRecord = Record<string, unknown>;

/** The objects in `value[key]` (by their original index; non-objects become empty records). */
export function recordsOf(value: unknown, key: string): JsonRecord[] {
  const list = (value as JsonRecord | null)?.[key];
  if (!Array.isArray(list)) return [];
  return list.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? (item as JsonRecord) : {}));
}

/** The strings in a list value (others skipped); [] when it is not a list. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
