import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/match/dateline.ts';

const body = 'officials met on Tuesday to discuss the harbour dispute that has closed the port for a week.';

describe('findDateline', () => {
  const cases: [string, string, string | null][] = [
    ['shouted with a colon', `BERGEN: Port ${body}`, 'BERGEN'],
    ['with date and agency', `LYON, Sept 7, 2021 (Wire) - Port ${body}`, 'LYON'],
    ['in parentheses', `(Tromsø) Port ${body}`, 'Tromsø'],
    ['German agency style', `Bremen. Hafenbeamte trafen sich am Dienstag, um den Streit zu besprechen, der den Hafen seit einer Woche lahmlegt.`, 'Bremen'],
    ['on a line of its own', `Lisbon:\n\nPort ${body}`, 'Lisbon'],
    ['a headline with a colon is not a dateline', `Live Updates: Port strike enters its second week\n\nPort ${body}`, null],
    ['no dateline', `Port ${body}`, null],
  ];
  for (const [name, text, place] of cases) it(name, () => expect(findDateline(text)?.place ?? null).toBe(place));
});
