import { describe, expect, it } from 'vitest';
import { nameSkeleton, parseName, samePerson, type PersonContext, type PersonVerdict } from '../../../src/core/compare/same-person.ts';

// Name pairs written for this table: [a, b, names printed in the two texts, expected].
const TABLE: [string, string, string[], PersonVerdict][] = [
  // One person, two forms.
  ['Jacob J. Lew', 'Jacob Lew', [], 'same'],
  ['Harold T. Pemberton', 'Harold Pemberton', [], 'same'],
  ['Tump', 'Donald Trump', ['Donald Trump'], 'same'],
  ['Dnoald Trump', 'Donald Trump', [], 'same'],
  ['President Obama', 'Barack Obama', ['Barack Obama'], 'same'],
  ['Mr. Pemberton', 'Harold Pemberton', ['Harold Pemberton'], 'same'],
  ['Secretary of State Marta Kowalczyk', 'Marta Kowalczyk', [], 'same'],
  ['Dr. Ines Okafor', 'Ines Okafor', [], 'same'],
  ['Kowalczyk', 'Marta Kowalczyk', ['Marta Kowalczyk'], 'same'],
  ['José Müller', 'Jose Muller', [], 'same'],
  ['Muammar Gaddafi', 'Moammar Qaddafi', [], 'same'], // a given name of six letters or more with one letter slipped
  ["Margaret O'Donnell", "Margret O'Donnell", [], 'same'],
  ["Maggie O'Donnell", "Margret O'Donnell", [], 'same'],
  ['Cllr Raman', 'Dev Raman', ['Dev Raman'], 'same'],
  ['Challenger Clara Vance', 'Clara Vance', [], 'same'],
  ['Gaddafi', 'Kadhafi', [], 'same'],
  ['Qaddafi', 'Muammar Gadhafi', [], 'same'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', [], 'same'],
  ['Zelenskiy', 'Zelensky', [], 'same'],
  ['Bill Ransome', 'William Ransome', [], 'same'],
  ['J. Ransome', 'Jeremy Ransome', [], 'same'],
  ['Peter Ransome Jr.', 'Peter Ransome', [], 'same'],
  ["Sean O'Hara", 'Sean OHara', [], 'same'],
  ['Ludwig van der Berg', 'van der Berg', [], 'same'],
  // Two people.
  ['Hillary Clinton', 'Bill Clinton', [], 'different'],
  ['Clinton', 'Bill Clinton', ['Hillary Clinton', 'Bill Clinton'], 'unknown'],
  ['Marta Kowalczyk', 'Anna Kowalczyk', [], 'different'],
  ['Kowalczyk', 'Anna Kowalczyk', ['Marta Kowalczyk', 'Anna Kowalczyk'], 'unknown'],
  ['Craig Zadan', 'Neil Meron', [], 'different'],
  ['Jacob Lew', 'Jacob Lewis', [], 'different'],
  ['Harold Pemberton', 'Gerald Pemberton', [], 'different'],
  ['Tom Smith', 'Tim Smith', [], 'different'],
  ['Ian Stone', 'Ian Stine', ['Ian Stone', 'Ian Stine'], 'different'],
  ['Lee', 'Li', [], 'different'],
  ['Dana Price', 'Dana Prince', ['Dana Price', 'Dana Prince'], 'different'],
  ['Maria Rossi', 'Mario Rossi', [], 'different'], // short given names one letter apart are two names
  ['Clara Vance', 'Otis Reed', [], 'different'],
  // Not a comparison of two names.
  ['the fire service', 'Peter Gastrell', [], 'unknown'],
  ['Rescue Service', 'Peter Gastrell', [], 'unknown'],
  ['Craig Zadan and Neil Meron', 'Neil Meron', [], 'unknown'],
];

describe('samePerson', () => {
  for (const [a, b, names, expected] of TABLE) {
    it(`${a} / ${b}: ${expected}`, () => {
      const context: PersonContext = { names: [a, b, ...names] };
      expect(samePerson({ name: a }, { name: b }, context)).toBe(expected);
      expect(samePerson({ name: b }, { name: a }, context)).toBe(expected);
    });
  }

  it('an anonymous description is never compared as a name', () => {
    expect(samePerson({ name: 'a senior official', anonymous: true }, { name: 'Harold Pemberton' }, { names: [] })).toBe('unknown');
  });

  it('listed entities: one id is one person, two ids are two, aliases unify a name with the id', () => {
    const aliases = new Map([['marta-kowalczyk', ['Marta Kowalczyk', 'Kowalczyk', 'the foreign minister']]]);
    const context = { names: [], aliases };
    expect(samePerson({ name: 'Marta Kowalczyk', id: 'marta-kowalczyk' }, { name: 'Kowalczyk', id: 'marta-kowalczyk' }, context)).toBe('same');
    expect(samePerson({ name: 'Marta Kowalczyk', id: 'marta-kowalczyk' }, { name: 'Anna Kowalczyk', id: 'anna-kowalczyk' }, context)).toBe('different');
    expect(samePerson({ name: 'Marta Kowalczyk', id: 'marta-kowalczyk' }, { name: 'M. Kowalczyk' }, context)).toBe('same');
  });

  it('parses titles, initials and particles away from the name', () => {
    expect(parseName('Secretary of State Jacob J. Lew')).toEqual({ given: ['jacob', 'j'], surname: 'lew' });
    expect(parseName('President')).toBeNull();
    expect(nameSkeleton('gadhafi')).toBe(nameSkeleton('qaddafi'));
  });
});
