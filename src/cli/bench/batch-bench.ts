// The batch commands as a user runs them: N synthetic articles written as .txt files with a JSON
// Lines manifest, then `corpus add --manifest` into a fresh copy of seeds/ and `corpus pack
// --manifest`, each timed as one CLI call (wall clock, start-up included), and the pack read back
// with readPack (validation and checksum) as the popup would.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPack, type CorpusPack } from '../../core/corpus/pack.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

export interface BatchBench {
  articles: number;
  addMs: number[];
  packMs: number[];
  readPackMs: number[];
  packBytes: number;
  stories: number;
  /** The pack read back, for the popup's import and export figures. */
  pack: CorpusPack;
}

const CLI = join(import.meta.dirname, '..', 'corpus.ts');

export function benchBatch(n: number, runs: number, seedsDir: string, log: (line: string) => void): BatchBench {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-batch-'));
  try {
    const { corpus } = syntheticCorpus({ articles: n, seed: 42 });
    mkdirSync(join(dir, 'articles'));
    const lines = corpus.articles.map((a) => {
      writeFileSync(join(dir, 'articles', `${a.id}.txt`), `${a.title}\n\n${a.text}\n`);
      return JSON.stringify({ file: `articles/${a.id}.txt`, outlet: a.outlet, date: a.publishedAt, lang: 'en' });
    });
    const manifest = join(dir, 'batch.jsonl');
    writeFileSync(manifest, `${lines.join('\n')}\n`);

    const timed = (args: string[]): number => {
      const start = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const ms = performance.now() - start;
      const placed = run.stdout.split('\n').filter(Boolean).length;
      if (run.status !== 0 || placed !== n) throw new Error(`corpus ${args[0]} failed (exit ${run.status}, ${placed}/${n} placed):\n${run.stderr.slice(-2000)}`);
      return ms;
    };
    const addMs: number[] = [];
    const packMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      const seeds = join(dir, `seeds-${r}`);
      cpSync(seedsDir, seeds, { recursive: true });
      log(`bench: corpus add --manifest, ${n} articles (run ${r + 1}/${runs})…`);
      addMs.push(timed(['add', '--manifest', manifest, '--seeds', seeds, '--out', join(dir, `corpus-${r}.json`)]));
      log(`bench: corpus pack --manifest, ${n} articles (run ${r + 1}/${runs})…`);
      packMs.push(timed(['pack', '--manifest', manifest, '--seeds', seedsDir, '--out', join(dir, 'pack.json')]));
    }
    const text = readFileSync(join(dir, 'pack.json'), 'utf8');
    const readPackMs: number[] = [];
    let pack: CorpusPack | null = null;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const read = readPack(text);
      readPackMs.push(performance.now() - start);
      if (!read.ok) throw new Error(`the benchmark's pack does not read back: ${read.error.message}`);
      pack = read.pack;
    }
    return { articles: n, addMs, packMs, readPackMs, packBytes: Buffer.byteLength(text), stories: pack!.corpus.corpus.stories.length, pack: pack! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
