// Reads seeds/ into the compiler's input (file contents by name), and writes files atomically.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 * Writes every file to a temporary name first, then renames them all into place. A failure
 * while staging leaves the targets untouched; a failure while renaming puts back what the
 * earlier renames replaced (or removes what they created). Temporaries never stay behind, nor do
 * the folders `createFolders` made for a write that failed.
 */
export function writeFilesAtomically(files: { path: string; content: string }[], options: { createFolders?: boolean } = {}): void {
  const createdFolders: string[] = [];
  const staged: { temp: string; path: string; previous: string | null }[] = [];
  const undoFolders = () => {
    for (const folder of createdFolders.reverse()) rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (const { path, content } of files) {
      if (options.createFolders && !existsSync(dirname(path))) {
        const created = mkdirSync(dirname(path), { recursive: true });
        if (created) createdFolders.push(created);
      }
      const temp = `${path}.tmp-${process.pid}`;
      staged.push({ temp, path, previous: existsSync(path) ? readFileSync(path, 'utf8') : null });
      writeFileSync(temp, content);
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    undoFolders();
    throw error;
  }
  const done: typeof staged = [];
  try {
    for (const file of staged) {
      renameSync(file.temp, file.path);
      done.push(file);
    }
  } catch (error) {
    for (const { path, previous } of done) {
      if (previous === null) rmSync(path, { force: true });
      else writeFileSync(path, previous);
    }
    for (const { temp } of staged) rmSync(temp, { force: true });
    undoFolders();
    throw error;
  }
}
