// A word-level diff (here -> there) split into the two versions a reader compares side by side,
// each piece flagged when it is the changed part. Used by the page's cards and the popup.
import type { DiffPart, DifferenceKind } from '../core/types.ts';

export interface SidePiece {
  text: string;
  changed: boolean;
}

export function diffSides(parts: readonly DiffPart[]): { here: SidePiece[]; there: SidePiece[] } {
  const here: SidePiece[] = [];
  const there: SidePiece[] = [];
  for (const p of parts) {
    if (p.op !== 'there') here.push({ text: p.text, changed: p.op === 'here' });
    if (p.op !== 'here') there.push({ text: p.text, changed: p.op === 'there' });
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
