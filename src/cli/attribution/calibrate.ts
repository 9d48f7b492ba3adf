// Calibration on dev: Platt scaling of the chosen candidate's log-odds per candidate kind (a
// carried-over source is a different bet from an adjacent one), then the line: the lowest
// calibrated confidence at which the speakers named on dev are right at least `precision` of the
// time (never below 0.5).

import { calibrate, type Calibration } from '../../core/attribution/model.ts';

export interface Scored {
  kind: string;
  probability: number;
  right: boolean;
}

const logit = (p: number) => {
  const x = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(x / (1 - x));
};

/** Logistic regression of `right` on logit(p): Newton's method, a small ridge for stability. */
function platt(rows: Scored[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 1e-3, hab = 0, hbb = 1e-3;
    for (const r of rows) {
      const x = logit(r.probability);
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const y = r.right ? 1 : 0;
      ga += (p - y) * x;
      gb += p - y;
      const s = p * (1 - p);
      haa += s * x * x;
      hab += s * x;
      hbb += s;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a: round(a), b: round(b) };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function fitCalibration(rows: Scored[], precision = 0.95): Calibration {
  const byKind: Record<string, { a: number; b: number }> = { all: platt(rows) };
  for (const kind of [...new Set(rows.map((r) => r.kind))].sort()) {
    const own = rows.filter((r) => r.kind === kind);
    if (own.length >= 30) byKind[kind] = platt(own);
  }
  const draft: Calibration = { platt: byKind, line: 0.5 };
  const confident = rows.map((r) => ({ c: calibrate(draft, r.kind, r.probability), right: r.right })).sort((x, y) => y.c - x.c);
  let line = 1;
  let right = 0;
  confident.forEach((r, i) => {
    if (r.right) right++;
    if (right / (i + 1) >= precision) line = r.c;
  });
  // Not rounded: a rounded line would let in, or leave out, a speaker the precision was counted with.
  return { platt: byKind, line: Math.max(0.5, line) };
}
