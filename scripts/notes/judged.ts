// The judged-notes fixtures: which note a verdict is about (file, kind, offsets; never the text),
// the verdict, and the features its confidence was computed from when it was judged.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Difference, DifferenceKind } from '../../src/core/types.ts';
import type { NoteFeatures } from '../../src/core/compare/note-model.ts';
import { hash32 } from '../../src/core/match/hash.ts';

export const JUDGED_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'judged-notes');

/** `real`: a disagreement or a claim of its own a reader would want flagged. `noise`: true but not
 * worth a note (background, furniture, a trivial change). `wrong`: not true (the claim is there, the
 * two remarks are two remarks, one person under two names). */
export type Verdict = 'real' | 'noise' | 'wrong';

export interface JudgedNote {
  id: string;
  /** Where the judged article comes from: a path under the corpus, or a fixture story's file. */
  file: string;
  event: string;
  /** `tune`: the line was chosen on it; `hold`: held out. */
  half: 'tune' | 'hold';
  kind: DifferenceKind;
  here: [number, number] | null;
  there: { file: string; span: [number, number] | null } | null;
  verdict: Verdict;
  /** The judge's reason, in the judge's own words (no article text). */
  why: string;
  features: NoteFeatures;
}

export interface JudgedFile {
  about: string;
  notes: JudgedNote[];
}

export function noteKey(file: string, d: Difference): string {
  const here = d.here ? `${d.here.start}-${d.here.end}` : '-';
  const there = d.there ? `${d.there.articleId}:${d.there.start ?? ''}-${d.there.end ?? ''}` : '-';
  return `${file}|${d.kind}|${here}|${there}`;
}

export function noteId(file: string, d: Difference): string {
  return hash32(noteKey(file, d)).toString(16).padStart(8, '0');
}

/** Topics of odd number tune the line; even ones are held out. */
export const halfOf = (topic: number): 'tune' | 'hold' => (topic % 2 === 1 ? 'tune' : 'hold');

export function readJudged(dir = JUDGED_DIR): JudgedNote[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as JudgedFile).notes);
}
