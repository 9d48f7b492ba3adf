// `corpus add FILE --outlet NAME --date YYYY-MM-DD [...]`: copies an article (plain text, or the
// article extracted from an HTML page) into seeds/documents/, appends its metadata, validates
// and recompiles everything in memory, and only then writes: the seeds change completely or not
// at all. Prints the outcome as one JSON line on stdout; logs on stderr.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDocument } from '../core/corpus/add-document.ts';
import { formatCorpusError } from '../core/corpus/errors.ts';
import { detectLanguage } from '../core/text/language.ts';
import { readSeeds, writeFilesAtomically } from './corpus-seeds.ts';

export interface AddOptions {
  seeds: string;
  out: string;
  outlet?: string;
  date?: string;
  url?: string;
  lang?: string;
  byline?: string;
  title?: string;
}

interface Extracted {
  title: string | null;
  byline: string | null;
  url: string | null;
  language: string;
  text: string;
}

export async function runAdd(positionals: string[], options: AddOptions, usage: (message: string) => never): Promise<number> {
  if (positionals.length !== 1) usage(positionals.length === 0 ? 'add needs the FILE to add' : 'add takes one FILE at a time');
  const file = positionals[0]!;
  if (!options.outlet?.trim()) usage('add needs --outlet NAME');
  if (!options.date || !isCalendarDate(options.date)) usage('add needs --date YYYY-MM-DD (a real calendar date)');
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+\.\S+$/.test(options.url)) usage(`--url "${options.url}" is not an http(s) URL`);
  if (options.lang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(options.lang)) usage(`--lang "${options.lang}" is not a language code such as "en" or "de"`);

  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  let text = content;
  let found: Partial<Extracted> = {};
  if (/\.x?html?$/i.test(file)) {
    const extracted = await extractHtml(content, options.url ?? null);
    if (!extracted || extracted.text.trim() === '') {
      console.error(`${file}: no article found in the page; save the article's text as a .txt file and add that`);
      return 1;
    }
    text = `${extracted.text.trim()}\n`;
    found = extracted;
  }
  if (text.trim() === '') {
    console.error(`${file}: empty text; give a file that holds the article`);
    return 1;
  }
  const detected = found.language && found.language !== 'und' ? found.language : detectLanguage(text);
  if (!options.lang && detected === 'und') usage(`cannot tell the language of ${file}; pass --lang xx`);
  const language = options.lang ?? detected;
  if (!options.lang) console.error(`corpus: language "${language}" (detected; pass --lang to set it)`);

  const result = addDocument(readSeeds(options.seeds), {
    source: file,
    text,
    outlet: options.outlet!.trim(),
    publishedAt: options.date!,
    language,
    url: options.url ?? found.url ?? null,
    byline: options.byline ?? found.byline ?? null,
    title: options.title ?? found.title ?? null,
  });
  if (!result.ok) {
    for (const error of result.errors) console.error(formatCorpusError(error));
    console.error(`corpus: nothing was added (${result.errors.length} error${result.errors.length === 1 ? '' : 's'})`);
    return 1;
  }

  const { meta, input, compiled, story, joined } = result.addition;
  writeFilesAtomically([
    { path: join(options.seeds, 'documents', meta.file), content: input.texts[meta.file]! },
    { path: join(options.seeds, 'documents.json'), content: input.documentsJson },
  ]);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(compiled.compiled));

  const articleIds = compiled.compiled.corpus.articles.filter((a) => a.documentId === meta.id).map((a) => a.id);
  console.error(`corpus: added ${meta.id} (${articleIds.length} article${articleIds.length === 1 ? '' : 's'}) -> ${join(options.seeds, 'documents', meta.file)}`);
  console.error(joined.length > 0
    ? `corpus: joined story ${story.id} "${story.title}" (with ${joined.join(', ')})`
    : `corpus: new story ${story.id} "${story.title}"`);
  console.log(JSON.stringify({ documentId: meta.id, articleIds, story: { id: story.id, title: story.title, joined: joined.length > 0, with: joined } }));
  return 0;
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The extension's own HTML extraction, loaded only for HTML input (it brings a DOM). */
async function extractHtml(html: string, url: string | null): Promise<Extracted | null> {
  const { extractArticleFromHtml } = await import('./extract-html.ts');
  return extractArticleFromHtml(html, url ?? undefined);
}
