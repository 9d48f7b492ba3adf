// Which annotation is under the pointer. The caret position under the point (which snaps to the
// nearest text) narrows the candidates; the point must then lie inside one of the range's line
// boxes. Nested annotations: the smallest wins (a name inside a quote opens the name's card).
import type { Anchored } from './highlights.ts';

export interface Rectangle {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface HitCandidate<T> {
  item: T;
  rects: ArrayLike<Rectangle>;
  /** Text length, to prefer the innermost annotation. */
  length: number;
}

const SLOP = 1;

export function insideAny(rects: ArrayLike<Rectangle>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

/** The innermost candidate whose line boxes contain the point. */
export function pickAt<T>(candidates: HitCandidate<T>[], x: number, y: number): T | null {
  let best: HitCandidate<T> | null = null;
  for (const c of candidates) {
    if (!insideAny(c.rects, x, y)) continue;
    if (!best || c.length < best.length) best = c;
  }
  return best?.item ?? null;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The anchored annotation under a viewport point, if any. */
export function annotationAt(doc: Document, anchored: readonly Anchored[], x: number, y: number): Anchored | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const candidates: HitCandidate<Anchored>[] = [];
  for (const a of anchored) {
    let inside = false;
    try {
      inside = a.range.isPointInRange(caret.node, caret.offset);
    } catch {
      inside = false; // a node from another document or a detached tree
    }
    if (inside) candidates.push({ item: a, rects: a.range.getClientRects(), length: a.annotation.selector.exact.length });
  }
  return pickAt(candidates, x, y);
}
