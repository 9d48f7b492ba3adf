import { describe, expect, it } from 'vitest';
import { pickAt, insideAny } from '../../src/content/hit-test.ts';
import { placeCard, MARGIN } from '../../src/content/position.ts';
import { steppingOrder } from '../../src/content/interactions.ts';
import type { Anchored } from '../../src/content/highlights.ts';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('hit-testing', () => {
  const quote = { item: 'quote', rects: [rect(100, 100, 500, 120), rect(20, 120, 300, 140)], length: 80 };
  const name = { item: 'name', rects: [rect(150, 100, 220, 120)], length: 10 };
  const cases: [string, number, number, string | null][] = [
    ['inside a name inside a quote: the name', 160, 110, 'name'],
    ['inside the quote only', 400, 110, 'quote'],
    ['on the quote\'s second line', 50, 130, 'quote'],
    ['caret snapped, but the point is past the line end', 450, 130, null],
    ['left of the first line (the first line starts later)', 50, 110, null],
  ];
  for (const [what, x, y, expected] of cases) {
    it(what, () => expect(pickAt([quote, name], x, y)).toBe(expected));
  }
  it('tolerates a one-pixel edge', () => expect(insideAny([rect(0, 0, 10, 10)], 10.5, 5)).toBe(true));
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 200 };
  const cases: [string, { left: number; top: number; width: number; height: number }, { left: number; top: number; placement: string }][] = [
    ['below when it fits', { left: 100, top: 100, width: 80, height: 20 }, { left: 100, top: 126, placement: 'below' }],
    ['above near the bottom', { left: 100, top: 700, width: 80, height: 20 }, { left: 100, top: 494, placement: 'above' }],
    ['pulled in from the right edge', { left: 900, top: 100, width: 80, height: 20 }, { left: 1000 - 360 - MARGIN, top: 126, placement: 'below' }],
    ['pulled in from the left edge', { left: -50, top: 100, width: 80, height: 20 }, { left: MARGIN, top: 126, placement: 'below' }],
  ];
  for (const [what, anchor, expected] of cases) it(what, () => expect(placeCard(anchor, card, viewport)).toEqual(expected));
  it('stays inside a viewport smaller than the card', () => {
    const place = placeCard({ left: 10, top: 10, width: 10, height: 10 }, { width: 360, height: 900 }, { width: 320, height: 480 });
    expect(place.left).toBe(MARGIN);
    expect(place.top).toBe(MARGIN);
  });
});

describe('keyboard stepping', () => {
  const a = (id: string, kind: 'quote' | 'entity' | 'difference', order: number, person: string | null = null) =>
    ({ annotation: { id, kind, person, selector: { exact: id, prefix: '', suffix: '', start: order, end: order + 1 }, tint: null, difference: null }, range: {} as Range, order }) as Anchored;
  it('visits annotations in reading order, each name at its first mention only', () => {
    const order = steppingOrder([a('q1', 'quote', 50), a('e0.1', 'entity', 80, 'voss'), a('e0.0', 'entity', 10, 'voss'), a('d1', 'difference', 30), a('e1.0', 'entity', 60, 'okafor')]);
    expect(order.map((x) => x.annotation.id)).toEqual(['e0.0', 'd1', 'q1', 'e1.0']);
  });
});
