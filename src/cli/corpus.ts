// `npm run corpus -- compile|check|add|pack …`: builds, validates and extends the bundled corpus,
// and builds corpus packs. Logs go to stderr. Exit codes: 0 ok, 1 validation errors (for add and
// pack: some entry was not taken, the others were), 2 usage errors. An unexpected failure is one
// line on stderr, never a stack trace.

import { parseArgs } from 'node:util';
import { compileCorpus, type CompileResult } from '../core/corpus/compile.ts';
import { formatCorpusError } from '../core/corpus/errors.ts';
import { runAdd } from './corpus-add.ts';
import { checkOutPath, describeWriteFailure } from './corpus-out.ts';
import { runPack } from './corpus-pack.ts';
import { readSeeds, writeFilesAtomically } from './corpus-seeds.ts';

const USAGE = `usage:
  npm run corpus -- compile [--out build/corpus/corpus.json] [--seeds seeds]
  npm run corpus -- check [--seeds seeds]
  npm run corpus -- add FILE|FOLDER... --outlet NAME --date YYYY-MM-DD [--lang xx] [--byline B] [--seeds seeds] [--out build/corpus/corpus.json]
  npm run corpus -- add FILE --outlet NAME --date YYYY-MM-DD [--url U] [--title T] [--lang xx] [--byline B] [...]
  npm run corpus -- add --manifest FILE.jsonl [--seeds seeds] [--out build/corpus/corpus.json]
      (one {"file", "outlet", "date", "url"?, "lang"?} per line, file relative to the manifest)
  npm run corpus -- pack FILE|FOLDER...|--manifest FILE.jsonl --out pack.json [--outlet NAME --date YYYY-MM-DD] [--seeds seeds]`;

const DEFAULT_OUT = 'build/corpus/corpus.json';

export function reportErrors(result: Extract<CompileResult, { ok: false }>): void {
  for (const error of result.errors) console.error(formatCorpusError(error));
  console.error(`corpus: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`);
}

function usage(message?: string): never {
  if (message) console.error(`corpus: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        seeds: { type: 'string', default: 'seeds' },
        manifest: { type: 'string' },
        outlet: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' },
        lang: { type: 'string' }, byline: { type: 'string' }, title: { type: 'string' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'compile':
    case 'check': {
      if (positionals.length > 0) usage(`unexpected argument "${positionals[0]}"`);
      const out = values.out ?? DEFAULT_OUT;
      if (command === 'compile') checkOutPath(out, usage);
      const started = performance.now();
      const result = compileCorpus(readSeeds(values.seeds));
      if (!result.ok) {
        reportErrors(result);
        return 1;
      }
      const { stats } = result;
      const summary = `${stats.documents} documents, ${stats.articles} articles, ${stats.stories} stories, ${stats.entities} entities`;
      if (command === 'compile') {
        try {
          writeFilesAtomically([{ path: out, content: JSON.stringify(result.compiled) }], { createFolders: true });
        } catch (error) {
          console.error(`corpus: ${describeWriteFailure(error)}`);
          return 1;
        }
        console.error(`corpus: ${summary} -> ${out} (${Math.round(performance.now() - started)} ms)`);
      } else {
        console.error(`corpus: ok: ${summary}`);
        for (const story of result.compiled.corpus.stories) {
          console.error(`  ${story.id}: ${story.title} [${story.articleIds.join(', ')}]`);
        }
      }
      return 0;
    }
    case 'add':
      return runAdd(positionals, { ...values, out: values.out ?? DEFAULT_OUT }, usage);
    case 'pack':
      return runPack(positionals, values, usage);
    default:
      usage(command ? `unknown command "${command}"` : 'missing command');
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`corpus: failed: ${(error as Error).message ?? String(error)}`);
  process.exitCode = 1;
}
