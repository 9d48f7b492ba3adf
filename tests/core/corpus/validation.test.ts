// Malformed seeds, one slip at a time: every message names the file, the line:column or the
// field, and the fix. The real seeds are only read; each case mutates a copy in memory.
import { describe, expect, it } from 'vitest';
import { compileCorpus, type CorpusInput } from '../../../src/core/corpus/compile.ts';
import { formatCorpusError } from '../../../src/core/corpus/errors.ts';
import { lineOf, seedInput } from './seeds-helper.ts';

type Mutation = (input: CorpusInput) => void;
const replaceIn = (key: 'documentsJson' | 'entitiesJson', from: string, to: string): Mutation => (input) => {
  if (!input[key].includes(from)) throw new Error(`fixture drift: "${from}" not in ${key}`);
  input[key] = input[key].replace(from, to);
};

interface Case {
  name: string;
  mutate: Mutation;
  /** Expected start of the message: file, and `:line` found from a marker in the mutated file. */
  file: string;
  lineMarker?: { in: 'documentsJson' | 'entitiesJson'; text: string };
  path?: string;
  message: string;
  fix: string;
}

const cases: Case[] = [
  {
    name: 'bad JSON (missing comma)',
    mutate: replaceIn('entitiesJson', '"kind": "person",\n      "aliases": ["Antony Blinken"', '"kind": "person"\n      "aliases": ["Antony Blinken"'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"aliases": ["Antony Blinken"' },
    message: 'invalid JSON: expected ","', fix: 'add a ","',
  },
  {
    name: 'bad JSON (comment)',
    mutate: (i) => { i.documentsJson = `// seeds\n${i.documentsJson}`; },
    file: 'seeds/documents.json', message: 'comments are not allowed', fix: 'remove the comment',
  },
  {
    name: 'missing field',
    mutate: replaceIn('documentsJson', '      "language": "en",\n      "machineTranslated": true,', '      "machineTranslated": true,'),
    file: 'seeds/documents.json', path: 'documents[1].language (document "003_79f0f28387a61ee3")',
    message: 'missing field "language"', fix: 'add "language": a BCP 47 language code',
  },
  {
    name: 'unknown field',
    mutate: replaceIn('entitiesJson', '"role": "Chancellor of Germany",', '"rol": "Chancellor of Germany", "role": "Chancellor of Germany",'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"rol":' }, path: 'entities[4].rol (entity "angela-merkel")',
    message: 'unknown field "rol"', fix: 'correct its spelling',
  },
  {
    name: 'invalid date',
    mutate: replaceIn('documentsJson', '"publishedAt": "2021-09-09"', '"publishedAt": "9/9/2021"'),
    file: 'seeds/documents.json', lineMarker: { in: 'documentsJson', text: '"9/9/2021"' }, path: 'documents[0].publishedAt',
    message: 'invalid value "9/9/2021"', fix: 'write an ISO 8601 date',
  },
  {
    name: 'wrong type',
    mutate: replaceIn('documentsJson', '"machineTranslated": true', '"machineTranslated": "yes"'),
    file: 'seeds/documents.json', lineMarker: { in: 'documentsJson', text: '"machineTranslated": "yes"' },
    path: 'documents[1].machineTranslated', message: 'invalid value "yes"', fix: 'write true or false',
  },
  {
    name: 'invalid entity kind',
    mutate: replaceIn('entitiesJson', '"id": "nato",\n      "name": "NATO",\n      "kind": "organisation"', '"id": "nato",\n      "name": "NATO",\n      "kind": "alliance"'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"alliance"' }, path: 'entities[15].kind (entity "nato")',
    message: 'invalid value "alliance"', fix: 'one of "person", "organisation", "place"',
  },
  {
    name: 'unknown entity id in sharedAliases',
    mutate: replaceIn('entitiesJson', '"ahmad-shah-massoud", "ahmad-massoud"]', '"ahmad-shah-massoud", "ahmad-masoud"]'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"ahmad-masoud"]' }, path: 'sharedAliases[0].entities[2]',
    message: 'unknown entity id "ahmad-masoud"', fix: 'did you mean "ahmad-massoud"?',
  },
  {
    name: 'duplicate entity id',
    mutate: replaceIn('entitiesJson', '"id": "tehran"', '"id":  "iran"'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"id":  "iran"' }, path: 'entities[37].id',
    message: 'id "iran" is already used by entities[27]', fix: 'give each entity its own id',
  },
  {
    name: 'alias clash',
    mutate: replaceIn('entitiesJson', '"Heiko Maas", "Maas",', '"Heiko Maas", "Maas", "Blinken",'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"Heiko Maas", "Maas", "Blinken"' },
    path: 'entities[1].aliases[2] (entity "heiko-maas")', message: 'alias "Blinken" also belongs to "antony-blinken"',
    fix: 'declare it in "sharedAliases" or remove one',
  },
  {
    name: 'alias that is an ordinary word',
    mutate: replaceIn('entitiesJson', '"Angela Merkel", "Merkel",', '"Angela Merkel", "merkel",'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"merkel"' }, path: 'entities[4].aliases[1]',
    message: 'single lower-case word', fix: 'capitalised',
  },
  {
    name: 'duplicate key',
    mutate: replaceIn('entitiesJson', '"role": "Chancellor of Germany",', '"role": "Chancellor of Germany", "role": "Chancellor",'),
    file: 'seeds/entities.json', lineMarker: { in: 'entitiesJson', text: '"role": "Chancellor",' }, path: 'entities[4].role',
    message: 'field "role" appears twice', fix: 'keep one of them',
  },
  {
    name: 'empty text',
    mutate: (i) => { i.texts['003_79f0f28387a61ee3.txt'] = ' \n\n'; },
    file: 'seeds/documents/003_79f0f28387a61ee3.txt', message: 'empty text', fix: 'put the article\'s text in the file',
  },
  {
    name: 'entry whose file is missing',
    mutate: (i) => { delete i.texts['003_79f0f28387a61ee3.txt']; },
    file: 'seeds/documents.json', lineMarker: { in: 'documentsJson', text: '"file": "003_79f0f28387a61ee3.txt"' }, path: 'documents[1].file',
    message: '"seeds/documents/003_79f0f28387a61ee3.txt" does not exist', fix: 'add the file, or correct the name',
  },
  {
    name: 'file without an entry',
    mutate: (i) => { i.texts['005_extra.txt'] = 'A stray note.\n'; },
    file: 'seeds/documents/005_extra.txt', message: 'no entry in seeds/documents.json', fix: 'describe it there',
  },
  {
    name: 'override for an article that does not exist',
    mutate: replaceIn('documentsJson', '"n": 2', '"n": 4'),
    file: 'seeds/documents.json', lineMarker: { in: 'documentsJson', text: '"n": 4' }, path: 'documents[0].articles[0].n',
    message: 'there is no article 4: ingest found 2', fix: 'use a position from 1 to 2',
  },
  {
    name: 'machine translation without evidence',
    mutate: (i) => { i.documentsJson = i.documentsJson.replace(/"translationEvidence": \[[^\]]*\],\n\s*"url": null,\n\s*"note": "The page names no outlet; it prints/, '"translationEvidence": [],\n      "url": null,\n      "note": "The page names no outlet; it prints'); },
    file: 'seeds/documents.json', path: 'documents[1].translationEvidence', message: 'machineTranslated is true but no evidence', fix: 'list in "translationEvidence"',
  },
  {
    name: 'the same article twice',
    mutate: (i) => {
      i.texts['004_copy.txt'] = i.texts['003_79f0f28387a61ee3.txt']!;
      const doc = JSON.parse(i.documentsJson);
      doc.documents.push({ ...doc.documents[1], id: '004_copy', file: '004_copy.txt' });
      i.documentsJson = JSON.stringify(doc, null, 2);
    },
    file: 'seeds/documents/004_copy.txt', message: 'article 004_copy-1 has the same text as 003_79f0f28387a61ee3-1', fix: 'remove the duplicate',
  },
];

describe('malformed seeds', () => {
  for (const c of cases) {
    it(c.name, () => {
      const input = seedInput();
      c.mutate(input);
      const result = compileCorpus(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const messages = result.errors.map(formatCorpusError);
      const line = c.lineMarker ? lineOf(input[c.lineMarker.in], c.lineMarker.text) : null;
      const prefix = line === null ? `${c.file}:` : `${c.file}:${line}:`;
      const match = messages.find((m) => m.startsWith(prefix) && m.includes(c.message));
      expect(match, `expected "${prefix} … ${c.message}" among:\n${messages.join('\n')}`).toBeDefined();
      if (c.path) expect(match).toContain(`: ${c.path}`);
      expect(match!.split('; ').at(-1)).toContain(c.fix);
      expect(match).toMatch(/^\S+?(:\d+:\d+)?: .+; .+$/);
    });
  }

  it('reports every error, not just the first', () => {
    const input = seedInput();
    input.documentsJson = input.documentsJson.replace('"2021-09-09"', '"yesterday"').replace('"language": "en",', '"language": "English",');
    input.texts['006_orphan.txt'] = 'An orphan.\n';
    const result = compileCorpus(input);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['invalid value "yesterday"', 'invalid value "English"', 'no entry in seeds/documents.json']),
    );
  });

  it('accepts a bare surname shared by the three Massouds because it is declared', () => {
    expect(compileCorpus(seedInput()).ok).toBe(true);
    const input = seedInput();
    input.entitiesJson = input.entitiesJson.replace('"entities": ["ahmad-wali-massoud", "ahmad-shah-massoud", "ahmad-massoud"]', '"entities": ["ahmad-wali-massoud", "ahmad-shah-massoud"]');
    const result = compileCorpus(input);
    expect(result.ok ? [] : result.errors.map(formatCorpusError)).toEqual([
      expect.stringMatching(/entity "ahmad-massoud"\): alias "Massoud" also belongs to .*; add "ahmad-massoud" to the "sharedAliases" entry for "Massoud", or remove the alias$/),
    ]);
  });
});
