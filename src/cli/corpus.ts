// `npm run corpus -- compile|check|add …`: builds, validates and extends the bundled corpus.
// Logs go to stderr. Exit codes: 0 ok, 1 validation errors, 2 usage errors.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus, type CompileResult } from '../core/corpus/compile.ts';
import { formatCorpusError } from '../core/corpus/errors.ts';
import { runAdd } from './corpus-add.ts';
import { readSeeds } from './corpus-seeds.ts';

const USAGE = `usage:
  npm run corpus -- compile [--out build/corpus/corpus.json] [--seeds seeds]
  npm run corpus -- check [--seeds seeds]
  npm run corpus -- add FILE --outlet NAME --date YYYY-MM-DD [--url U] [--lang xx] [--byline B] [--title T] [--seeds seeds]`;

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
        out: { type: 'string', default: 'build/corpus/corpus.json' },
        seeds: { type: 'string', default: 'seeds' },
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
      const started = performance.now();
      const result = compileCorpus(readSeeds(values.seeds));
      if (!result.ok) {
        reportErrors(result);
        return 1;
      }
      const { stats } = result;
      const summary = `${stats.documents} documents, ${stats.articles} articles, ${stats.stories} stories, ${stats.entities} entities`;
      if (command === 'compile') {
        mkdirSync(dirname(values.out), { recursive: true });
        writeFileSync(values.out, JSON.stringify(result.compiled));
        console.error(`corpus: ${summary} -> ${values.out} (${Math.round(performance.now() - started)} ms)`);
      } else {
        console.error(`corpus: ok: ${summary}`);
        for (const story of result.compiled.corpus.stories) {
          console.error(`  ${story.id}: ${story.title} [${story.articleIds.join(', ')}]`);
        }
      }
      return 0;
    }
    case 'add': {
      return runAdd(positionals, values, usage);
    }
    default:
      usage(command ? `unknown command "${command}"` : 'missing command');
  }
}

process.exitCode = await main(process.argv.slice(2));
