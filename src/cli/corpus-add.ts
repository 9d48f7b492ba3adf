// `corpus add FILE... | FOLDER... | --manifest FILE.jsonl [...]`: copies articles (plain text, or
// the article extracted from an HTML page) into seeds/documents/, appends their metadata, and
// compiles the corpus once in memory (one grouping, one index build, however many articles).
// Only then does it write, every file to a temporary name first and then renamed into place: the
// seeds and the compiled corpus change completely or not at all. A bad entry is reported with
// its file (or manifest line) and the others are still added. One JSON line per added document
// on stdout; logs on stderr.

import { join } from 'node:path';
import { addDocuments, type PlacedDocument } from '../core/corpus/add-documents.ts';
import { formatCorpusError, type CorpusError } from '../core/corpus/errors.ts';
import { batchErrors, plural, printPlaced, readBatch, type BatchOptions } from './corpus-batch.ts';
import { checkOutPath, describeWriteFailure } from './corpus-out.ts';
import { readSeeds, writeFilesAtomically } from './corpus-seeds.ts';

export interface AddOptions extends BatchOptions {
  seeds: string;
  out: string;
}

export async function runAdd(positionals: string[], options: AddOptions, usage: (message: string) => never): Promise<number> {
  checkOutPath(options.out, usage);
  const batch = await readBatch('add', positionals, options, usage);
  const started = performance.now();
  const result = batch.docs.length > 0 ? addDocuments(readSeeds(options.seeds), batch.docs) : null;
  if (result && !result.ok) return nothingAdded([...batch.errors, ...result.errors]);
  const errors = batchErrors(batch, result?.batch.refused ?? []);
  if (!result || result.batch.placed.length === 0) return nothingAdded(errors);
  for (const error of errors) console.error(formatCorpusError(error));

  const { input, compiled, placed } = result.batch;
  const files = placed.map((p) => ({ path: join(options.seeds, 'documents', p.meta.file), content: input.texts[p.meta.file]! }));
  try {
    writeFilesAtomically([
      ...files,
      { path: join(options.seeds, 'documents.json'), content: input.documentsJson },
      { path: options.out, content: JSON.stringify(compiled.compiled) },
    ], { createFolders: true });
  } catch (error) {
    console.error(`corpus: ${describeWriteFailure(error)}; nothing was added (the seeds and ${options.out} are as they were)`);
    return 1;
  }

  if (batch.asked === 1) reportOne(placed[0]!, options);
  else {
    const joined = placed.filter((p) => p.joined.length > 0).length;
    const articles = placed.reduce((n, p) => n + p.articleIds.length, 0);
    console.error(
      `corpus: added ${placed.length.toLocaleString('en')} of ${plural(batch.asked, 'document')} (${plural(articles, 'article')}; ${joined.toLocaleString('en')} joined a story, ` +
        `${(placed.length - joined).toLocaleString('en')} founded one) -> ${join(options.seeds, 'documents')}; one index build, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    if (errors.length > 0) console.error(`corpus: ${plural(batch.asked - placed.length, 'document')} not added (${plural(errors.length, 'error')} above)`);
  }
  printPlaced(placed, batch);
  return errors.length > 0 ? 1 : 0;
}

function reportOne(p: PlacedDocument, options: AddOptions): void {
  if (!options.lang) console.error(`corpus: language "${p.meta.language}" (pass --lang to set it)`);
  console.error(`corpus: added ${p.meta.id} (${plural(p.articleIds.length, 'article')}) -> ${join(options.seeds, 'documents', p.meta.file)}`);
  console.error(p.joined.length > 0
    ? `corpus: joined story ${p.story.id} "${p.story.title}" (with ${p.joined.join(', ')})`
    : `corpus: new story ${p.story.id} "${p.story.title}"`);
}

function nothingAdded(errors: CorpusError[]): number {
  for (const error of errors) console.error(formatCorpusError(error));
  console.error(`corpus: nothing was added (${plural(errors.length, 'error')})`);
  return 1;
}
