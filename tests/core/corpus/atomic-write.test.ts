// The seeds change completely or not at all, even when the file system fails half-way.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../../src/cli/corpus-seeds.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFilesAtomically', () => {
  it('writes every file', () => {
    writeFilesAtomically([{ path: join(dir, 'a.txt'), content: 'one' }, { path: join(dir, 'b.json'), content: '{}' }]);
    expect([readFileSync(join(dir, 'a.txt'), 'utf8'), readFileSync(join(dir, 'b.json'), 'utf8')]).toEqual(['one', '{}']);
  });

  it('puts back what it replaced when a later rename fails, and leaves no temporaries', () => {
    const target = join(dir, 'case');
    mkdirSync(join(target, 'blocked'), { recursive: true });
    writeFileSync(join(target, 'blocked', 'keep'), 'x'); // a non-empty folder where a file should go
    writeFileSync(join(target, 'documents.json'), 'old');
    expect(() =>
      writeFilesAtomically([
        { path: join(target, 'new.txt'), content: 'new text' },
        { path: join(target, 'documents.json'), content: 'new' },
        { path: join(target, 'blocked'), content: 'cannot land' },
      ]),
    ).toThrow();
    expect(readFileSync(join(target, 'documents.json'), 'utf8')).toBe('old');
    expect(readdirSync(target).sort()).toEqual(['blocked', 'documents.json']);
  });

  it('creates missing folders when asked, and removes them again when the write fails', () => {
    const target = join(dir, 'folders');
    mkdirSync(join(target, 'blocked', 'inner'), { recursive: true });
    writeFileSync(join(target, 'blocked', 'inner', 'keep'), 'x');
    expect(() =>
      writeFilesAtomically([
        { path: join(target, 'new', 'deep', 'corpus.json'), content: '{}' },
        { path: join(target, 'blocked', 'inner'), content: 'cannot land' },
      ], { createFolders: true }),
    ).toThrow();
    expect(readdirSync(target)).toEqual(['blocked']);
    writeFilesAtomically([{ path: join(target, 'new', 'deep', 'corpus.json'), content: '{}' }], { createFolders: true });
    expect(readFileSync(join(target, 'new', 'deep', 'corpus.json'), 'utf8')).toBe('{}');
  });
});
