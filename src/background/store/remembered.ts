// Remembered articles in the extension's database: the record (metadata and compact profile) in
// `remembered`, the compressed text apart in `rememberedTexts`, and the counts and a revision in
// `prefs/memory`, all written in one transaction. At most MAX_REMEMBERED articles and
// MAX_REMEMBERED_BYTES: the oldest read go first. A write the browser refuses (quota) aborts
// whole: nothing already kept is lost.
import * as v from 'valibot';
import type { RememberedRecord } from '../../core/corpus/remembered.ts';
import { FIGURES_PER_ARTICLE, PERSONS_PER_ARTICLE, QUOTE_SAMPLE } from '../../core/match/compact-profile.ts';
import type { IDBPObjectStore } from 'idb';
import { allOrNothing, database, type ParallaxSchema } from './db.ts';
import { deflate, inflate } from './compress.ts';

export const MAX_REMEMBERED = 5_000;
export const MAX_REMEMBERED_BYTES = 50 * 1024 * 1024;
const MEMORY = 'memory';

const words = (length?: number) => v.custom<Uint32Array>((x) => x instanceof Uint32Array && (length === undefined || x.length === length));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const RecordSchema = v.object({
  v: v.literal(1),
  id: v.pipe(v.string(), v.regex(/^mem-[0-9a-z]{1,20}$/)),
  site: text(253),
  title: text(2_000),
  outlet: text(2_000),
  siteName: v.nullable(text(2_000)),
  byline: v.nullable(text(2_000)),
  url: v.nullable(text(8_000)),
  publishedAt: v.nullable(text(64)),
  language: v.pipe(v.string(), v.minLength(1), v.maxLength(35)),
  readAt: v.pipe(v.string(), v.isoTimestamp()),
  storyId: text(200),
  storyTitle: text(2_000),
  profile: v.object({
    hashes: words(),
    weights: v.custom<Uint8Array>((x) => x instanceof Uint8Array),
    persons: words(PERSONS_PER_ARTICLE),
    quotes: words(QUOTE_SAMPLE),
    figures: words(FIGURES_PER_ARTICLE),
    day: v.number(),
    dateline: v.number(),
  }),
  chars: v.number(),
  bytes: v.number(),
});
type StoredRecord = v.InferOutput<typeof RecordSchema>;
const MemorySchema = v.object({ v: v.literal(1), rev: v.number(), count: v.number(), bytes: v.number() });
export type Memory = v.InferOutput<typeof MemorySchema>;
const EMPTY_MEMORY: Memory = { v: 1, rev: 0, count: 0, bytes: 0 };

function parseRecord(value: unknown, id: string): StoredRecord | null {
  const parsed = v.safeParse(RecordSchema, value);
  return parsed.success && parsed.output.id === id && parsed.output.profile.weights.length === parsed.output.profile.hashes.length ? parsed.output : null;
}

const toRecord = ({ v: _v, bytes: _b, ...record }: StoredRecord): RememberedRecord => record;

/** Counts and the revision (bumped by every change: it names the corpus's remembered part). */
export async function readMemory(): Promise<Memory> {
  const parsed = v.safeParse(MemorySchema, await (await database()).get('prefs', MEMORY));
  return parsed.success ? parsed.output : EMPTY_MEMORY;
}

export interface RememberedSet {
  rev: number;
  records: RememberedRecord[];
  bytes: number;
}

/** Every readable record (no text), oldest first, and the revision they make, read together. */
export async function readRemembered(): Promise<RememberedSet> {
  const db = await database();
  const tx = db.transaction(['remembered', 'prefs'], 'readonly');
  const [keys, values, memory] = await Promise.all([tx.objectStore('remembered').getAllKeys(), tx.objectStore('remembered').getAll(), tx.objectStore('prefs').get(MEMORY), tx.done]);
  const stored = keys.flatMap((key, i) => parseRecord(values[i], key) ?? []);
  stored.sort((a, b) => (a.readAt < b.readAt ? -1 : a.readAt > b.readAt ? 1 : 0));
  const parsedMemory = v.safeParse(MemorySchema, memory);
  return { rev: parsedMemory.success ? parsedMemory.output.rev : 0, records: stored.map(toRecord), bytes: stored.reduce((n, r) => n + r.bytes, 0) };
}

