// Fits the note model (src/core/compare/note-model.json) on the judged notes' stored features:
// per kind, a ridge-regularised logistic regression on the tuning half only (odd ECB+ topics and
// the note stories whose name hashes odd); weights only where they predict held-back tuning notes
// better than the kind's share of real notes, and with the sign of the features whose direction is
// known beforehand. Each kind's line is the lowest confidence at which the tuning half's notes
// above it are real at least 95 times in 100 with a one-standard-error lower bound of 0.90.
// Prints precision above the line on both halves (the held-out half is used for nothing) and how
// calibrated the held-out half is. Deterministic.
// Usage: npm run train:notes [-- --dry-run] [-- --pool]   (--pool: one model for both coverage
// directions, the direction a feature; off by default, as lengths mean opposite things in them)

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DifferenceKind } from '../src/core/types.ts';
import { noteConfidence, type KindModel, type NoteModel } from '../src/core/compare/note-model.ts';
import { readJudged, type JudgedNote } from './notes/judged.ts';
import { KINDS, precisionTable } from './notes/precision.ts';
import { hash32 } from '../src/core/match/hash.ts';

const TARGET = 0.95;
/** ... and not by luck: the share's one-standard-error lower bound (Wilson, z = 1) at least this. */
const LOWER_BOUND = 0.9;
const Z = 1;
/** Fewer judged notes than this: no weights, only the smoothed share of real notes. */
const MIN_FOR_WEIGHTS = 20;
/** Ridge strengths tried; the one with the lowest cross-validated log loss on the tuning half wins. */
const L2_CHOICES = [0.5, 2, 8, 32];
/** Features that say nothing about a note on the bench (every ECB+ story has four versions). */
const UNUSED = new Set(['versions']);
const COVERAGE: DifferenceKind[] = ['only-here', 'only-elsewhere'];
const DIRECTION = 'elsewhere';

/** A judged note as the fit sees it; `group`: its topic (ECB+) or story, so folds never split one. */
type Row = { features: Record<string, number>; real: boolean; group: string };

/**
 * Features whose direction is known before any note is judged: more of a claim found in another
 * version, or a claim set in years before the story, can only make "no other version has it"
 * less likely; a quoted remark or a figure nobody else prints, more. The fit keeps their weights
 * on that side of zero, so a few judged notes cannot turn them around.
 */
const NON_POSITIVE = new Set(['carried', 'carriedRare', 'echo', 'bestMatch', 'sectionPast', 'pastYear', 'year']);
const NON_NEGATIVE = new Set(['quote', 'quoteAttribution']);
const project = (k: string, w: number) => (NON_POSITIVE.has(k) ? Math.min(0, w) : NON_NEGATIVE.has(k) ? Math.max(0, w) : w);

const rowsOf = (notes: JudgedNote[]): Row[] =>
  notes.map((n) => ({
    features: {
      ...Object.fromEntries(Object.entries(n.features).filter(([k]) => !UNUSED.has(k))),
      ...(COVERAGE.includes(n.kind) ? { [DIRECTION]: n.kind === 'only-elsewhere' ? 1 : 0 } : {}),
    },
    real: n.verdict === 'real',
    group: n.event,
  }));

/**
 * Cross-validation folds by topic: notes of one story share words, people and the way one outlet
 * writes, so a fold holding some of them would flatter any weights that learned the story.
 */
const FOLDS = 5;
const foldOf = (r: Row) => hash32(r.group) % FOLDS;

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
    for (const k of names) w.set(k, project(k, w.get(k)! - rate * (g.get(k)! / rows.length + (l2 * w.get(k)!) / rows.length)));
  }
  return { bias: round(bias), weights: Object.fromEntries(names.map((k) => [k, round(w.get(k)!)])) };
}

function predict(m: Fitted, r: Row): number {
  let z = m.bias;
  for (const [k, v] of Object.entries(m.weights)) z += v * (r.features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Each row's confidence from a model fitted on the other topics' folds: what a new story would get. */
function outOfFold(rows: Row[], fitter: (rows: Row[]) => Fitted): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const m = fitter(rows.filter((r) => foldOf(r) !== fold));
    rows.forEach((r, i) => {
      if (foldOf(r) === fold) out[i] = predict(m, r);
    });
  }
  return out;
}

function logLoss(rows: Row[], p: number[]): number {
  let loss = 0;
  rows.forEach((r, i) => {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p[i]!));
    loss -= r.real ? Math.log(q) : Math.log(1 - q);
  });
  return loss / rows.length;
}

const crossValidatedLoss = (rows: Row[], l2: number) => logLoss(rows, outOfFold(rows, (r) => fit(r, l2)));

/** The share of real notes alone, as a model: what weights must beat. */
function priorOnly(rows: Row[]): Fitted {
  const real = rows.filter((r) => r.real).length;
  return { bias: round(Math.log((real + 1) / (rows.length - real + 1))), weights: {} };
}

const crossValidatedPriorLoss = (rows: Row[]) => logLoss(rows, outOfFold(rows, priorOnly));

