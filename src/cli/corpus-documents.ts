// One batch entry -> the document the core adds: the file read within its caps, an HTML page
// through the extension's own extraction (its title, byline, language and canonical address used
// where the entry gives none), the language detected when nobody says it. A page's canonical
// address that could not name a bundled article's site is dropped with a warning: the article
// still goes in, without it.

import { checkArticleUrl } from '../core/corpus/article-url.ts';
import type { NewDocument } from '../core/corpus/add-documents.ts';
import type { CorpusError } from '../core/corpus/errors.ts';
import { detectLanguage } from '../core/text/language.ts';
import type { Entry } from './corpus-entries.ts';
import { articleFileCap, isHtmlFile, readTextFile } from './read-input.ts';

export type EntryDocument = { ok: true; doc: NewDocument; warnings: string[] } | { ok: false; error: CorpusError };

export async function readEntry(entry: Entry): Promise<EntryDocument> {
  const fail = (message: string, fix: string): EntryDocument => ({
    ok: false,
    error: { file: entry.manifest ?? entry.source, line: entry.line, column: entry.line === null ? null : 1, path: null, message, fix },
  });
  const where = entry.line === null ? '' : `${entry.path}: `;
  const read = readTextFile(entry.path, articleFileCap(entry.path));
  if (!read.ok) return fail(`${where}${read.error}`, read.code === 'ENOENT' && entry.line !== null ? 'check "file" (it is relative to the manifest)' : read.fix);

  const warnings: string[] = [];
  let text = read.text;
  let found: { title: string | null; byline: string | null; url: string | null; language: string | null } = { title: null, byline: null, url: null, language: null };
  if (isHtmlFile(entry.path)) {
    const { extractArticleFromHtml } = await import('./extract-html.ts');
    const extracted = extractArticleFromHtml(text, entry.url ?? undefined);
    if (!extracted || extracted.text.trim() === '') return fail(`${where}no article found in the page`, 'save the article\'s text as a .txt file and add that');
    text = `${extracted.text.trim()}\n`;
    found = { title: extracted.title, byline: extracted.byline, url: null, language: extracted.language === 'und' ? null : extracted.language };
    if (extracted.url && entry.url === null) {
      const verdict = checkArticleUrl(extracted.url);
      if (verdict.ok) found.url = verdict.url;
      else warnings.push(`${entry.source}: the page's own address "${extracted.url}" ${verdict.problem}: left out (give the right one with --url or "url")`);
    }
  }
  if (text.trim() === '') return fail(`${where}empty text`, 'give a file that holds the article');
  if (entry.url !== null) {
    const verdict = checkArticleUrl(entry.url);
    if (!verdict.ok) return fail(`url "${entry.url}" ${verdict.problem}`, verdict.fix);
  }
  let language = entry.lang ?? found.language;
  if (language === null) {
    const detected = detectLanguage(text);
    if (detected === 'und') return fail(`${where}cannot tell the language of the text`, entry.line === null ? 'pass --lang xx' : 'add "lang": "xx" to the line');
    language = detected;
  }
  if (!entry.outlet) return fail('no outlet', entry.line === null ? 'pass --outlet NAME' : 'add "outlet" to the line');
  if (!entry.date) return fail('no date', entry.line === null ? 'pass --date YYYY-MM-DD' : 'add "date" to the line');
  return {
    ok: true,
    warnings,
    doc: {
      source: entry.source,
      text,
      outlet: entry.outlet,
      publishedAt: entry.date,
      language,
      url: entry.url ?? found.url,
      byline: entry.byline ?? found.byline,
      title: entry.title ?? found.title,
    },
  };
}
