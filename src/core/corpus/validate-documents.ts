// Checks on seeds/documents.json against the files in seeds/documents/: unique ids, every entry's
// file present and readable, every file described, translation claims backed by evidence.

import { checkArticleUrl } from './article-url.ts';
import type { CorpusError } from './errors.ts';
import { lineAndColumn, preview } from './errors.ts';
import { labelPath, type JsonPath, type JsonSource } from './json-source.ts';
import { recordsOf, stringsOf } from './records.ts';
import { textProblem } from './text-checks.ts';
import { suggest } from './validate-entities.ts';

/** Runs on the parsed value even when its shape is wrong, checking what each entry does hold. */
export function validateDocuments(source: JsonSource, texts: Record<string, string>, documentsDir: string): CorpusError[] {
  const errors: CorpusError[] = [];
  const error = (path: JsonPath, message: string, fix: string) => {
    const { line, column } = source.locate(path);
    errors.push({ file: source.file, line, column, path: labelPath(source.value, path), message, fix });
  };
  const ids = new Map<string, number>();
  const described = new Set<string>();
  recordsOf(source.value, 'documents').forEach((doc, i) => {
    if (typeof doc.id === 'string') {
      const previous = ids.get(doc.id);
      if (previous !== undefined) error(['documents', i, 'id'], `id "${doc.id}" is already used by documents[${previous}]`, 'give each document its own id');
      else ids.set(doc.id, i);
    }
    const url = (path: JsonPath, value: unknown) => {
      if (typeof value !== 'string') return;
      const verdict = checkArticleUrl(value);
      if (!verdict.ok) error(path, `url ${preview(value)} ${verdict.problem}`, `${verdict.fix}, or null (its host becomes a site Parallax runs on)`);
    };
    url(['documents', i, 'url'], doc.url);
    recordsOf(doc, 'articles').forEach((override, j) => url(['documents', i, 'articles', j, 'url'], override.url));
    if (typeof doc.file !== 'string') return;
    described.add(doc.file);
    if (typeof doc.id === 'string' && doc.file !== `${doc.id}.txt`) {
      error(['documents', i, 'file'], `file "${doc.file}" does not match id "${doc.id}"`, `name the file "${doc.id}.txt" or change the id to "${doc.file.replace(/\.txt$/, '')}"`);
    }
    const text = texts[doc.file];
    if (text === undefined) {
      error(['documents', i, 'file'], `"${documentsDir}/${doc.file}" does not exist`, `add the file, or correct the name${suggest(doc.file, Object.keys(texts))}`);
    } else errors.push(...checkText(`${documentsDir}/${doc.file}`, text, `documents[${i}]`));
    if (doc.machineTranslated === true && stringsOf(doc.translationEvidence).length === 0) {
      error(['documents', i, 'translationEvidence'], 'machineTranslated is true but no evidence is given', 'list in "translationEvidence" the phrases that give the translation away');
    }
    const positions = new Set<number>();
    recordsOf(doc, 'articles').forEach((override, j) => {
      if (typeof override.n !== 'number') return;
      if (positions.has(override.n)) error(['documents', i, 'articles', j, 'n'], `article ${override.n} has two override entries`, 'merge them into one');
      positions.add(override.n);
    });
  });
  for (const name of Object.keys(texts).sort()) {
    if (!described.has(name)) {
      errors.push({
        file: `${documentsDir}/${name}`, line: null, column: null, path: null,
        message: `no entry in ${source.file}`,
        fix: 'describe it there (npm run corpus -- add does it for you) or delete the file',
      });
    }
  }
  return errors;
}

/** Problems of a raw document file itself. */
function checkText(path: string, text: string, entry: string): CorpusError[] {
  if (text.trim() === '') {
    return [{ file: path, line: null, column: null, path: null, message: 'empty text', fix: `put the article's text in the file, or remove ${entry} from documents.json` }];
  }
  const problem = textProblem(text);
  if (!problem) return [];
  const { line, column } = problem.offset === null ? { line: null, column: null } : lineAndColumn(text, problem.offset);
  return [{ file: path, line, column, path: null, message: problem.problem, fix: problem.fix }];
}