/** Weights only when they predict held-back tuning notes better than the share of real notes does. */
const MIN_GAIN = 0.01;

/**
 * The kind's model, and each tuning note's out-of-fold confidence (from the same recipe fitted
 * without its topic): the line and floor are chosen on those, as a story the model never saw
 * would be weighed, not on confidences the notes themselves were fitted to.
 */
function fitBest(rows: Row[], label: string): { fitted: Fitted; oof: number[] } {
  if (rows.length < MIN_FOR_WEIGHTS) return { fitted: priorOnly(rows), oof: outOfFold(rows, priorOnly) };
  const best = L2_CHOICES.map((l2) => ({ l2, loss: crossValidatedLoss(rows, l2) })).sort((a, b) => a.loss - b.loss)[0]!;
  const prior = crossValidatedPriorLoss(rows);
  const useWeights = best.loss < prior - MIN_GAIN;
  console.error(
    `${label}: ${rows.length} tuning notes, ridge ${best.l2} (cross-validated by topic, log loss ${best.loss.toFixed(3)}; ` +
      `share of real notes alone ${prior.toFixed(3)}): ${useWeights ? 'weights' : 'share only'}`,
  );
  return useWeights
    ? { fitted: fit(rows, best.l2), oof: outOfFold(rows, (r) => fit(r, best.l2)) }
    : { fitted: priorOnly(rows), oof: outOfFold(rows, priorOnly) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Wilson lower bound (one standard error) of a share: small samples do not pass on luck. */
function lowerBound(real: number, n: number, z = 1): number {
  if (n === 0) return 0;
  const p = real / n;
  const d = 1 + (z * z) / n;
  return (p + (z * z) / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
}

type Scored = { c: number; real: boolean };

function chooseLine(scored: Scored[]): number {
  const candidates = [...new Set(scored.map((s) => s.c))].sort((a, b) => a - b);
  for (const c of candidates) {
    const above = scored.filter((s) => s.c >= c);
    const real = above.filter((s) => s.real).length;
    if (real / above.length >= TARGET && lowerBound(real, above.length, Z) >= LOWER_BOUND) return c;
  }
  return 1.01;
}

/** Confidence bands the floor is chosen on, and the fewest tuning notes a band needs to count. */
const BAND = 0.1;
const MIN_BAND_NOTES = 3;

/**
 * The floor: the lowest band edge from which every band up to the line holds at least as many
 * real notes as wrong ones on the tuning half (bands with too few notes say nothing). Below it a
 * note is more often wrong than right, and is not listed at all.
 */
function chooseFloor(scored: Scored[], line: number): number {
  line = Math.min(1, line);
  let floor = line;
  for (let edge = Math.floor(line / BAND) * BAND; edge >= 0; edge = round(edge - BAND)) {
    const band = scored.filter((s) => s.c >= edge && s.c < Math.min(line, edge + BAND));
    if (band.length >= MIN_BAND_NOTES && band.filter((s) => s.real).length * 2 < band.length) break;
    floor = edge;
  }
  return round(floor);
}

const judged = readJudged();
const tune = judged.filter((n) => n.half === 'tune');
const model: NoteModel = { about: '', kinds: {} as NoteModel['kinds'] };

const POOL = process.argv.includes('--pool');
const coverageTune = tune.filter((n) => COVERAGE.includes(n.kind));
const pooled = POOL ? fitBest(rowsOf(coverageTune), 'coverage (both directions)') : null;
for (const kind of KINDS) {
  const notes = tune.filter((n) => n.kind === kind);
  let fitted: Fitted;
  let oof: number[];
  if (pooled && COVERAGE.includes(kind)) {
    const { [DIRECTION]: direction = 0, ...weights } = pooled.fitted.weights;
    fitted = { bias: round(pooled.fitted.bias + (kind === 'only-elsewhere' ? direction : 0)), weights };
    oof = coverageTune.flatMap((n, i) => (n.kind === kind ? [pooled.oof[i]!] : []));
  } else {
    ({ fitted, oof } = fitBest(rowsOf(notes), kind));
  }
  const scored = notes.map((n, i) => ({ c: oof[i]!, real: n.verdict === 'real' }));
  if (process.env.CURVE) {
    const s = [...scored].sort((a, b) => b.c - a.c);
    let r = 0;
    if (process.env.CURVE === kind) for (const [i, x] of notes.map((n, i) => [i, n] as const).sort((a, b) => oof[b[0]]! - oof[a[0]]!).slice(0, 30)) console.error(oof[i]!.toFixed(3), x.verdict, x.event, x.id, x.why.slice(0, 60), JSON.stringify(x.features));
    console.error(kind, s.map((x, i) => ((r += x.real ? 1 : 0), (i + 1) % 5 === 0 ? `${x.c.toFixed(3)}:${r}/${i + 1}` : '')).filter(Boolean).slice(0, 20).join(' '));
  }
  const line = chooseLine(scored);
  model.kinds[kind] = { ...fitted, line, floor: chooseFloor(scored, line) } as KindModel;
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