/** About what a record costs on disk: its compressed text, its profile and its fields. */
function sizeOf(record: RememberedRecord, compressed: Uint8Array): number {
  const p = record.profile;
  const { profile: _profile, ...fields } = record;
  return compressed.byteLength + p.hashes.byteLength + p.weights.byteLength + p.persons.byteLength + p.quotes.byteLength + p.figures.byteLength + new TextEncoder().encode(JSON.stringify(fields)).length;
}

export interface Remembered {
  /** False when it was already kept. */
  added: boolean;
  /** Oldest ones dropped to stay within the limits. */
  dropped: string[];
  memory: Memory;
}

const WRITE_STORES = ['remembered', 'rememberedTexts', 'prefs'] as const;
type WriteStores = typeof WRITE_STORES;

interface WriteScope {
  records: IDBPObjectStore<ParallaxSchema, WriteStores, 'remembered', 'readwrite'>;
  texts: IDBPObjectStore<ParallaxSchema, WriteStores, 'rememberedTexts', 'readwrite'>;
  prefs: IDBPObjectStore<ParallaxSchema, WriteStores, 'prefs', 'readwrite'>;
  /** The counts as stored (recounted when unreadable), a copy to change and put back. */
  memory: Memory;
  /** Writes queued in the transaction: awaited with it, and quietened when it aborts. */
  pending: Promise<unknown>[];
}

/**
 * One read-write transaction over the remembered stores: `work` reads and queues its writes,
 * then everything commits together. Anything that throws (a write the browser refuses) aborts
 * the whole, so nothing already kept is lost.
 */
async function inWriteTransaction<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
  const tx = (await database()).transaction(WRITE_STORES, 'readwrite');
  return allOrNothing(tx, async (pending) => {
    const records = tx.objectStore('remembered');
    const prefs = tx.objectStore('prefs');
    const parsed = v.safeParse(MemorySchema, await prefs.get(MEMORY));
    const memory = parsed.success ? { ...parsed.output } : { ...EMPTY_MEMORY, count: await records.count() };
    return work({ records, texts: tx.objectStore('rememberedTexts'), prefs, memory, pending });
  });
}

/** Keeps an article and its text, dropping the oldest beyond the limits, in one transaction. */
export async function storeRemembered(record: RememberedRecord, fullText: string, limits = { articles: MAX_REMEMBERED, bytes: MAX_REMEMBERED_BYTES }): Promise<Remembered> {
  // Compressed before the transaction opens: it would commit itself while waiting.
  const compressed = await deflate(fullText);
  const bytes = sizeOf(record, compressed);
  return inWriteTransaction(async ({ records, texts, prefs, memory, pending }) => {
    if ((await records.getKey(record.id)) !== undefined) return { added: false, dropped: [], memory };
    const dropped: string[] = [];
    let cursor = await records.index('by-read').openCursor();
    while (cursor && (memory.count + 1 > limits.articles || memory.bytes + bytes > limits.bytes)) {
      const old = cursor.value as { bytes?: unknown };
      dropped.push(cursor.primaryKey);
      memory.count -= 1;
      memory.bytes -= typeof old.bytes === 'number' ? old.bytes : 0;
      pending.push(cursor.delete());
      pending.push(texts.delete(cursor.primaryKey));
      cursor = await cursor.continue();
    }
    const stored: StoredRecord = { v: 1, ...record, bytes };
    memory.count += 1;
    memory.bytes = Math.max(0, memory.bytes) + bytes;
    memory.rev += 1;
    pending.push(records.put(stored, record.id));
    pending.push(texts.put({ v: 1, deflated: compressed }, record.id));
    pending.push(prefs.put(memory, MEMORY));
    return { added: true, dropped, memory };
  });
}

export type StoredBatch =
  | { ok: true; added: number; present: string[]; memory: Memory }
  | { ok: false; over: { count: number; bytes: number; adding: number; addingBytes: number } };

/**
 * Keeps many articles at once (a pack's), all or nothing, in one transaction: one already kept
 * is left as it is (`present`); when the others would take the store past a limit, nothing is
 * written and nothing old is dropped (`over`). A write the browser refuses aborts the whole.
 */
