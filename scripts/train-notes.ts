// Fits the note model (src/core/compare/note-model.json) on the judged notes' stored features:
// per kind, a logistic regression on the tuning half (odd topics), and the line: the lowest
// confidence at which the tuning half's notes above it are real at least 95 times in 100. Prints
// precision above the line on both halves (the held-out half was not used). Deterministic.
// Usage: npm run train:notes [-- --dry-run]

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DifferenceKind } from '../src/core/types.ts';
import { noteConfidence, type KindModel, type NoteModel } from '../src/core/compare/note-model.ts';
import { readJudged, type JudgedNote } from './notes/judged.ts';

const KINDS: DifferenceKind[] = ['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere'];
const TARGET = 0.95;
/** Fewer judged notes than this: no weights, only the smoothed share of real notes. */
const MIN_FOR_WEIGHTS = 20;
/** Ridge strengths tried; the one with the lowest cross-validated log loss on the tuning half wins. */
const L2_CHOICES = [0.5, 2, 8, 32];

function crossValidatedLoss(notes: JudgedNote[], l2: number): number {
  let loss = 0;
  for (let fold = 0; fold < 5; fold++) {
    const train = notes.filter((_, i) => i % 5 !== fold);
    const test = notes.filter((_, i) => i % 5 === fold);
    const m = fit(train, l2);
    for (const n of test) {
      let z = m.bias;
      for (const [k, w] of Object.entries(m.weights)) z += w * (n.features[k] ?? 0);
      const p = Math.min(1 - 1e-6, Math.max(1e-6, 1 / (1 + Math.exp(-z))));
      loss -= n.verdict === 'real' ? Math.log(p) : Math.log(1 - p);
    }
  }
  return loss / notes.length;
}

function fitBest(notes: JudgedNote[]): KindModel {
  if (notes.length < MIN_FOR_WEIGHTS) return fit(notes, 0);
  const best = L2_CHOICES.map((l2) => ({ l2, loss: crossValidatedLoss(notes, l2) })).sort((a, b) => a.loss - b.loss)[0]!;
  console.error(`${notes[0]!.kind}: ridge ${best.l2} (cross-validated log loss ${best.loss.toFixed(3)})`);
  return fit(notes, best.l2);
}

function fit(notes: JudgedNote[], L2: number): KindModel {
  const names = [...new Set(notes.flatMap((n) => Object.keys(n.features)))].sort();
  const real = notes.filter((n) => n.verdict === 'real').length;
  const prior = Math.log((real + 1) / (notes.length - real + 1));
  if (notes.length < MIN_FOR_WEIGHTS) return { bias: round(prior), weights: {}, line: 1 };
  let bias = prior;
  const w = new Map(names.map((k) => [k, 0]));
  const rate = 0.5;
  for (let step = 0; step < 4000; step++) {
    let gb = 0;
    const g = new Map(names.map((k) => [k, 0]));
    for (const n of notes) {
      let z = bias;
      for (const k of names) z += w.get(k)! * (n.features[k] ?? 0);
      const err = 1 / (1 + Math.exp(-z)) - (n.verdict === 'real' ? 1 : 0);
      gb += err;
      for (const k of names) g.set(k, g.get(k)! + err * (n.features[k] ?? 0));
    }
    bias -= (rate * gb) / notes.length;
    for (const k of names) w.set(k, w.get(k)! - rate * (g.get(k)! / notes.length + (L2 * w.get(k)!) / notes.length));
  }
  return { bias: round(bias), weights: Object.fromEntries(names.map((k) => [k, round(w.get(k)!)])), line: 1 };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function precisionAbove(notes: JudgedNote[], kind: DifferenceKind, model: NoteModel, line: number) {
  const above = notes.filter((n) => noteConfidence(kind, n.features, model) >= line);
  const real = above.filter((n) => n.verdict === 'real').length;
  return { above: above.length, real, precision: above.length ? real / above.length : null };
}

/** Wilson lower bound (one standard error) of a share: small samples do not pass on luck. */
function lowerBound(real: number, n: number, z = 1): number {
  if (n === 0) return 0;
  const p = real / n;
  const d = 1 + (z * z) / n;
  return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
}

/**
 * The lowest line at which the tuning notes above it are real at least TARGET of the time with
 * the share's lower bound at TARGET - 0.05 or more.
 */
function chooseLine(notes: JudgedNote[], kind: DifferenceKind, model: NoteModel): number {
  const candidates = [...new Set(notes.map((n) => noteConfidence(kind, n.features, model)))].sort((a, b) => a - b);
  const passes = (c: number) => {
    const p = precisionAbove(notes, kind, model, c);
    return p.precision !== null && p.precision >= TARGET && lowerBound(p.real, p.above) >= TARGET - 0.05;
  };
  for (const c of candidates) if (passes(c)) return c;
  return 1.01;
}

const judged = readJudged();
const model: NoteModel = { about: '', kinds: {} as NoteModel['kinds'] };
for (const kind of KINDS) {
  const tune = judged.filter((n) => n.kind === kind && n.half === 'tune');
  model.kinds[kind] = fitBest(tune);
  model.kinds[kind].line = chooseLine(tune, kind, model);
}
model.about = `Fitted by scripts/train-notes.ts on the tuning half (odd topics) of ${judged.length} judged notes in tests/fixtures/judged-notes/; lines chosen there for ${TARGET} precision.`;

const rows = KINDS.map((kind) => {
  const line = model.kinds[kind].line;
  const of = (half: string) => judged.filter((n) => n.kind === kind && n.half === half);
  const t = precisionAbove(of('tune'), kind, model, line);
  const h = precisionAbove(of('hold'), kind, model, line);
  const fmt = (p: { above: number; real: number; precision: number | null }, all: number) =>
    `${p.precision === null ? '   —' : p.precision.toFixed(2)} (${p.real}/${p.above} of ${all})`;
  return `| ${kind} | ${line.toFixed(3)} | ${fmt(t, of('tune').length)} | ${fmt(h, of('hold').length)} |`;
});
console.log('| kind | line | tuning half: precision above line (real/above of judged) | held-out half |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
if (!process.argv.includes('--dry-run')) {
  writeFileSync(join(import.meta.dirname, '..', 'src', 'core', 'compare', 'note-model.json'), `${JSON.stringify(model, null, 2)}\n`);
  console.error('wrote src/core/compare/note-model.json');
}
