// Reads the real seeds (read-only) into the compiler's input, for tests that mutate it in memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusInput } from '../../../src/core/corpus/compile.ts';

export const repoRoot = join(import.meta.dirname, '../../..');
export const seedsDir = join(repoRoot, 'seeds');

export function seedInput(): CorpusInput {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(join(seedsDir, 'documents')).filter((n) => n.endsWith('.txt'))) {
    texts[name] = readFileSync(join(seedsDir, 'documents', name), 'utf8');
  }
  return {
    root: 'seeds',
    documentsJson: readFileSync(join(seedsDir, 'documents.json'), 'utf8'),
    entitiesJson: readFileSync(join(seedsDir, 'entities.json'), 'utf8'),
    texts,
  };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return text.slice(0, at).split('\n').length;
}
