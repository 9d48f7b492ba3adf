// How sure Parallax is of a note: a logistic model per kind over named features, fitted on
// judged notes (`npm run train:notes`, from tests/fixtures/judged-notes/) and stored as JSON.
// Each kind has its line, chosen on half of the judged events: notes below it are not drawn on
// the page; the popup lists them apart as possible differences. Below the kind's floor a note is
// not listed at all.

import type { DifferenceKind } from '../types.ts';
import model from './note-model.json' with { type: 'json' };

export type NoteFeatures = Record<string, number>;

export interface KindModel {
  bias: number;
  weights: Record<string, number>;
  /** Notes at or above this confidence are drawn on the page. */
  line: number;
  /** Notes below this are not listed at all: the tuning half says they are more often wrong than right. */
  floor: number;
}

export interface NoteModel {
  about: string;
  kinds: Record<DifferenceKind, KindModel>;
}

export const NOTE_MODEL = model as NoteModel;

/** True when the note is sure enough to be listed at all (as possible, or marked when above the line). */
export function isAboveFloor(d: { kind: DifferenceKind; confidence: number; about?: string }, m: NoteModel = NOTE_MODEL): boolean {
  if (d.kind === 'date' && d.about === 'publication') return true;
  return d.confidence >= (m.kinds[d.kind].floor ?? 0);
}

export function noteConfidence(kind: DifferenceKind, features: NoteFeatures, m: NoteModel = NOTE_MODEL): number {
  const k = m.kinds[kind];
  let z = k.bias;
  for (const [name, w] of Object.entries(k.weights)) z += w * (features[name] ?? 0);
  let p = 1 / (1 + Math.exp(-z));
  // A note that rests on two attributions (this outlet gave the remark to someone else) is
  // right only if both are; with calibrated attributions, that is their product.
  if (features.bothAttributions !== undefined) p = Math.min(p, features.bothAttributions);
  return Math.round(p * 1000) / 1000;
}

/** True when the note is sure enough to mark on the page (and to count in the badge). */
export function isAboveLine(d: { kind: DifferenceKind; confidence: number; about?: string }, m: NoteModel = NOTE_MODEL): boolean {
  // Publication dates are facts about the versions, not judgements: always context.
  if (d.kind === 'date' && d.about === 'publication') return true;
  return d.confidence >= m.kinds[d.kind].line;
}
