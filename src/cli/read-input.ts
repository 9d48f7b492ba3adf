// Reading a file the user names as text, within limits: its size is checked before it is read, a
// file with NUL bytes is binary (or UTF-16), and anything that is not valid UTF-8 is refused
// rather than read with replacement characters. Every failure is one sentence naming what is
// wrong; the caller adds the file name.

import { readFileSync, statSync } from 'node:fs';
import { MAX_ARTICLE_CHARS } from '../core/corpus/text-checks.ts';

/** A plain-text article: at most four bytes per character of the article cap. */
export const MAX_TEXT_FILE_BYTES = 4 * MAX_ARTICLE_CHARS;
/** A saved web page: scripts, styles and markup around the article; its text is capped after extraction. */
export const MAX_HTML_FILE_BYTES = 10 * 1024 * 1024;
/** A batch manifest: one short line per article. */
export const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;

export const isHtmlFile = (path: string) => /\.x?html?$/i.test(path);

/** The byte cap for an article file of this kind. */
export function articleFileCap(path: string): number {
  return isHtmlFile(path) ? MAX_HTML_FILE_BYTES : MAX_TEXT_FILE_BYTES;
}

/** `error` says what is wrong and `fix` what to do. */
export type TextFile = { ok: true; text: string } | { ok: false; error: string; fix: string; code?: string };

export function readTextFile(path: string, maxBytes: number): TextFile {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: 'is a folder, not a file', fix: 'give a file', code: 'EISDIR' };
    if (stat.size > maxBytes) return tooBig(stat.size, maxBytes);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`, fix: 'check the path', code };
  }
  if (bytes.length > maxBytes) return tooBig(bytes.length, maxBytes);
  if (bytes.includes(0)) return { ok: false, error: 'holds NUL bytes: a binary file (or UTF-16 text), not an article', fix: 'give it as UTF-8 text or HTML' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text', fix: 'save it as UTF-8' };
  }
}

function tooBig(size: number, maxBytes: number): TextFile {
  return { ok: false, error: `is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} accepted here`, fix: 'give one article, not a whole site or collection' };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
