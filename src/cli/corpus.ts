// `npm run corpus -- compile|add|check`. Placeholder: `compile` only, whole documents as articles.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMPILED_CORPUS_VERSION, type CompiledCorpus } from '../core/corpus/compiled.ts';
import type { CorpusArticle } from '../core/corpus/types.ts';
import { groupIntoStories } from '../core/match/group-stories.ts';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'compile') {
  console.error('usage: npm run corpus -- compile [--out FILE]');
  process.exit(2);
}
const outIndex = rest.indexOf('--out');
const out = outIndex >= 0 ? rest[outIndex + 1]! : 'build/corpus/corpus.json';
const dir = 'seeds/documents';
const articles: CorpusArticle[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const id = file.replace(/\.txt$/, '');
    return {
      id: `${id}-1`, documentId: id, outlet: id, byline: null, agency: null, publishedAt: null,
      publishedAsPrinted: null, language: 'en', machineTranslated: false, url: null,
      title: text.split('\n')[0]!.trim(), text,
    };
  });
const compiled: CompiledCorpus = {
  version: COMPILED_CORPUS_VERSION,
  corpus: { entities: [], articles, stories: groupIntoStories(articles, []) },
  index: null,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(compiled));
console.error(`corpus: ${articles.length} articles, ${compiled.corpus.stories.length} stories -> ${out}`);
