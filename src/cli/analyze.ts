// `npm run -s analyze -- [--format json|w3c] FILE [FILE...]`: one JSON object per file, one per
// line, in argument order: the analysis (`json`, the default) or its W3C Web Annotation
// collection (`w3c`, JSON-LD). A file that cannot be read (missing, binary, not UTF-8, past the size
// caps) yields {"file", "error"}; the others are
// still analysed and the exit code is 2.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze.ts';
import { toWebAnnotations } from '../core/export/web-annotation.ts';
import type { Analysis } from '../core/types.ts';
import { loadSeedCorpus } from './load-corpus.ts';
import { readArticleFile } from './read-article.ts';
import { parseAnalyzeArgs, USAGE } from './analyze-args.ts';

const parsed = parseAnalyzeArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(`${parsed}\n${USAGE}`);
  process.exit(2);
}
const { format, files } = parsed;
const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

function render(file: string, analysis: Analysis): unknown {
  if (format === 'json') return { file, ...analysis };
  // A page's own address when the file carries an absolute one, else the file itself.
  const url = analysis.article.url;
  const source = url && /^https?:\/\//i.test(url) ? undefined : pathToFileURL(resolve(file)).href;
  return toWebAnnotations(analysis, { source, created: new Date().toISOString(), generator: { name: 'Parallax', version } });
}

const corpus = loadSeedCorpus();
let failed = false;
for (const file of files) {
  const read = await readArticleFile(file);
  if (!read.ok) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: read.error })}\n`);
    continue;
  }
  try {
    process.stdout.write(`${JSON.stringify(render(file, analyze(read.input, corpus)))}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: `analysis failed: ${(error as Error).message}` })}\n`);
  }
}
process.exitCode = failed ? 2 : 0;
