// `npm run train:attribution [-- DIR]`: rebuilds src/core/attribution/model/ from PolNeAR
// (default ../shared/corpora/polnear), bit for bit: the English lexicon and the rankers' weights
// from `train`, their calibration and the line below which no speaker is named from `dev`.
// The ranker reads word classes, never words, so that it serves languages with no annotated
// corpus (German, French, Norwegian…) as it serves English. `test` is never read here.

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lexiconFrom, type AttributionLexicon } from '../core/attribution/lexicon.ts';
import { choose, GROUPED_FROM } from '../core/attribution/candidates.ts';
import { softmax, type ModelFile } from '../core/attribution/model.ts';
import { articleExamples, FeatureNames, type Example } from './attribution/examples.ts';
import { learnLexicon } from './attribution/learn-lexicon.ts';
import { fit, indexExamples, logLoss } from './attribution/optimise.ts';
import { fitCalibration } from './attribution/calibrate.ts';
import { readPolnear, type GoldArticle } from './attribution/polnear.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { quiet: { type: 'boolean', default: false }, out: { type: 'string' }, l2: { type: 'string' }, iterations: { type: 'string' } } });
const dir = positionals[0] ?? resolve(import.meta.dirname, '../../../shared/corpora/polnear');
// --out, --l2, --iterations: for trying a design on dev without touching the shipped model.
const out = values.out ? resolve(values.out) : resolve(import.meta.dirname, '../core/attribution/model');
const log = (...args: unknown[]) => values.quiet || console.error(...args);

const train = readPolnear(dir, 'train');
const dev = readPolnear(dir, 'dev');
const learned = learnLexicon(train);
log(`lexicon: ${Object.keys(learned.cues).length} cue words, ${Object.keys(learned.heads).length} source words, ${learned.common.length} common, ${Object.keys(learned.givenNames).length} given names, ${learned.modifiers.length} modifiers, ${Object.keys(learned.personRoles).length} role nouns`);
const options = { iterations: Number(values.iterations ?? 300), learningRate: 0.05, l2: Number(values.l2 ?? 6e-4) };

function trainRanker(label: string, lexicon: AttributionLexicon) {
  const names = new FeatureNames();
  const examplesOf = (articles: GoldArticle[]) => {
    let skipped = 0;
    const list: Example[] = [];
    for (const a of articles) {
      const r = articleExamples(a, lexicon, names);
      skipped += r.skipped;
      for (const e of r.examples) if (e) list.push(e);
    }
    return { examples: list, skipped };
  };
  const trainSet = examplesOf(train);
  const devSet = examplesOf(dev);
  log(`${label}: examples train ${trainSet.examples.length} (${trainSet.skipped} left out), dev ${devSet.examples.length} (${devSet.skipped} left out)`);
  const indexed = indexExamples(trainSet.examples, names);
  const w = fit(indexed, options);
  const weights: Record<string, number> = {};
  indexed.names.forEach((name, i) => {
    const x = Math.round(w[i]! * 1e5) / 1e5;
    if (x !== 0) weights[name] = x;
  });
  const weightOf = new Float64Array(names.names.length);
  names.names.forEach((name, i) => (weightOf[i] = weights[name] ?? 0));
  const scored = (examples: Example[]) => examples.map((ex) => {
    const p = softmax(ex.features.map((f) => {
      let s = 0;
      for (let k = 0; k < f.index.length; k++) s += weightOf[f.index[k]!]! * f.value[k]!;
      return s;
    }));
    // Grouped as attribution groups them: candidates naming one speaker are one answer.
    const choice = choose(ex.candidates, p, (c, i) => (p[i]! < GROUPED_FROM ? `item:${c.kind === 'none' ? -1 : c.item}` : ex.keys[i]!));
    const c = ex.candidates[choice.index]!;
    const right = ex.right.some((r) => r === choice.index || (c.kind !== 'none' && ex.candidates[r]!.kind !== 'none' && (ex.candidates[r] as { item: number }).item === c.item));
    return { kind: c.kind, probability: choice.probability, right };
  });
  const accuracy = (rows: { right: boolean }[]) => (rows.filter((r) => r.right).length / Math.max(1, rows.length)).toFixed(3);
  const devRows = scored(devSet.examples);
  log(`${label}: ${indexed.names.length} features, train loss ${logLoss(indexed, w).toFixed(4)}; chosen candidate right: train ${accuracy(scored(trainSet.examples))}, dev ${accuracy(devRows)}`);
  const calibration = fitCalibration(devRows.filter((r) => r.kind !== 'none'));
  log(`${label}: calibration ${JSON.stringify(calibration)}`);
  return { weights, calibration, examples: trainSet.examples.length };
}

const ranker = trainRanker('ranker', lexiconFrom(learned, 'en'));

const json = (x: unknown) => `${JSON.stringify(x, null, 1)}\n`;
const file: ModelFile = {
  version: 1,
  trainedOn: `PolNeAR v1.0.0 train (${train.length} articles, ${ranker.examples} quotations); calibrated on dev (${dev.length} articles); ${JSON.stringify(options)}`,
  weights: ranker.weights,
  calibration: ranker.calibration,
};
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'lexicon.en.json'), json(learned));
writeFileSync(resolve(out, 'weights.json'), json(file));
log(`wrote ${out}/lexicon.en.json and weights.json`);