export async function storeRememberedBatch(
  entries: readonly { record: RememberedRecord; text: string }[],
  limits = { articles: MAX_REMEMBERED, bytes: MAX_REMEMBERED_BYTES },
): Promise<StoredBatch> {
  // Compressed before the transaction opens: it would commit itself while waiting for them.
  const compressed = await Promise.all(entries.map((e) => deflate(e.text)));
  return inWriteTransaction<StoredBatch>(async ({ records, texts, prefs, memory, pending }) => {
    const keys = await Promise.all(entries.map((e) => records.getKey(e.record.id)));
    const present = new Set(entries.filter((_, i) => keys[i] !== undefined).map((e) => e.record.id));
    const adding = entries.flatMap((e, i) => (present.has(e.record.id) ? [] : [{ ...e, compressed: compressed[i]!, bytes: sizeOf(e.record, compressed[i]!) }]));
    const addingBytes = adding.reduce((n, e) => n + e.bytes, 0);
    if (memory.count + adding.length > limits.articles || memory.bytes + addingBytes > limits.bytes) {
      return { ok: false, over: { count: memory.count, bytes: memory.bytes, adding: adding.length, addingBytes } };
    }
    for (const e of adding) {
      const stored: StoredRecord = { v: 1, ...e.record, bytes: e.bytes };
      pending.push(records.put(stored, e.record.id));
      pending.push(texts.put({ v: 1, deflated: e.compressed }, e.record.id));
    }
    if (adding.length) {
      memory.count += adding.length;
      memory.bytes = Math.max(0, memory.bytes) + addingBytes;
      memory.rev += 1;
      pending.push(prefs.put(memory, MEMORY));
    }
    return { ok: true, added: adding.length, present: [...present], memory };
  });
}

export type ForgetScope = 'article' | 'story' | 'site' | 'all';

/** Forgets the articles in scope; answers each one's id and site. */
export async function forgetRemembered(scope: ForgetScope, key: string | null): Promise<{ id: string; site: string }[]> {
  const db = await database();
  const tx = db.transaction(['remembered', 'rememberedTexts', 'prefs'], 'readwrite');
  const records = tx.objectStore('remembered');
  const ids =
    scope === 'all' ? await records.getAllKeys()
    : scope === 'article' ? ((await records.getKey(key ?? '')) !== undefined ? [key!] : [])
    : await records.index(scope === 'story' ? 'by-story' : 'by-site').getAllKeys(key ?? '');
  let freed = 0;
  const forgotten: { id: string; site: string }[] = [];
  for (const id of ids) {
    const old = (await records.get(id)) as { bytes?: unknown; site?: unknown } | undefined;
    freed += typeof old?.bytes === 'number' ? old.bytes : 0;
    forgotten.push({ id: String(id), site: typeof old?.site === 'string' ? old.site : '' });
    await Promise.all([records.delete(id), tx.objectStore('rememberedTexts').delete(id)]);
  }
  const prefs = tx.objectStore('prefs');
  const parsed = v.safeParse(MemorySchema, await prefs.get(MEMORY));
  const memory = parsed.success ? parsed.output : EMPTY_MEMORY;
  const remaining = scope === 'all' ? 0 : await records.count();
  if (ids.length) await prefs.put({ v: 1, rev: memory.rev + 1, count: remaining, bytes: remaining ? Math.max(0, memory.bytes - freed) : 0 }, MEMORY);
  await tx.done;
  return forgotten;
}

/** The texts of these remembered articles (those that can be read), decompressed. */
export async function readRememberedTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const db = await database();
  const out = new Map<string, string>();
  const values = await Promise.all(ids.map((id) => db.get('rememberedTexts', id)));
  await Promise.all(ids.map(async (id, i) => {
    const value = values[i] as { v?: unknown; deflated?: unknown } | undefined;
    if (value?.v !== 1 || !(value.deflated instanceof Uint8Array)) return;
    try {
      out.set(id, await inflate(value.deflated));
    } catch {
      // a damaged text: that version is left out of the comparison
    }
  }));
  return out;
}
