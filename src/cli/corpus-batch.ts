// The part `corpus add` and `corpus pack` share: the options checked, the entries collected
// (files, folders or a manifest) and each one read into a document. A bad entry is reported and
// left out; a usage error stops before anything is read.

import { isCalendarDate, isLanguageCode } from '../core/corpus/batch-manifest.ts';
import type { NewDocument, PlacedDocument, RefusedDocument } from '../core/corpus/add-documents.ts';
import { checkArticleUrl } from '../core/corpus/article-url.ts';
import type { CorpusError } from '../core/corpus/errors.ts';
import { readEntry } from './corpus-documents.ts';
import { collectEntries } from './corpus-entries.ts';

export interface BatchOptions {
  manifest?: string;
  outlet?: string;
  date?: string;
  url?: string;
  lang?: string;
  byline?: string;
  title?: string;
}

export interface Batch {
  docs: NewDocument[];
  /** Entries that could not be read into a document, in the order given. */
  errors: CorpusError[];
  /** How many entries were asked for. */
  asked: number;
  fromManifest: boolean;
  /** Each document's file and manifest line, by source. */
  origins: Map<string, { path: string; line: number | null }>;
}

export async function readBatch(command: string, positionals: string[], options: BatchOptions, usage: (message: string) => never): Promise<Batch> {
  const perEntry = (['outlet', 'date', 'url', 'lang', 'byline', 'title'] as const).filter((k) => options[k] !== undefined);
  if (options.manifest !== undefined && perEntry.length > 0) usage(`--${perEntry[0]} does not go with --manifest: give "${perEntry[0]}" on each line of the manifest`);
  if (options.manifest === undefined) {
    if (positionals.length === 0) usage(`${command} needs the FILE(s) or FOLDER(s) to take, or --manifest FILE.jsonl`);
    if (!options.outlet?.trim()) usage(`${command} needs --outlet NAME (or a --manifest giving each article's outlet)`);
    if (!options.date || !isCalendarDate(options.date)) usage(`${command} needs --date YYYY-MM-DD (a real calendar date)`);
  }
  if (options.url !== undefined) {
    const verdict = checkArticleUrl(options.url);
    if (!verdict.ok) usage(`--url "${options.url}" ${verdict.problem}; ${verdict.fix}`);
  }
  if (options.lang !== undefined && !isLanguageCode(options.lang)) usage(`--lang "${options.lang}" is not a language code such as "en" or "de"`);

  const collected = collectEntries(positionals, options.manifest);
  if (!collected.ok) usage(collected.usage);
  const { entries } = collected;
  if (entries.length > 1 && (options.url !== undefined || options.title !== undefined)) {
    usage(`--${options.url !== undefined ? 'url' : 'title'} names one page: use it with one FILE, or give it per line in a --manifest`);
  }

  const docs: NewDocument[] = [];
  const errors: CorpusError[] = [...collected.errors];
  const origins: Batch['origins'] = new Map();
  for (const entry of entries) {
    const read = await readEntry({
      ...entry,
      outlet: entry.outlet ?? options.outlet?.trim() ?? null,
      date: entry.date ?? options.date ?? null,
      url: entry.url ?? options.url ?? null,
      lang: entry.lang ?? options.lang ?? null,
      byline: entry.byline ?? options.byline ?? null,
      title: entry.title ?? options.title ?? null,
    });
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    for (const warning of read.warnings) console.error(`corpus: ${warning}`);
    origins.set(entry.source, { path: entry.path, line: entry.line });
    docs.push(read.doc);
  }
  return { docs, errors, asked: entries.length + collected.errors.length, origins, fromManifest: options.manifest !== undefined };
}

/** One JSON line per placed document on stdout: its file (and manifest line), ids and story. */
export function printPlaced(placed: PlacedDocument[], batch: Batch): void {
  for (const p of placed) {
    const origin = batch.origins.get(p.source)!;
    console.log(JSON.stringify({
      file: origin.path,
      ...(origin.line === null ? {} : { line: origin.line }),
      documentId: p.meta.id,
      articleIds: p.articleIds,
      story: { id: p.story.id, title: p.story.title, joined: p.joined.length > 0, with: p.joined },
    }));
  }
}

export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Every entry's errors, the core's refusals included, as the user knows the entries; a manifest's in line order. */
export function batchErrors(batch: Batch, refused: readonly RefusedDocument[]): CorpusError[] {
  const errors = [...batch.errors, ...refused.flatMap((r) => r.errors.map((e) => locateError(e, batch)))];
  return batch.fromManifest ? errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) : errors;
}

/**
 * A core refusal as the user knows the entry: a manifest entry's error points at its manifest
 * line and names its file (and the line in it, when the problem has one).
 */
function locateError(error: CorpusError, batch: Batch): CorpusError {
  const origin = batch.origins.get(error.file);
  if (!origin || origin.line === null) return error;
  const manifest = error.file.slice(0, error.file.lastIndexOf(':'));
  const inFile = error.line === null ? origin.path : `${origin.path}:${error.line}:${error.column ?? 1}`;
  return { ...error, file: manifest, line: origin.line, column: 1, message: `${inFile}: ${error.message}` };
}
