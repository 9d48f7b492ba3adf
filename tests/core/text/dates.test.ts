import { describe, expect, it } from 'vitest';
import { findDates, parsePrintedDate } from '../../../src/core/text/dates.ts';

// [input, language, expected iso, expected printed]
const printed: [string, string | undefined, string | null, string | null][] = [
  ['September 9, 2021 08:51 AM', undefined, '2021-09-09T08:51', 'September 9, 2021 08:51 AM'],
  ['Posted on Sep 8, 2021 at 7:12 am Updated at 1:56 pm', undefined, '2021-09-08T07:12', 'Sep 8, 2021 at 7:12 am'],
  ['07 Sep 2021, 13:43', undefined, '2021-09-07T13:43', '07 Sep 2021, 13:43'],
  ['Sept. 8', undefined, '--09-08', 'Sept. 8'],
  ['8. September 2021', 'de', '2021-09-08', '8. September 2021'],
  ['8. September 2021, 13.43 Uhr', 'de', '2021-09-08T13:43', '8. September 2021, 13.43 Uhr'],
  ['Publié le 8 septembre 2021 à 13h43', 'fr', '2021-09-08T13:43', '8 septembre 2021 à 13h43'],
  ['Publisert 8. sep. 2021 kl. 13.43', 'no', '2021-09-08T13:43', '8. sep. 2021 kl. 13.43'],
  ['8 de septiembre de 2021', 'es', '2021-09-08', '8 de septiembre de 2021'],
  ['08.09.2021', 'de', '2021-09-08', '08.09.2021'],
  ['09/08/2021', 'en', '2021-09-08', '09/08/2021'],
  ['09/08/2021', 'fr', '2021-08-09', '09/08/2021'],
  ['2021-09-08', undefined, '2021-09-08', '2021-09-08'],
  ['2021-09-08T13:43:00+02:00', undefined, '2021-09-08T13:43:00+02:00', '2021-09-08T13:43:00+02:00'],
  ['Updated 8:51 AM ET, Thu September 9, 2021', undefined, '2021-09-09T08:51', '8:51 AM ET, Thu September 9, 2021'],
  ['Wednesday, Sept. 8, 2021 1:56 p.m. EDT', undefined, '2021-09-08T13:56-04:00', 'Wednesday, Sept. 8, 2021 1:56 p.m. EDT'],
  ['the 8th of September 2021', undefined, '2021-09-08', '8th of September 2021'],
  ['31 September 2021', undefined, null, null],
  ['des 8 victimes', 'fr', null, null],
  ['they may 10 times', undefined, null, null],
  ['no date here', undefined, null, null],
];

describe('parsePrintedDate', () => {
  for (const [input, language, iso, text] of printed) {
    it(`${input} -> ${iso}`, () => {
      const found = parsePrintedDate(input, language ? { language } : {});
      expect(found?.iso ?? null).toBe(iso);
      expect(found?.printed ?? null).toBe(text);
      if (found) expect(input.slice(found.start, found.end)).toBe(found.printed);
    });
  }
  it('places a year-less date with a reference', () => {
    expect(parsePrintedDate('Sept. 8', { reference: '2021-09-09' })?.iso).toBe('2021-09-08');
    expect(parsePrintedDate('Dec. 30', { reference: '2022-01-02' })?.iso).toBe('2021-12-30');
  });
});

// Reference: Wednesday 8 September 2021.
const reference = '2021-09-08T10:00:00+01:00';
const mentions: [string, string | undefined, { printed: string; iso: string | null; relative: boolean }[]][] = [
  ['Blinken said on Tuesday that talks would go on.', undefined, [{ printed: 'Tuesday', iso: '2021-09-07', relative: true }]],
  ["Wednesday's meeting ran late.", undefined, [{ printed: "Wednesday's", iso: '2021-09-08', relative: true }]],
  ['The ministers will meet on Friday in Berlin.', undefined, [{ printed: 'Friday', iso: '2021-09-10', relative: true }]],
  ['They met last Monday and again next Monday.', undefined, [
    { printed: 'Monday', iso: '2021-09-06', relative: true },
    { printed: 'Monday', iso: '2021-09-13', relative: true },
  ]],
  ['Yesterday the pier was still closed.', undefined, [{ printed: 'Yesterday', iso: '2021-09-07', relative: true }]],
  ['Der Minister sagte am Dienstag, die Gespräche gingen weiter.', 'de', [{ printed: 'Dienstag', iso: '2021-09-07', relative: true }]],
  ['Ministeren sa tirsdag at samtalene fortsetter i går.', 'no', [
    { printed: 'tirsdag', iso: '2021-09-07', relative: true },
    { printed: 'i går', iso: '2021-09-07', relative: true },
  ]],
  ['On Tuesday, Sept. 7, he flew to Ramstein; on Sept. 9 he left.', undefined, [
    { printed: 'Tuesday, Sept. 7', iso: '2021-09-07', relative: false },
    { printed: 'Sept. 9', iso: '2021-09-09', relative: false },
  ]],
];

describe('findDates', () => {
  for (const [text, language, expected] of mentions) {
    it(text, () => {
      const found = findDates(text, { reference, ...(language ? { language } : {}) });
      expect(found.map(({ printed, iso, relative }) => ({ printed, iso, relative }))).toEqual(expected);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.printed);
    });
  }
  it('leaves weekday mentions unplaced without a reference', () => {
    expect(findDates('He spoke on Tuesday.')).toEqual([{ iso: null, printed: 'Tuesday', start: 12, end: 19, relative: true }]);
  });
  it('does not read "hier" as a date in German text', () => {
    expect(findDates('Hier wird gebaut.', { language: 'de', reference })).toEqual([]);
  });
});
