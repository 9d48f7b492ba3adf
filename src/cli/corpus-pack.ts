// `corpus pack FILE... | FOLDER... | --manifest FILE.jsonl --out pack.json`: builds a corpus pack
// (docs/corpus.md, "Packs") from many articles in one call: the same reading and checks as
// `corpus add`, the articles grouped and indexed among themselves once, the entity list of
// --seeds. seeds/ itself is not changed. A bad entry is reported and left out; the pack is
// written (atomically) when at least one article is in it.

import { addDocuments } from '../core/corpus/add-documents.ts';
import type { CorpusInput } from '../core/corpus/compile.ts';
import { formatCorpusError } from '../core/corpus/errors.ts';
import { createPack, serializePack } from '../core/corpus/pack.ts';
import { batchErrors, plural, printPlaced, readBatch, type BatchOptions } from './corpus-batch.ts';
import { checkOutPath, describeWriteFailure } from './corpus-out.ts';
import { formatBytes } from './read-input.ts';
import { readSeeds, writeFilesAtomically } from './corpus-seeds.ts';

export interface PackOptions extends BatchOptions {
  seeds: string;
  out?: string;
}

export async function runPack(positionals: string[], options: PackOptions, usage: (message: string) => never): Promise<number> {
  if (!options.out) usage('pack needs --out FILE.json, the pack to write');
  checkOutPath(options.out, usage);
  const batch = await readBatch('pack', positionals, options, usage);
  const started = performance.now();
  const seeds = readSeeds(options.seeds);
  const empty: CorpusInput = { root: seeds.root, documentsJson: '{\n  "documents": []\n}\n', entitiesJson: seeds.entitiesJson, texts: {} };
  const result = batch.docs.length > 0 ? addDocuments(empty, batch.docs) : null;
  const errors = result && !result.ok ? [...batch.errors, ...result.errors] : batchErrors(batch, result?.batch.refused ?? []);
  for (const error of errors) console.error(formatCorpusError(error));
  if (!result?.ok || result.batch.placed.length === 0) {
    console.error(`corpus: no pack written (${plural(errors.length, 'error')})`);
    return 1;
  }
  const { compiled, placed } = result.batch;
  const pack = createPack(compiled.compiled);
  const json = serializePack(pack);
  try {
    writeFilesAtomically([{ path: options.out, content: json }], { createFolders: true });
  } catch (error) {
    console.error(`corpus: ${describeWriteFailure(error)}; no pack written`);
    return 1;
  }
  const { articles, stories } = compiled.compiled.corpus;
  console.error(
    `corpus: pack ${options.out}: ${plural(articles.length, 'article')} from ${plural(placed.length, 'document')} of ${batch.asked.toLocaleString('en')}, ` +
      `${plural(stories.length, 'story').replace(/storys$/, 'stories')}, ${formatBytes(Buffer.byteLength(json))}, ${pack.checksum.slice(0, 19)}…; one index build, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (errors.length > 0) console.error(`corpus: ${plural(batch.asked - placed.length, 'document')} left out (${plural(errors.length, 'error')} above)`);
  printPlaced(placed, batch);
  return errors.length > 0 ? 1 : 0;
}
