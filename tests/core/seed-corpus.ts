// The bundled seeds, compiled and prepared once per test file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSeedCorpus } from '../../src/cli/load-corpus.ts';
import type { PreparedCorpus } from '../../src/core/analyze.ts';

let prepared: PreparedCorpus | null = null;
export function seedCorpus(): PreparedCorpus {
  prepared ??= loadSeedCorpus();
  return prepared;
}

export const root = join(import.meta.dirname, '..', '..');
export const readSeed = (name: string) => readFileSync(join(root, 'seeds', 'documents', name), 'utf8');
export const readFixture = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'articles', name), 'utf8');
export const SEED_000 = '000_cc2cb2b27cb2e02b.txt';
export const SEED_003 = '003_79f0f28387a61ee3.txt';
