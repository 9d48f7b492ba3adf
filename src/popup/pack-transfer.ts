// The popup's side of corpus packs: the exported pack fetched from the background part by part,
// a chosen file read (its size checked first) and sent in parts, then imported whole. The
// background checks everything again: this side only keeps a huge file from being read at all.
import { MAX_PACK_CHARS } from '../core/corpus/pack.ts';
import type { Replies } from '../shared/messages.ts';
import { packParts, type PackExported } from '../shared/packs.ts';
import { command } from './commands.ts';

export const PACK_TYPE = 'application/json';

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** "parallax-corpus-2026-05-10.json", by the reader's own calendar. */
export function packFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `parallax-corpus-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export async function exportedPack(): Promise<{ ok: true; text: string; info: PackExported } | { ok: false; error: string }> {
  const reply = await command({ type: 'exportPack' });
  if (!reply.ok) return reply;
  const parts = [reply.first];
  for (let part = 1; part < reply.parts; part++) {
    const next = await command({ type: 'readPackPart', transfer: reply.transfer, part });
    if (!next.ok) return next;
    parts.push(next.text);
  }
  return { ok: true, text: parts.join(''), info: reply };
}

/** The text of a chosen file, or why it is not read (a pack has at most MAX_PACK_CHARS; UTF-8 has at least one byte a character). */
export async function readPackFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_PACK_CHARS) {
    return { ok: false, error: `the file is ${megabytes(file.size)}, more than the ${megabytes(MAX_PACK_CHARS)} a pack may have; split it into smaller packs` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, error: `the file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

export async function importPackText(text: string): Promise<Replies['importPack']> {
  const transfer = crypto.randomUUID();
  const parts = packParts(text);
  for (const [part, chunk] of parts.entries()) {
    const sent = await command({ type: 'sendPackPart', transfer, part, parts: parts.length, text: chunk });
    if (!sent.ok) return sent;
  }
  return command({ type: 'importPack', transfer });
}
