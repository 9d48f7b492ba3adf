// A note can be no surer than the attributions it rests on.
import { describe, expect, it } from 'vitest';
import { NOTE_MODEL, noteConfidence } from '../../../src/core/compare/note-model.ts';

describe('note confidence', () => {
  const features = { minAttribution: 0.9, context: 0.8, lengthRatio: 1, share: 1, run: 1, words: 0.5 };
  it('an attribution note is capped by the chance that both attributions are right', () => {
    const free = noteConfidence('attribution', features);
    expect(free).toBeGreaterThan(0.7);
    expect(noteConfidence('attribution', { ...features, bothAttributions: 0.63 })).toBe(0.63);
    expect(noteConfidence('attribution', { ...features, bothAttributions: 0.63 })).toBeLessThan(NOTE_MODEL.kinds.attribution.line);
    expect(noteConfidence('attribution', { ...features, bothAttributions: 1 })).toBe(free);
  });
});
