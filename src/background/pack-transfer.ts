// A pack's text between the popup and this worker, in parts (shared/packs.ts): the export waiting
// to be read, the import being received. One of each at a time, kept in this worker's memory for
// a few minutes at most: a worker that restarts in between has lost it, and the popup says to try
// again.
import { MAX_PACK_CHARS } from '../core/corpus/pack.ts';
import { packParts } from '../shared/packs.ts';

const KEEP_MS = 5 * 60_000;

let outgoing: { id: string; parts: string[]; at: number } | null = null;
let incoming: { id: string; parts: (string | undefined)[]; chars: number; at: number } | null = null;

const fresh = (at: number, now: number) => now - at <= KEEP_MS;

/** Keeps a pack to be read in parts; returns its id and parts (the first one is sent at once). */
export function offerPack(text: string, now = Date.now()): { transfer: string; parts: string[] } {
  const parts = packParts(text);
  outgoing = { id: crypto.randomUUID(), parts, at: now };
  return { transfer: outgoing.id, parts };
}

/** A part of the pack on offer; the pack is let go once its last part is read. */
export function offeredPart(id: string, part: number, now = Date.now()): string | null {
  if (!outgoing || outgoing.id !== id || !fresh(outgoing.at, now)) return null;
  const text = outgoing.parts[part];
  if (text === undefined) return null;
  if (part === outgoing.parts.length - 1) outgoing = null;
  return text;
}

export type Received = { ok: true; received: number } | { ok: false; error: string };

/** One part of a pack the popup sends. A new transfer id replaces the one before. */
export function receivePart(id: string, part: number, parts: number, text: string, now = Date.now()): Received {
  if (!incoming || incoming.id !== id || !fresh(incoming.at, now)) incoming = { id, parts: new Array<string | undefined>(parts).fill(undefined), chars: 0, at: now };
  if (incoming.parts.length !== parts || part >= parts) return { ok: false, error: 'the pack\'s parts do not fit together: try again' };
  incoming.chars += text.length - (incoming.parts[part]?.length ?? 0);
  if (incoming.chars > MAX_PACK_CHARS) {
    incoming = null;
    return { ok: false, error: `the file is more than the ${MAX_PACK_CHARS / 1024 / 1024} MB a pack may have; split it into smaller packs` };
  }
  incoming.parts[part] = text;
  return { ok: true, received: incoming.parts.filter((p) => p !== undefined).length };
}

/** The whole text of a pack received (and let go), or why not. */
export function takeReceived(id: string, now = Date.now()): { ok: true; text: string } | { ok: false; error: string } {
  const held = incoming?.id === id && fresh(incoming.at, now) ? incoming : null;
  if (held) incoming = null;
  if (!held || held.parts.some((p) => p === undefined)) {
    return { ok: false, error: 'the pack did not arrive whole (Parallax may have restarted while it was sent): try again' };
  }
  return { ok: true, text: held.parts.join('') };
}
