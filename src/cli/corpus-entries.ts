// What a batch command (`corpus add`, `corpus pack`) is asked to take: FILE arguments, the
// article files of a FOLDER (.txt, .html, .htm, read recursively in name order), or the lines
// of a `--manifest FILE.jsonl`. Paths typed on the command line must exist (a usage error
// otherwise, before anything is done); a manifest's bad lines are entry errors that stop
// nothing else.

import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseManifest } from '../core/corpus/batch-manifest.ts';
import type { CorpusError } from '../core/corpus/errors.ts';
import { MAX_MANIFEST_BYTES, readTextFile } from './read-input.ts';

export interface Entry {
  /** How messages name the entry: the file, or "manifest.jsonl:3". */
  source: string;
  path: string;
  /** The manifest and the line, when the entry comes from one. */
  manifest: string | null;
  line: number | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  lang: string | null;
  byline: string | null;
  title: string | null;
}

export type Entries = { ok: true; entries: Entry[]; errors: CorpusError[] } | { ok: false; usage: string };

const ARTICLE_FILE = /\.(?:txt|html?|xhtml)$/i;

export function collectEntries(positionals: string[], manifest: string | undefined): Entries {
  if (manifest !== undefined) {
    if (positionals.length > 0) return { ok: false, usage: `give either files and folders or --manifest, not both ("${positionals[0]}")` };
    const read = readTextFile(manifest, MAX_MANIFEST_BYTES);
    if (!read.ok) return { ok: false, usage: `cannot read the manifest ${manifest}: it ${read.error}` };
    const { entries, errors } = parseManifest(manifest, read.text);
    if (entries.length === 0 && errors.length === 0) return { ok: false, usage: `the manifest ${manifest} lists no article` };
    const base = dirname(manifest);
    return {
      ok: true,
      errors,
      entries: entries.map((e) => ({ ...e, manifest, source: `${manifest}:${e.line}`, path: join(base, e.file) })),
    };
  }
  if (positionals.length === 0) return { ok: false, usage: 'give the FILEs or FOLDERs to add, or --manifest FILE.jsonl' };
  const paths: string[] = [];
  for (const given of positionals) {
    let stat;
    try {
      stat = statSync(given);
    } catch (error) {
      return { ok: false, usage: `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
    }
    if (!stat.isDirectory()) {
      paths.push(given);
      continue;
    }
    const found = articleFilesIn(given);
    if (found.length === 0) return { ok: false, usage: `the folder ${given} holds no .txt or .html file` };
    paths.push(...found);
  }
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const path of paths) {
    if (seen.has(resolve(path))) continue;
    seen.add(resolve(path));
    entries.push({ source: path, path, manifest: null, line: null, outlet: null, date: null, url: null, lang: null, byline: null, title: null });
  }
  return { ok: true, entries, errors: [] };
}

function articleFilesIn(dir: string): string[] {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ARTICLE_FILE.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('.')))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
  return names.sort((a, b) => (relative(dir, a) < relative(dir, b) ? -1 : 1));
}
