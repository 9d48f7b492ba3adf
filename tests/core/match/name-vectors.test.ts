// Name vectors: what an article names, the rarer in the corpus the weightier; a name no other
// article carries is left out.
import { describe, expect, it } from 'vitest';
import { nameCosine, nameVectors } from '../../../src/core/match/name-vectors.ts';
import { profileNaming } from './profile-naming.ts';

describe('nameVectors', () => {
  it('keeps names and figures, leaves out words and names only one article carries', () => {
    const [a] = nameVectors([profileNaming(['n:zorvex', 'n:kestrel', '#:417', 'n:solo'], ['w:patch']), profileNaming(['n:zorvex', 'n:kestrel', '#:417'], ['w:patch'])], 2);
    expect(a!.keys).toEqual(['#:417', 'n:kestrel', 'n:zorvex']);
  });

  it('weighs a name few articles carry above one most of them carry', () => {
    const profiles = [
      profileNaming(['n:zorvex', 'n:kestrel']),
      profileNaming(['n:zorvex', 'n:kestrel']),
      profileNaming(['n:zorvex']),
      profileNaming(['n:zorvex']),
    ];
    const [v] = nameVectors(profiles, 2);
    const weight = (key: string) => v!.weights[v!.keys.indexOf(key)]!;
    expect(weight('n:kestrel')).toBeGreaterThan(weight('n:zorvex'));
    // A higher power widens the gap.
    const [w] = nameVectors(profiles, 3);
    expect(w!.weights[w!.keys.indexOf('n:kestrel')]! / w!.weights[w!.keys.indexOf('n:zorvex')]!).toBeGreaterThan(weight('n:kestrel') / weight('n:zorvex'));
  });
});

describe('nameCosine', () => {
  const vectors = nameVectors([profileNaming(['n:zorvex', 'n:kestrel', '#:417']), profileNaming(['n:zorvex', 'n:kestrel', '#:902']), profileNaming(['n:zorvex', '#:902'])], 2);
  it('is the same bit for bit whichever article comes first', () => {
    expect(nameCosine(vectors[0]!, vectors[1]!)).toBe(nameCosine(vectors[1]!, vectors[0]!));
    expect(nameCosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
  });
  it('is 0 for an article that names nothing', () => {
    expect(nameCosine(vectors[0]!, nameVectors([profileNaming([])], 2)[0]!)).toBe(0);
  });
});
