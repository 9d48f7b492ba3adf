// The corpus for Node tools: compiled from seeds/ in memory (a few milliseconds for the bundled
// seeds), so that the CLI always reflects the seeds as they are on disk.

import { join } from 'node:path';
import { compileCorpus } from '../core/corpus/compile.ts';
import { formatCorpusError } from '../core/corpus/errors.ts';
import { prepareCorpus, type PreparedCorpus } from '../core/analyze.ts';
import { readSeeds } from './corpus-seeds.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export function loadSeedCorpus(seedsDir = SEEDS_DIR): PreparedCorpus {
  const result = compileCorpus(readSeeds(seedsDir));
  if (!result.ok) {
    throw new Error(`the corpus in ${seedsDir} does not compile:\n${result.errors.map(formatCorpusError).join('\n')}`);
  }
  return prepareCorpus(result.compiled);
}
