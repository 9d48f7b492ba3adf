// Lines that only date the article, told from lines that mention a date, word by word.
import { describe, expect, it } from 'vitest';
import { isDateline } from '../../../src/core/extract/dateline.ts';

const cases: [string, boolean][] = [
  ['Updated 1:39 am EST, Wednesday, September 8, 2021', true],
  ['By Mira Castellane | September 8, 2021 at 7:12 AM', true],
  ['By Mira Castellane, September 8, 2021', true],
  ['Posted on Sep 8, 2021 at 7:12 am', true],
  ['Thu, Sept 9, 2021 08:51 AM', true],
  ['Sep 9, 2021 @17:19 PM · Updated: Sep 9, 2021 @17:26 PM', true],
  ['8. September 2021, 13.43 Uhr', true],
  ['Aktualisiert am 8. September 2021, 13.43 Uhr', true],
  ['Von Jana Holzer, 8. September 2021', true],
  ['8 septembre 2021 à 13h43', true],
  ['8 de septiembre de 2021', true],
  ['08.09.2021', true],
  ['2021-09-08', true],
  ['Published 12:30, today', true],
  // Mentions, not datelines.
  ['The council met on 8 September 2021 to vote on the harbour.', false],
  ['Flight 370 left the gate at 12:30', false],
  ['Setembro (76)', false],
  ['Image 3 of 12', false],
  ['LIVE · update 12', false],
  ['Updated', false],
  ['The 2021 season opens in May with a new timetable for the ferries.', false],
];

describe('isDateline', () => {
  for (const [line, expected] of cases) it(`${JSON.stringify(line)} -> ${expected}`, () => expect(isDateline(line)).toBe(expected));
});
