// `npm run -s analyze -- FILE [FILE...]`: one JSON object per file, one per line, in argument
// order. A file that cannot be read (missing, binary, not UTF-8, past the size caps) yields
// {"file", "error"}; the others are still analysed and the exit code is 2.

import { analyze } from '../core/analyze.ts';
import { loadSeedCorpus } from './load-corpus.ts';
import { readArticleFile } from './read-article.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run -s analyze -- FILE [FILE...]   (.html/.htm is extracted; anything else is plain text)');
  process.exit(2);
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
    process.stdout.write(`${JSON.stringify({ file, ...analyze(read.input, corpus) })}\n`);
  } catch (error) {
    failed = true;
    process.stdout.write(`${JSON.stringify({ file, error: `analysis failed: ${(error as Error).message}` })}\n`);
  }
}
process.exitCode = failed ? 2 : 0;
