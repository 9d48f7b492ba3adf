import { describe, expect, it } from 'vitest';
import { bcubed } from '../../src/cli/stories/bcubed.ts';

const map = (o: Record<string, string>) => new Map(Object.entries(o));

describe('bcubed', () => {
  it('is 1 for the gold partition', () => {
    const gold = map({ a: 'x', b: 'x', c: 'y' });
    expect(bcubed(gold, gold)).toMatchObject({ precision: 1, recall: 1, f1: 1, items: 3 });
  });
  it('loses precision when classes merge and recall when a class splits', () => {
    const gold = map({ a: 'x', b: 'x', c: 'y', d: 'y' });
    const merged = bcubed(map({ a: '1', b: '1', c: '1', d: '1' }), gold);
    expect(merged.precision).toBeCloseTo(0.5);
    expect(merged.recall).toBe(1);
    const split = bcubed(map({ a: '1', b: '2', c: '3', d: '3' }), gold);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(0.75);
  });
  it('averages over the items asked for, counting their whole clusters', () => {
    const gold = map({ a: 'x', b: 'y' });
    const score = bcubed(map({ a: '1', b: '1' }), gold, ['a']);
    expect(score).toMatchObject({ precision: 0.5, recall: 1, items: 1 });
  });
});
