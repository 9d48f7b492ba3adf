// Reads seeds/ into the compiler's input (file contents by name), and writes files atomically.

import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusInput } from '../core/corpus/compile.ts';

/** Missing JSON files read as empty text, which the compiler reports with its usual message. */
export function readSeeds(seedsDir: string): CorpusInput {
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const documentsDir = join(seedsDir, 'documents');
  const texts: Record<string, string> = {};
  if (existsSync(documentsDir)) {
    for (const name of readdirSync(documentsDir).filter((n) => n.endsWith('.txt')).sort()) {
      texts[name] = readFileSync(join(documentsDir, name), 'utf8');
    }
  }
  return {
    root: seedsDir.replace(/\/+$/, ''),
    documentsJson: read(join(seedsDir, 'documents.json')),
    entitiesJson: read(join(seedsDir, 'entities.json')),
    texts,
  };
}

/**
 * Writes every file to a temporary name first, then renames them all into place: a failure
 * before the renames leaves the targets untouched, and the temporaries are removed.
 */
export function writeFilesAtomically(files: { path: string; content: string }[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const { path, content } of files) {
      const temp = `${path}.tmp-${process.pid}`;
      writeFileSync(temp, content);
      staged.push({ temp, path });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of staged) renameSync(temp, path);
}
