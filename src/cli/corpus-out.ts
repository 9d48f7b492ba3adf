// The file a corpus command writes (`--out`): checked before any work, so that a wrong path is a
// usage error and not a failure after the seeds were written; and write failures said in one line.

import { statSync } from 'node:fs';

export function checkOutPath(out: string, usage: (message: string) => never): void {
  if (out.trim() === '' || /[\\/]$/.test(out)) usage(`--out "${out}" names a folder; give a file path such as build/corpus/corpus.json`);
  try {
    if (statSync(out).isDirectory()) usage(`--out ${out} is a folder; give a file path such as ${out.replace(/\/+$/, '')}/corpus.json`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') usage(`--out ${out} cannot be written: a part of that path is a file, not a folder`);
    if (code !== 'ENOENT') usage(`--out ${out} cannot be used (${code ?? (error as Error).message})`);
  }
}

/** "cannot write build/x.json (EACCES: permission denied)": what failed and why, without a stack. */
export function describeWriteFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const path = e.path ? ` ${e.path.replace(/\.tmp-\d+$/, '')}` : '';
  return `cannot write${path} (${e.code ?? 'error'}: ${(e.message ?? String(error)).replace(/^\w+: /, '').replace(/, \w+ '.*$/, '')})`;
}
