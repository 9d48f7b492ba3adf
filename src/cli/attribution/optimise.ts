// Fits the ranker: maximise, over every example, the log of the probability mass the softmax puts
// on its right candidates, with an L2 penalty; full-batch Adam in a fixed order, so that the same
// data gives the same weights bit for bit.

import type { FeatureNames, PackedFeatures } from './examples.ts';

export interface TrainingSet {
  names: string[];
  /** Per example: per candidate, feature indexes and values. */
  examples: { index: Int32Array[]; value: Float64Array[]; right: number[] }[];
}

/** Keeps the features seen at least `minCount` times, renumbered in name order (stable weights files). */
export function indexExamples(examples: { features: PackedFeatures[]; right: number[] }[], names: FeatureNames, minCount = 2): TrainingSet {
  const counts = new Int32Array(names.names.length);
  for (const ex of examples) for (const f of ex.features) for (const i of f.index) counts[i]!++;
  const kept = names.names.map((name, i) => ({ name, i })).filter((x) => counts[x.i]! >= minCount).sort((a, b) => (a.name < b.name ? -1 : 1));
  const position = new Int32Array(names.names.length).fill(-1);
  kept.forEach((x, k) => (position[x.i] = k));
  return {
    names: kept.map((x) => x.name),
    examples: examples.map((ex) => {
      const index: Int32Array[] = [];
      const value: Float64Array[] = [];
      for (const f of ex.features) {
        const keep: number[] = [];
        for (let k = 0; k < f.index.length; k++) if (position[f.index[k]!]! >= 0) keep.push(k);
        index.push(Int32Array.from(keep, (k) => position[f.index[k]!]!));
        value.push(Float64Array.from(keep, (k) => f.value[k]!));
      }
      return { index, value, right: ex.right };
    }),
  };
}

export interface FitOptions {
  iterations: number;
  learningRate: number;
  l2: number;
}

export function fit(set: TrainingSet, options: FitOptions): Float64Array {
  const n = set.names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= options.iterations; step++) {
    grad.fill(0);
    for (const ex of set.examples) {
      const scores = ex.index.map((idx, c) => {
        let s = 0;
        const val = ex.value[c]!;
        for (let k = 0; k < idx.length; k++) s += w[idx[k]!]! * val[k]!;
        return s;
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      const zRight = ex.right.reduce((a, c) => a + exps[c]!, 0);
      const rightSet = new Set(ex.right);
      ex.index.forEach((idx, c) => {
        const coefficient = exps[c]! / z - (rightSet.has(c) ? exps[c]! / zRight : 0);
        if (coefficient === 0) return;
        const val = ex.value[c]!;
        for (let k = 0; k < idx.length; k++) grad[idx[k]!]! += coefficient * val[k]!;
      });
    }
    const rate = options.learningRate / Math.sqrt(1 + step / 50);
    for (let i = 0; i < n; i++) {
      const g = grad[i]! / set.examples.length + options.l2 * w[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      const mHat = m[i]! / (1 - beta1 ** step);
      const vHat = v[i]! / (1 - beta2 ** step);
      w[i] = w[i]! - (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

export function logLoss(set: TrainingSet, w: Float64Array): number {
  let loss = 0;
  for (const ex of set.examples) {
    const scores = ex.index.map((idx, c) => idx.reduce((s, f, k) => s + w[f]! * ex.value[c]![k]!, 0));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const z = exps.reduce((a, b) => a + b, 0);
    loss -= Math.log(ex.right.reduce((a, c) => a + exps[c]!, 0) / z);
  }
  return loss / set.examples.length;
}
