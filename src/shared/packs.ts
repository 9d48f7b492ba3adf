// Corpus packs between the popup and the background (docs/extension.md, "Corpus packs"). A pack
// may be 64 MB, and Chrome refuses a message over 64 MiB of JSON: the text travels in parts of
// at most PACK_PART_CHARS (escaped as JSON, a part stays under 48 MiB), named by a transfer id.
import { MAX_PACK_CHARS } from '../core/corpus/pack.ts';

export const PACK_PART_CHARS = 8 * 1024 * 1024;
export const MAX_PACK_PARTS = Math.ceil(MAX_PACK_CHARS / PACK_PART_CHARS);
export const TRANSFER_ID = /^[0-9a-z-]{8,64}$/;

export function packParts(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += PACK_PART_CHARS) parts.push(text.slice(at, at + PACK_PART_CHARS));
  return parts.length ? parts : [''];
}

/** The export: its first part, and how many there are (the others are asked for with `readPackPart`). */
export interface PackExported {
  transfer: string;
  parts: number;
  first: string;
  articles: number;
  stories: number;
  /** Characters of the whole pack. */
  chars: number;
  /** Articles left out (a text that could not be read). */
  leftOut: number;
}

export interface PackSkipped {
  title: string;
  reason: 'in-corpus' | 'twice-in-pack';
}

export interface PackImported {
  /** Articles added to the reader's remembered articles. */
  imported: number;
  /** The pack's articles that were already there (or in the pack twice). */
  skipped: number;
  /** The first few of them, in pack order. */
  skippedExamples: PackSkipped[];
  /** Stories of the reader's corpus the articles joined, and new ones they started. */
  joined: number;
  founded: number;
}
