import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/text/numbers.ts';

describe('findNumbers', () => {
  const cases: [string, string, string, { value: number; kind: string; unit?: string | null }][] = [
    ['thousands separator', 'en', 'some 123,000 people left', { value: 123000, kind: 'count', unit: 'people' }],
    ['hyphenated unit', 'en', 'a 20-nation meeting', { value: 20, kind: 'count', unit: 'nation' }],
    ['number word', 'en', 'partners from twenty countries', { value: 20, kind: 'count', unit: 'countries' }],
    ['age', 'en', 'the four-year-old son', { value: 4, kind: 'age' }],
    ['money with a multiplier', 'en', 'an extra $64 million in aid', { value: 64e6, kind: 'money' }],
    ['money word after a multiplier', 'no', 'en dusør på 5 millioner dollar', { value: 5e6, kind: 'money' }],
    ['percent', 'en', 'up 3.5 percent', { value: 3.5, kind: 'percent' }],
    ['German thousands dot', 'de', 'rund 34.000 Menschen', { value: 34000, kind: 'count', unit: 'menschen' }],
    ['German decimal comma', 'de', '3,5 Prozent', { value: 3.5, kind: 'percent' }],
    ['a year', 'en', 'in 2021 alone', { value: 2021, kind: 'year' }],
    ['a day of a date', 'en', 'on September 11, 2001', { value: 11, kind: 'date-part' }],
    ['a time', 'en', 'at 08:51 AM', { value: 8, kind: 'time' }],
  ];
  for (const [name, language, text, expected] of cases) {
    it(name, () => {
      const [first] = findNumbers(text, language);
      expect(first).toMatchObject(expected);
    });
  }
});
