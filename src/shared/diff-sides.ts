// A word-level diff (here -> there) split into the two versions a reader compares side by side,
// each piece flagged when it is the changed part. Used by the page's cards and the popup.
import type { DiffPart, DifferenceKind } from '../core/types.ts';

export interface SidePiece {
  text: string;
  changed: boolean;
}

/**
 * Pieces may be bare runs of words ("The Taliban", "seek") or carry their own spaces; a space is
 * put between two runs that would otherwise touch (never before closing punctuation), outside the
 * changed piece so a <mark> holds words only.
 */
function append(side: SidePiece[], text: string, changed: boolean): void {
  if (!text) return;
  const previous = side[side.length - 1];
  if (previous && !/\s$/.test(previous.text) && !/^[\s,.;:!?)\]}’”»…-]/.test(text)) side.push({ text: ' ', changed: false });
  side.push({ text, changed });
}

export function diffSides(parts: readonly DiffPart[]): { here: SidePiece[]; there: SidePiece[] } {
  const here: SidePiece[] = [];
  const there: SidePiece[] = [];
  for (const p of parts) {
    if (p.op !== 'there') append(here, p.text, p.op === 'here');
    if (p.op !== 'here') append(there, p.text, p.op === 'there');
  }
  return { here, there };
}

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  'quote-wording': 'Quoted differently',
  attribution: 'Attributed differently',
  number: 'Different figures',
  date: 'Different dates',
  'only-here': 'Only in this article',
  'only-elsewhere': 'Only in other outlets',
};

export const KIND_ORDER: readonly DifferenceKind[] = ['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere'];

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
