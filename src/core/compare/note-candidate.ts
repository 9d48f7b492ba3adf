// A note before the note model has weighed it: the difference, the features its confidence is
// computed from, and the evidence a reader is shown.

import type { Difference } from '../types.ts';
import type { NoteFeatures } from './note-model.ts';

export type NoteCandidate = Omit<Difference, 'id' | 'confidence' | 'evidence'> & {
  features: NoteFeatures;
  /** Why Parallax believes the note, in words a reader can check. */
  evidence: string[];
};
