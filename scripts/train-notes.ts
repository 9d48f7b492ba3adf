// Fits the note model (src/core/compare/note-model.json) on the judged notes' stored features:
// per kind, a ridge-regularised logistic regression on the tuning half only (odd ECB+ topics and
// the note stories whose name hashes odd), the two coverage kinds pooled into one model (they
// are one question asked in two directions; the direction is a feature). Each kind's line is the
// lowest confidence at which the tuning half's notes above it are real at least 95 times in 100
// with a one-standard-error lower bound of 0.90. Prints precision above the line on both halves
// (the held-out half was used for nothing) and how calibrated the held-out half is. Deterministic.
// Usage: npm run train:notes [-- --dry-run]

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DifferenceKind } from '../src/core/types.ts';
import { noteConfidence, type KindModel, type NoteModel } from '../src/core/compare/note-model.ts';
import { readJudged, type JudgedNote } from './notes/judged.ts';
import { KINDS, precisionTable } from './notes/precision.ts';

const TARGET = 0.95;
const LOWER_BOUND = 0.9;
/** Fewer judged notes than this: no weights, only the smoothed share of real notes. */
const MIN_FOR_WEIGHTS = 20;
/** Ridge strengths tried; the one with the lowest cross-validated log loss on the tuning half wins. */
const L2_CHOICES = [0.5, 2, 8, 32];
/** Features that say nothing about a note on the bench (every ECB+ story has four versions). */
const UNUSED = new Set(['versions']);
const COVERAGE: DifferenceKind[] = ['only-here', 'only-elsewhere'];
const DIRECTION = 'elsewhere';

type Row = { features: Record<string, number>; real: boolean };

const rowsOf = (notes: JudgedNote[]): Row[] =>
  notes.map((n) => ({
    features: {
      ...Object.fromEntries(Object.entries(n.features).filter(([k]) => !UNUSED.has(k))),
      ...(COVERAGE.includes(n.kind) ? { [DIRECTION]: n.kind === 'only-elsewhere' ? 1 : 0 } : {}),
    },
    real: n.verdict === 'real',
  }));

interface Fitted {
  bias: number;
  weights: Record<string, number>;
}

function fit(rows: Row[], l2: number): Fitted {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const real = rows.filter((r) => r.real).length;
  let bias = Math.log((real + 1) / (rows.length - real + 1));
  if (rows.length < MIN_FOR_WEIGHTS) return { bias: round(bias), weights: {} };
  const w = new Map(names.map((k) => [k, 0]));
  const rate = 0.5;
  for (let step = 0; step < 4000; step++) {
    let gb = 0;
    const g = new Map(names.map((k) => [k, 0]));
    for (const r of rows) {
      let z = bias;
      for (const k of names) z += w.get(k)! * (r.features[k] ?? 0);
      const err = 1 / (1 + Math.exp(-z)) - (r.real ? 1 : 0);
      gb += err;
      for (const k of names) g.set(k, g.get(k)! + err * (r.features[k] ?? 0));
    }
    bias -= (rate * gb) / rows.length;
    for (const k of names) w.set(k, w.get(k)! - rate * (g.get(k)! / rows.length + (l2 * w.get(k)!) / rows.length));
  }
  return { bias: round(bias), weights: Object.fromEntries(names.map((k) => [k, round(w.get(k)!)])) };
}

function predict(m: Fitted, r: Row): number {
  let z = m.bias;
  for (const [k, v] of Object.entries(m.weights)) z += v * (r.features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

function crossValidatedLoss(rows: Row[], l2: number): number {
  let loss = 0;
  for (let fold = 0; fold < 5; fold++) {
    const m = fit(rows.filter((_, i) => i % 5 !== fold), l2);
    for (const r of rows.filter((_, i) => i % 5 === fold)) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, predict(m, r)));
      loss -= r.real ? Math.log(p) : Math.log(1 - p);
    }
  }
  return loss / rows.length;
}

/** The share of real notes alone, as a model: what weights must beat. */
function priorOnly(rows: Row[]): Fitted {
  const real = rows.filter((r) => r.real).length;
  return { bias: round(Math.log((real + 1) / (rows.length - real + 1))), weights: {} };
}

