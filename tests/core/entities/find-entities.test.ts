import { describe, expect, it } from 'vitest';
import { buildEntityCatalog } from '../../../src/core/entities/catalog.ts';
import { findEntities } from '../../../src/core/entities/find-entities.ts';
import { INVENTED } from './fixtures.ts';

const catalog = buildEntityCatalog(INVENTED);

/** Mentions per entity id, as printed. */
function mentions(text: string, language = 'en'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const hit of findEntities(text, catalog, { language })) {
    out[hit.id ?? hit.name] = hit.mentions.map((m) => {
      expect(text.slice(m.start, m.end), `offsets of ${m.text}`).toBe(m.text);
      return m.text;
    });
  }
  return out;
}

const cases: { name: string; text: string; language?: string; expect: Record<string, string[] | undefined> }[] = [
  {
    name: 'full name, surname and possessive',
    text: "Marta Kessler landed in Port Alva on Monday. Kessler's aides said the talks would start at noon.",
    expect: { 'marta-kessler': ['Marta Kessler', 'Kessler'], 'port-alva': ['Port Alva'] },
  },
  {
    name: 'honorific with and without a dot',
    text: 'Mr. Brandt and Mr Brandt are the same man, and Brandt knows it.',
    expect: { 'tomas-brandt': ['Mr. Brandt', 'Mr Brandt', 'Brandt'] },
  },
  {
    name: 'capitalised aliases do not fire on ordinary words',
    text: 'At green dawn the fishermen left; let us go, said the man from the US.',
    expect: { 'green-dawn': undefined, us: ['US'] },
  },
  {
    name: 'acronym alias needs capitals',
    text: 'The GDM marched; a gdm is not a movement.',
    expect: { 'green-dawn': ['GDM'] },
  },
  {
    name: 'shared surname resolves to the most recent unambiguous mention',
    text: 'Ivan Orsic chaired the meeting. Lena Orsic arrived late. Orsic then spoke about the harbour.',
    expect: { 'ivan-orsic': ['Ivan Orsic'], 'lena-orsic': ['Lena Orsic', 'Orsic'] },
  },
  {
    name: 'shared surname with no context resolves to nobody',
    text: 'Orsic spoke about the harbour for an hour.',
    expect: { 'ivan-orsic': undefined, 'lena-orsic': undefined },
  },
  {
    name: 'another given name blocks the surname',
    text: 'The photographs were taken by Jane Kessler. Asif Nazari drove the car.',
    expect: { 'marta-kessler': undefined, 'farid-nazari': undefined },
  },
  {
    name: 'a contradicting role blocks the surname',
    text: 'The singer Kessler gave a concert in Veloria.',
    expect: { 'marta-kessler': undefined, veloria: ['Veloria'] },
  },
  {
    name: 'a fitting role keeps the surname',
    text: 'Velorian Foreign Minister Kessler and minister Nazari met.',
    expect: { 'marta-kessler': ['Kessler'], 'farid-nazari': ['Nazari'] },
  },
  {
    name: 'a variant spelling of the given name is still the person',
    text: 'Martha Kessler, as the agency spelled it, spoke first.',
    expect: { 'marta-kessler': ['Martha Kessler'] },
  },
  {
    name: 'a surname shadowed by a namesake in the same article is not claimed',
    text: 'Jane Kessler, a photographer, covered the protest. Kessler said the light was poor.',
    expect: { 'marta-kessler': undefined },
  },
  {
    name: 'descriptions in the entity list are mentions',
    text: 'The head of Velorian diplomacy arrived; the Velorian Foreign Minister said little.',
    expect: { 'marta-kessler': ['The head of Velorian diplomacy', 'the Velorian Foreign Minister'] },
  },
  {
    name: 'French elision before a name',
    text: "Le bureau d'Ivan Orsic a confirmé la visite.",
    language: 'fr',
    expect: { 'ivan-orsic': ['Ivan Orsic'] },
  },
  {
    name: 'German genitive',
    text: 'Kesslers Besuch in Port Alva wurde verschoben.',
    language: 'de',
    expect: { 'marta-kessler': ['Kesslers'] },
  },
];

describe('findEntities', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = mentions(c.text, c.language);
      for (const [id, want] of Object.entries(c.expect)) expect(got[id], `${c.name}: ${id}`).toEqual(want);
    });
  }

  it('adjacent mentions of one entity merge into one', () => {
    const text = 'Foreign Minister of Veloria aside, the Velorian Foreign Minister Marta Kessler spoke.';
    const hit = findEntities(text, catalog, { language: 'en' }).find((h) => h.id === 'marta-kessler');
    expect(hit?.mentions.map((m) => m.text)).toEqual(['the Velorian Foreign Minister Marta Kessler']);
    expect(hit).toMatchObject({ listed: true, kind: 'person', role: 'Foreign Minister of Veloria' });
  });
});
