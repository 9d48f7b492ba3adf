// The attribution model: a log-linear ranker over a quotation's candidates (softmax of weighted
// feature sums), and the calibration that turns its probability into a confidence that means
// what it says. Weights and calibration come from model/weights.json, rebuilt bit for bit by
// `npm run train:attribution` from PolNeAR's train split (calibration on dev).

import shipped from './model/weights.json' with { type: 'json' };
import type { CandidateParts, FeatureVector } from './features.ts';

export interface Calibration {
  /** Platt scaling of the chosen candidate's log-odds: 1 / (1 + exp(-(a·logit + b))), per candidate kind. */
  platt: Record<string, { a: number; b: number }>;
  /** Below this calibrated confidence no speaker is named. */
  line: number;
}

export interface ModelFile {
  version: 1;
  /** What it was trained on, for the record. */
  trainedOn: string;
  weights: Record<string, number>;
  calibration: Calibration;
}

export interface Model {
  weights: Map<string, number>;
  /** The weights of paired atoms (`a&b`), by first atom then second. */
  pairs: Map<string, Map<string, number>>;
  calibration: Calibration;
}

export function modelFrom(file: Pick<ModelFile, 'weights' | 'calibration'>): Model {
  const weights = new Map(Object.entries(file.weights));
  const pairs = new Map<string, Map<string, number>>();
  for (const [name, w] of weights) {
    const at = name.indexOf('&');
    if (at < 0) continue;
    const a = name.slice(0, at);
    (pairs.get(a) ?? pairs.set(a, new Map()).get(a)!).set(name.slice(at + 1), w);
  }
  return { weights, pairs, calibration: file.calibration };
}

let cached: Model | null = null;
/** The shipped model. It reads word classes, not words, so it serves every language. */
export function shippedModel(): Model {
  return (cached ??= modelFrom(shipped as ModelFile));
}

export function score(model: Model, features: FeatureVector): number {
  let s = 0;
  for (const [name, value] of features) s += (model.weights.get(name) ?? 0) * value;
  return s;
}

/** The same sum as `score` over `candidateFeatures`, without spelling out the pairs. */
export function scoreParts(model: Model, parts: CandidateParts): number {
  let s = score(model, parts.features);
  const { paired } = parts;
  for (let a = 0; a < paired.length; a++) {
    const row = model.pairs.get(paired[a]!);
    if (!row) continue;
    for (let b = a + 1; b < paired.length; b++) s += row.get(paired[b]!) ?? 0;
  }
  return s;
}

/** Softmax of scores, stable for large values. */
export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const clampLogit = (p: number) => {
  const x = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(x / (1 - x));
};

/** The calibrated confidence of a chosen candidate, given its model probability. */
export function calibrate(calibration: Calibration, kind: string, probability: number): number {
  const p = calibration.platt[kind] ?? calibration.platt.all;
  if (!p) return probability;
  return 1 / (1 + Math.exp(-(p.a * clampLogit(probability) + p.b)));
}
