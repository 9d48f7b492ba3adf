// The shipped model and the pieces that turn its scores into a choice and a confidence.
import { describe, expect, it } from 'vitest';
import weights from '../../../src/core/attribution/model/weights.json' with { type: 'json' };
import lexicon from '../../../src/core/attribution/model/lexicon.en.json' with { type: 'json' };
import { choose, type Candidate } from '../../../src/core/attribution/candidates.ts';
import { calibrate, softmax } from '../../../src/core/attribution/model.ts';
import { fitCalibration } from '../../../src/cli/attribution/calibrate.ts';

describe('the shipped model', () => {
  it('is a version-1 file with finite weights over word classes, never words', () => {
    expect(weights.version).toBe(1);
    const entries = Object.entries(weights.weights as Record<string, number>);
    expect(entries.length).toBeGreaterThan(500);
    for (const [name, w] of entries) {
      expect(Number.isFinite(w), name).toBe(true);
      expect(name, 'no word identities (the model must read every language)').not.toMatch(/^(?:prevWord|nextWord|word)=/);
    }
  });
  it('names no speaker below a line between 0.5 and 1, calibrated on dev', () => {
    expect(weights.calibration.line).toBeGreaterThanOrEqual(0.5);
    expect(weights.calibration.line).toBeLessThan(1);
    expect(weights.trainedOn).toMatch(/PolNeAR.*train.*calibrated on dev/);
  });
  it('the learned lexicon is counts of words, sorted, with cue words and source nouns', () => {
    expect(Object.keys(lexicon.cues).length).toBeGreaterThan(100);
    expect(lexicon.cues.said).toBeGreaterThan(0.3);
    expect(lexicon.common).toEqual([...lexicon.common].sort());
    for (const v of Object.values(lexicon.heads as Record<string, number>)) expect(v).toBeLessThanOrEqual(1);
  });
});

describe('choosing and calibrating', () => {
  const c = (item: number): Candidate => ({ kind: 'token', item });
  it('candidates naming one speaker pool their probability', () => {
    const candidates: Candidate[] = [{ kind: 'none' }, c(1), c(2), { kind: 'carry', quote: 0, item: 5 }];
    const p = softmax([1, 1.2, 0.2, 1.1]);
    expect(choose(candidates, p).index).toBe(1);
    const grouped = choose(candidates, p, (x) => (x.kind !== 'none' && x.item !== 1 ? 'doe' : 'other'));
    expect(candidates[grouped.index]!.kind).toBe('carry');
    expect(grouped.probability).toBeCloseTo(p[2]! + p[3]!, 10);
  });
  it('Platt scaling is monotone, and the line keeps the named speakers right at the asked precision', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ kind: 'token', probability: (i + 0.5) / 200, right: i % 10 < Math.floor(i / 20) }));
    const cal = fitCalibration(rows, 0.9);
    const values = [0.2, 0.5, 0.8, 0.95].map((p) => calibrate(cal, 'token', p));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const kept = rows.filter((r) => calibrate(cal, 'token', r.probability) >= cal.line);
    expect(kept.filter((r) => r.right).length / kept.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scoring without spelling out the pairs', () => {
  it('gives the same score as the spelt-out features training fits', async () => {
    const { buildView } = await import('../../../src/core/attribution/view.ts');
    const { attributionLexicon } = await import('../../../src/core/attribution/lexicon.ts');
    const { findQuotes } = await import('../../../src/core/quotes/find-quotes.ts');
    const { candidatesFor } = await import('../../../src/core/attribution/candidates.ts');
    const { candidateFeatures, candidateParts, quoteFacts } = await import('../../../src/core/attribution/features.ts');
    const { score, scoreParts, shippedModel } = await import('../../../src/core/attribution/model.ts');
    const text = 'Mayor Jane Doe opened the bridge. "It carries the whole town," she said, adding that repairs would "take years".';
    const view = buildView(text, 'en', attributionLexicon('en'), findQuotes(text, 'en').filter((q) => !q.nested));
    const model = shippedModel();
    let compared = 0;
    for (let qi = 0; qi < view.quoteItem.length; qi++) {
      const facts = quoteFacts(view, qi);
      for (const c of candidatesFor(view, qi, null)) {
        expect(scoreParts(model, candidateParts(view, facts, c))).toBeCloseTo(score(model, candidateFeatures(view, facts, c)), 9);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });
});
