// Entity lists written for the tests: invented people and organisations, and a small list for
// the seed documents (the corpus's own seeds/entities.json is richer).

import type { EntityKind, EntityRecord } from '../../../src/core/types.ts';

function entity(
  id: string,
  name: string,
  kind: EntityKind,
  aliases: string[],
  role: string | null = null,
  affiliation: string | null = null,
): EntityRecord {
  return { id, name, kind, aliases, role, description: `${name} (test fixture).`, affiliation };
}

/** Invented world: the republic of Veloria and its neighbours. */
export const INVENTED: EntityRecord[] = [
  entity('marta-kessler', 'Marta Kessler', 'person', ['Kessler', 'Ms Kessler', 'the Velorian Foreign Minister', 'the head of Velorian diplomacy'], 'Foreign Minister of Veloria', 'Veloria'),
  entity('tomas-brandt', 'Tomas Brandt', 'person', ['Brandt', 'Mr Brandt', 'Mr. Brandt'], 'Prime Minister of Ostland', 'Ostland'),
  entity('ivan-orsic', 'Ivan Orsic', 'person', ['Orsic'], 'Governor of the Northern Province', null),
  entity('lena-orsic', 'Lena Orsic', 'person', ['Orsic'], 'Mayor of Port Alva', null),
  entity('farid-nazari', 'Farid Nazari', 'person', ['Nazari', 'Mr Nazari'], 'Minister of Water', 'Veloria'),
  entity('green-dawn', 'Green Dawn Movement', 'organisation', ['Green Dawn', 'GDM'], null, null),
  entity('veloria', 'Veloria', 'place', ['Veloria'], null, null),
  entity('port-alva', 'Port Alva', 'place', ['Port Alva'], null, null),
  entity('us', 'United States', 'place', ['United States', 'US', 'U.S.'], null, null),
];

/** The people and groups of the two seed documents, enough for attribution tests. */
export const SEED_ENTITIES: EntityRecord[] = [
  entity('antony-blinken', 'Antony Blinken', 'person', ['Blinken', 'Mr Blinken', 'Mr. Blinken', 'US Secretary of State', 'the US Secretary of State', 'the head of American diplomacy'], 'US Secretary of State', 'United States'),
  entity('heiko-maas', 'Heiko Maas', 'person', ['Maas', 'German Foreign Minister', 'the Federal Minister', 'the head of German diplomacy'], 'Foreign Minister of Germany', 'Germany'),
  entity('shah-mahmood-qureshi', 'Shah Mahmood Qureshi', 'person', ['Qureshi', 'Shah Mahmood Qureshi'], 'Foreign Minister of Pakistan', 'Pakistan'),
  entity('ahmad-wali-massoud', 'Ahmad Wali Massoud', 'person', ['Massoud', 'Wali Massoud'], 'Afghan politician, former ambassador', null),
  entity('ahmad-shah-massoud', 'Ahmad Shah Massoud', 'person', ['Massoud', 'Shah Massoud'], 'Anti-Soviet and anti-Taliban commander (died 2001)', null),
  entity('ahmad-massoud', 'Ahmad Massoud', 'person', ['Massoud'], 'Leader of the National Resistance Front', 'National Resistance Front'),
  entity('armin-laschet', 'Armin Laschet', 'person', ['Laschet'], 'Leader of the CDU', 'CDU'),
  entity('angela-merkel', 'Angela Merkel', 'person', ['Merkel'], 'Chancellor of Germany', 'CDU'),
  entity('joe-biden', 'Joe Biden', 'person', ['Biden'], 'President of the United States', 'United States'),
  entity('mustafa-mohammadi', 'Mustafa Mohammadi', 'person', ['Mohammadi'], 'Afghan military veteran, refugee', null),
  entity('taliban', 'Taliban', 'organisation', ['Taliban'], null, null),
  entity('nrf', 'National Resistance Front', 'organisation', ['NRF', 'National Resistance Front'], null, null),
  entity('ramstein', 'Ramstein Air Base', 'place', ['Ramstein'], null, null),
  entity('pakistan', 'Pakistan', 'place', ['Pakistan'], null, null),
  entity('germany', 'Germany', 'place', ['Germany'], null, null),
  entity('united-states', 'United States', 'place', ['United States', 'US', 'U.S.'], null, null),
];
