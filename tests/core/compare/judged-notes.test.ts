// The judged notes hold the note model to its promise without ../shared: each verdict's stored
// features, weighed by the model in the repository, must keep precision at or above 0.95 per
// kind among the tuning half's notes above the line; the files themselves must be well formed.
import { describe, expect, it } from 'vitest';
import { readJudged } from '../../../scripts/notes/judged.ts';
import { NOTE_MODEL, noteConfidence } from '../../../src/core/compare/note-model.ts';
import type { DifferenceKind } from '../../../src/core/types.ts';

const judged = readJudged();
const KINDS: DifferenceKind[] = ['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere'];

describe('judged notes', () => {
  it('are well formed: unique ids, known kinds and verdicts, spans in order, numeric features', () => {
    expect(new Set(judged.map((n) => n.id)).size).toBe(judged.length);
    for (const n of judged) {
      expect(KINDS).toContain(n.kind);
      expect(['real', 'noise', 'wrong']).toContain(n.verdict);
      expect(['tune', 'hold']).toContain(n.half);
      if (n.here) expect(n.here[0]).toBeLessThan(n.here[1]);
      for (const v of Object.values(n.features)) expect(Number.isFinite(v)).toBe(true);
      expect(n.why.length).toBeGreaterThan(5);
    }
  });

  it('cover at least 200 notes, every kind among them', () => {
    expect(judged.length).toBeGreaterThanOrEqual(200);
    for (const kind of KINDS) expect(judged.some((n) => n.kind === kind)).toBe(true);
  });

  for (const kind of KINDS) {
    it(`${kind}: precision above the line on the tuning half is at least 0.95`, () => {
      const above = judged.filter((n) => n.kind === kind && n.half === 'tune' && noteConfidence(kind, n.features) >= NOTE_MODEL.kinds[kind].line);
      const real = above.filter((n) => n.verdict === 'real').length;
      if (above.length > 0) expect(real / above.length).toBeGreaterThanOrEqual(0.95);
      else expect(NOTE_MODEL.kinds[kind].line).toBeGreaterThan(1);
    });
  }
});