function crossValidatedPriorLoss(rows: Row[]): number {
  let loss = 0;
  for (let fold = 0; fold < 5; fold++) {
    const m = priorOnly(rows.filter((_, i) => i % 5 !== fold));
    for (const r of rows.filter((_, i) => i % 5 === fold)) {
      const p = Math.min(1 - 1e-6, Math.max(1e-6, predict(m, r)));
      loss -= r.real ? Math.log(p) : Math.log(1 - p);
    }
  }
  return loss / rows.length;
}

/** Weights only when they predict held-back tuning notes better than the share of real notes does. */
const MIN_GAIN = 0.01;

function fitBest(rows: Row[], label: string): Fitted {
  if (rows.length < MIN_FOR_WEIGHTS) return priorOnly(rows);
  const best = L2_CHOICES.map((l2) => ({ l2, loss: crossValidatedLoss(rows, l2) })).sort((a, b) => a.loss - b.loss)[0]!;
  const prior = crossValidatedPriorLoss(rows);
  const useWeights = best.loss < prior - MIN_GAIN;
  console.error(
    `${label}: ${rows.length} tuning notes, ridge ${best.l2} (cross-validated log loss ${best.loss.toFixed(3)}; ` +
      `share of real notes alone ${prior.toFixed(3)}): ${useWeights ? 'weights' : 'share only'}`,
  );
  return useWeights ? fit(rows, best.l2) : priorOnly(rows);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Wilson lower bound (one standard error) of a share: small samples do not pass on luck. */
function lowerBound(real: number, n: number, z = 1): number {
  if (n === 0) return 0;
  const p = real / n;
  const d = 1 + (z * z) / n;
  return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
}

function chooseLine(notes: JudgedNote[], kind: DifferenceKind, model: NoteModel): number {
  const scored = notes.map((n) => ({ c: noteConfidence(kind, n.features, model), real: n.verdict === 'real' }));
  const candidates = [...new Set(scored.map((s) => s.c))].sort((a, b) => a - b);
  for (const c of candidates) {
    const above = scored.filter((s) => s.c >= c);
    const real = above.filter((s) => s.real).length;
    if (real / above.length >= TARGET && lowerBound(real, above.length) >= LOWER_BOUND) return c;
  }
  return 1.01;
}

const judged = readJudged();
const tune = judged.filter((n) => n.half === 'tune');
const model: NoteModel = { about: '', kinds: {} as NoteModel['kinds'] };

const pooled = fitBest(rowsOf(tune.filter((n) => COVERAGE.includes(n.kind))), 'coverage (both directions)');
for (const kind of KINDS) {
  let fitted: Fitted;
  if (COVERAGE.includes(kind)) {
    const { [DIRECTION]: direction = 0, ...weights } = pooled.weights;
    fitted = { bias: round(pooled.bias + (kind === 'only-elsewhere' ? direction : 0)), weights };
  } else {
    fitted = fitBest(rowsOf(tune.filter((n) => n.kind === kind)), kind);
  }
  model.kinds[kind] = { ...fitted, line: 1 } as KindModel;
  model.kinds[kind].line = chooseLine(tune.filter((n) => n.kind === kind), kind, model);
}
model.about =
  `Fitted by scripts/train-notes.ts on the tuning half of ${judged.length} judged notes in tests/fixtures/judged-notes/ ` +
  `(${tune.length} tuning); lines chosen there for ${TARGET} precision.`;

console.log(precisionTable(judged, model));
// Calibration on the held-out half: of the notes given about p, how many are real.
const hold = judged.filter((n) => n.half === 'hold');
console.log('\nheld-out calibration: confidence band → real/notes');
for (const [lo, hi] of [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.01]] as const) {
  const band = hold.filter((n) => {
    const c = noteConfidence(n.kind, n.features, model);
    return c >= lo && c < hi;
  });
  console.log(`  ${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)}: ${band.filter((n) => n.verdict === 'real').length}/${band.length}`);
}
if (!process.argv.includes('--dry-run')) {
  writeFileSync(join(import.meta.dirname, '..', 'src', 'core', 'compare', 'note-model.json'), `${JSON.stringify(model, null, 2)}\n`);
  console.error('wrote src/core/compare/note-model.json');
}
