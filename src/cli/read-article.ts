// A file as an article for `analyze`: HTML through the same extraction the extension uses,
// anything else as plain text. Files too big, binary or not UTF-8 are refused before any analysis,
// and so is an article text past the article cap (the engine's cost grows with the text).

import type { ArticleInput } from '../core/types.ts';
import { textProblem } from '../core/corpus/text-checks.ts';
import { articleFileCap, isHtmlFile, readTextFile } from './read-input.ts';

export type ReadResult = { ok: true; input: ArticleInput } | { ok: false; error: string };

export async function readArticleFile(file: string): Promise<ReadResult> {
  const read = readTextFile(file, articleFileCap(file));
  if (!read.ok) return { ok: false, error: read.code === 'EISDIR' ? 'is a directory' : read.code === 'ENOENT' ? read.error : `${read.error}; ${read.fix}` };
  const raw = read.text;
  if (raw.trim() === '') return { ok: false, error: 'empty file' };
  let input: ArticleInput = { text: raw };
  if (isHtmlFile(file)) {
    // linkedom is loaded only for HTML input.
    const { extractArticleFromHtml } = await import('./extract-html.ts');
    const extracted = extractArticleFromHtml(raw);
    if (!extracted || extracted.text.trim() === '') return { ok: false, error: 'no article text found in the HTML' };
    input = {
      text: extracted.text,
      title: extracted.title,
      byline: extracted.byline,
      siteName: extracted.siteName,
      url: extracted.url,
      publishedAt: extracted.publishedAt,
      language: extracted.language,
    };
  }
  const problem = textProblem(input.text);
  if (problem) return { ok: false, error: `the article text ${problem.problem}; ${problem.fix}` };
  return { ok: true, input };
}
