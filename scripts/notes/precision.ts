// Precision above the line, per kind and half, of judged notes weighed by a note model: the
// table `npm run train:notes` and `npm run eval:notes` print.

import type { DifferenceKind } from '../../src/core/types.ts';
import { noteConfidence, type NoteModel } from '../../src/core/compare/note-model.ts';
import type { JudgedNote } from './judged.ts';

export const KINDS: DifferenceKind[] = ['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere'];

export interface Precision {
  judged: number;
  above: number;
  real: number;
  precision: number | null;
}

export function precisionAbove(notes: JudgedNote[], kind: DifferenceKind, model: NoteModel): Precision {
  const ofKind = notes.filter((n) => n.kind === kind);
  const above = ofKind.filter((n) => noteConfidence(kind, n.features, model) >= model.kinds[kind].line);
  const real = above.filter((n) => n.verdict === 'real').length;
  return { judged: ofKind.length, above: above.length, real, precision: above.length ? real / above.length : null };
}

const cell = (p: Precision) => `${p.precision === null ? '—' : p.precision.toFixed(2)} (${p.real}/${p.above} of ${p.judged})`;

/** Markdown: kind, line, tuning half and held-out half as "precision (real/above of judged)". */
export function precisionTable(judged: JudgedNote[], model: NoteModel): string {
  const rows = ['| kind | line | tuning half | held-out half |', '|---|---|---|---|'];
  let total = { tune: 0, hold: 0 };
  for (const kind of KINDS) {
    const line = model.kinds[kind].line;
    const tune = precisionAbove(judged.filter((n) => n.half === 'tune'), kind, model);
    const hold = precisionAbove(judged.filter((n) => n.half === 'hold'), kind, model);
    total = { tune: total.tune + tune.above, hold: total.hold + hold.above };
    rows.push(`| ${kind} | ${line > 1 ? 'none (never marked)' : line.toFixed(3)} | ${cell(tune)} | ${cell(hold)} |`);
  }
  rows.push(`| all kinds | | ${total.tune} above the line | ${total.hold} above the line |`);
  return rows.join('\n');
}
