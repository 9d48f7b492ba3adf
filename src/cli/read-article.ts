// A file as an article: HTML through the same extraction the extension uses, anything else as
// plain text.

import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../core/types.ts';
import { extractArticleFromHtml } from './extract-html.ts';

export type ReadResult = { ok: true; input: ArticleInput } | { ok: false; error: string };

export function readArticleFile(file: string): ReadResult {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `unreadable (${code ?? String(error)})` };
  }
  if (raw.trim() === '') return { ok: false, error: 'empty file' };
  if (/\.html?$/i.test(file)) {
    const extracted = extractArticleFromHtml(raw);
    if (!extracted || extracted.text.trim() === '') return { ok: false, error: 'no article text found in the HTML' };
    return {
      ok: true,
      input: {
        text: extracted.text,
        title: extracted.title,
        byline: extracted.byline,
        siteName: extracted.siteName,
        url: extracted.url,
        publishedAt: extracted.publishedAt,
        language: extracted.language,
      },
    };
  }
  return { ok: true, input: { text: raw } };
}
