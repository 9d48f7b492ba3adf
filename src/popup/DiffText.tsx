// One side of a word-level diff, its changed words in <mark data-px-diff="here|there">.
import type { DiffPart } from '../core/types.ts';
import { diffSides } from '../shared/diff-sides.ts';

interface Props {
  parts: readonly DiffPart[] | null | undefined;
  side: 'here' | 'there';
  fallback: string;
}

export function DiffText({ parts, side, fallback }: Props) {
  if (!parts?.length) return <>{fallback}</>;
  return (
    <>
      {diffSides(parts)[side].map((piece, i) => (piece.changed ? <mark key={i} data-px-diff={side}>{piece.text}</mark> : piece.text))}
    </>
  );
}
