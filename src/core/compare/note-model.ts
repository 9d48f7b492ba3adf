// How sure Parallax is of a note: a logistic model per kind over named features, fitted on
// judged notes (`npm run train:notes`, from tests/fixtures/judged-notes/) and stored as JSON.
// Each kind has its line, chosen on half of the judged events: notes below it are not drawn on
// the page; the popup lists them apart as possible differences.

import type { DifferenceKind } from '../types.ts';
import model from './note-model.json' with { type: 'json' };

export type NoteFeatures = Record<string, number>;

export interface KindModel {
  bias: number;
  weights: Record<string, number>;
  /** Notes at or above this confidence are drawn on the page. */
  line: number;
}

export interface NoteModel {
  about: string;
  kinds: Record<DifferenceKind, KindModel>;
}

export const NOTE_MODEL = model as NoteModel;

/** Below this a candidate is not listed at all. Zero: every candidate is listed with its confidence, the page draws only those above the line. */
export const POSSIBLE_FLOOR = 0;

export function noteConfidence(kind: DifferenceKind, features: NoteFeatures, m: NoteModel = NOTE_MODEL): number {
  const k = m.kinds[kind];
  let z = k.bias;
  for (const [name, w] of Object.entries(k.weights)) z += w * (features[name] ?? 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

/** True when the note is sure enough to mark on the page (and to count in the badge). */
export function isAboveLine(d: { kind: DifferenceKind; confidence: number; about?: string }, m: NoteModel = NOTE_MODEL): boolean {
  // Publication dates are facts about the versions, not judgements: always context.
  if (d.kind === 'date' && d.about === 'publication') return true;
  return d.confidence >= m.kinds[d.kind].line;
}
