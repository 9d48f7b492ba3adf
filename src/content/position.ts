// Where a card goes: below its passage when it fits, else above, else wherever is roomier; always
// inside the viewport with a margin. Pure, so it is tested without layout.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const MARGIN = 8;
const GAP = 6;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): { left: number; top: number; placement: 'below' | 'above' } {
  const below = anchor.top + anchor.height + GAP;
  const spaceBelow = viewport.height - below - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const placement = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  let top = placement === 'below' ? below : anchor.top - GAP - card.height;
  top = clamp(top, MARGIN, viewport.height - card.height - MARGIN);
  const left = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  return { left, top, placement };
}

function clamp(value: number, min: number, max: number): number {
  return max < min ? min : Math.min(Math.max(value, min), max);
}
