// seeds/ (as file contents, not paths) -> CompiledCorpus. Pure: the CLI reads and writes files.
// Validates everything first and reports every error; compiles only when there is none.

import { groupIntoStories } from '../match/group-stories.ts';
import { buildCorpusIndex } from '../match/corpus-index.ts';
import { serializeStoryIndex } from '../match/serialize-index.ts';
import { buildStrictEntityCatalog } from '../entities/strict-catalog.ts';
import type { EntityRecord } from '../types.ts';
import { COMPILED_CORPUS_VERSION, type CompiledCorpus } from './compiled.ts';
import type { CorpusError } from './errors.ts';
import { buildArticles, ingestText, textKey, type IngestedDocument } from './ingest.ts';
import { labelPath, parseJsonSource, type JsonSource } from './json-source.ts';
import { documentsFileSchema, entitiesFileSchema, type DocumentsFile } from './seed-schema.ts';
import { checkShape } from './shape-errors.ts';
import { assignStoryIds } from './story-ids.ts';
import type { CorpusArticle, DocumentMeta } from './types.ts';
import { toEntityRecords, validateEntities } from './validate-entities.ts';
import { validateDocuments } from './validate-documents.ts';

export interface CorpusInput {
  /** Folder name used in messages ("seeds"). */
  root?: string;
  /** Contents of `documents.json`. */
  documentsJson: string;
  /** Contents of `entities.json`. */
  entitiesJson: string;
  /** Raw documents by file name under `documents/`. */
  texts: Record<string, string>;
}

export interface CompileStats {
  documents: number;
  articles: number;
  stories: number;
  entities: number;
  /** Lines dropped as page clutter, per document id. */
  droppedLines: Record<string, number>;
}

export type CompileResult =
  | { ok: true; compiled: CompiledCorpus; documents: DocumentMeta[]; stats: CompileStats }
  | { ok: false; errors: CorpusError[] };

/** The corpus read and validated, before it is grouped into stories and indexed. */
export type ReadResult =
  | { ok: true; entities: EntityRecord[]; documents: DocumentMeta[]; articles: CorpusArticle[]; droppedLines: Record<string, number> }
  | { ok: false; errors: CorpusError[] };

/**
 * Parses and validates everything and ingests every document; no grouping, no index. `ingested`,
 * when given, is a cache of ingested documents by raw text, read and filled (a batch addition
 * reads the corpus twice but ingests each document once).
 */
export function readCorpus(input: CorpusInput, ingested?: Map<string, IngestedDocument>): ReadResult {
  const root = input.root ?? 'seeds';
  const errors: CorpusError[] = [];

  const entities = readEntities(`${root}/entities.json`, input.entitiesJson, errors);
  const documentsRead = readDocuments(`${root}/documents.json`, input.documentsJson, input.texts, `${root}/documents`, errors);
  if (!entities || !documentsRead || errors.length > 0) return { ok: false, errors };
  const { source, value: documentsFile } = documentsRead;

  const documents = [...documentsFile.documents].sort(compareDocumentIds) as DocumentMeta[];
  const articles: CorpusArticle[] = [];
  const droppedLines: Record<string, number> = {};
  for (const meta of documents) {
    const raw = input.texts[meta.file]!;
    const ingestedDoc = ingested?.get(raw) ?? ingestText(raw);
    ingested?.set(raw, ingestedDoc);
    droppedLines[meta.id] = ingestedDoc.dropped.length;
    const index = documentsFile.documents.indexOf(meta);
    meta.articles?.forEach((override, j) => {
      if (override.n > ingestedDoc.articles.length) {
        const path = ['documents', index, 'articles', j, 'n'];
        const { line, column } = source.locate(path);
        errors.push({ file: source.file, line, column, path: labelPath(source.value, path),
          message: `there is no article ${override.n}: ingest found ${ingestedDoc.articles.length} in ${meta.file}`,
          fix: `use a position from 1 to ${ingestedDoc.articles.length}, or remove the override` });
      }
    });
    errors.push(...emptyArticles(meta, raw, ingestedDoc, root, articles));
  }
  errors.push(...duplicateTexts(articles, root));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entities, documents, articles, droppedLines };
}

export function compileCorpus(input: CorpusInput, ingested?: Map<string, IngestedDocument>): CompileResult {
  const read = readCorpus(input, ingested);
  if (!read.ok) return read;
  const { entities, documents, articles, droppedLines } = read;
  const catalog = buildStrictEntityCatalog(entities);
  const stories = assignStoryIds(groupIntoStories(articles, catalog), articles);
  const corpus = { entities, articles, stories };
  // The matching index travels with the corpus, so that loading it costs a decode, not a rebuild.
  const index = serializeStoryIndex(buildCorpusIndex(corpus, catalog));
  const compiled: CompiledCorpus = { version: COMPILED_CORPUS_VERSION, corpus, index };
  return {
    ok: true,
    compiled,
    documents,
    stats: { documents: documents.length, articles: articles.length, stories: stories.length, entities: entities.length, droppedLines },
  };
}

/**
 * Corpus order: documents numbered `NNN_…` by their number (so that 1000_ follows 999_), then
 * the others; ties and the others in code-unit order, not locale order (the same on every machine).
 */
export function compareDocumentIds(a: { id: string }, b: { id: string }): number {
  const na = documentNumber(a.id);
  const nb = documentNumber(b.id);
  if (na !== nb) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function documentNumber(id: string): number {
  const m = /^(\d+)_/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/** Builds the document's articles into `into`; an article with a headline but no text is an error. */
function emptyArticles(meta: DocumentMeta, raw: string, ingestedDoc: IngestedDocument, root: string, into: CorpusArticle[]): CorpusError[] {
  const errors: CorpusError[] = [];
  buildArticles(meta, raw, ingestedDoc).forEach((article, k) => {
    if (article.text.trim() === '') {
      errors.push({ file: `${root}/documents/${meta.file}`, line: ingestedDoc.articles[k]!.line, column: 1, path: null,
        message: `article ${article.id} has a headline but no text`, fix: 'add its paragraphs, or remove the headline line' });
    }
    into.push(article);
  });
  return errors;
}

function readEntities(file: string, json: string, errors: CorpusError[]): EntityRecord[] | null {
  const { source, errors: syntax } = parseJsonSource(file, json);
  errors.push(...syntax);
  if (!source) return null;
  const { value, errors: shape } = checkShape(source, entitiesFileSchema);
  errors.push(...shape, ...validateEntities(source));
  return value ? toEntityRecords(value) : null;
}

function readDocuments(
  file: string, json: string, texts: Record<string, string>, dir: string, errors: CorpusError[],
): { source: JsonSource; value: DocumentsFile } | null {
  const { source, errors: syntax } = parseJsonSource(file, json);
  errors.push(...syntax);
  if (!source) return null;
  const { value, errors: shape } = checkShape(source, documentsFileSchema);
  errors.push(...shape, ...validateDocuments(source, texts, dir));
  return value ? { source, value } : null;
}

/** The same article twice (e.g. a document added again under another name). */
function duplicateTexts(articles: CorpusArticle[], root: string): CorpusError[] {
  const seen = new Map<string, string>();
  const errors: CorpusError[] = [];
  for (const article of articles) {
    const key = textKey(article.text);
    const first = seen.get(key);
    if (first) {
      errors.push({ file: `${root}/documents/${article.documentId}.txt`, line: null, column: null, path: null,
        message: `article ${article.id} has the same text as ${first}`, fix: 'remove the duplicate document and its entry in documents.json' });
    } else seen.set(key, article.id);
  }
  return errors;
}
