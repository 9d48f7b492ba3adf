// Adds many documents to a corpus in memory, with one grouping and one index build: each new
// document gets a stable id and its metadata (what the caller gave, completed by what ingest
// finds in the text), the documents.json text gains their entries (the rest of it byte for byte
// as it was), and the whole corpus is compiled once. A document that fails a check is refused
// with its errors and stops nothing else. Pure: the CLI reads the files and writes the result;
// other tools (evaluations) build corpora with it in memory.
//
// The documents are numbered in an order of their own (publication date, then a hash of the
// text), not the order given: the same batch gives the same ids, the same corpus order and so the
// same stories whatever order its documents come in.

import * as v from 'valibot';
import { checkArticleUrl } from './article-url.ts';
import { compileCorpus, readCorpus, type CompileResult, type CorpusInput } from './compile.ts';
import { lineAndColumn, preview, type CorpusError } from './errors.ts';
import { buildArticles, ingestText, textKey, type IngestedDocument } from './ingest.ts';
import { isProse } from './ingest/clutter.ts';
import { parseByline } from './ingest/line-kinds.ts';
import { appendToJsonList } from './json-append.ts';
import { documentMetaSchema } from './seed-schema.ts';
import { textProblem } from './text-checks.ts';
import type { CorpusStory, DocumentMeta } from './types.ts';

export interface NewDocument {
  /** Where the text came from, for messages ("notes/rewrite.txt", "batch.jsonl:3"). */
  source: string;
  /** The document's text as it will be stored under documents/. */
  text: string;
  outlet: string;
  /** YYYY-MM-DD or a full ISO date-time. */
  publishedAt: string;
  language: string;
  url: string | null;
  byline: string | null;
  /** A headline known from elsewhere (the HTML page, --title) when the text does not print it. */
  title: string | null;
}

export interface PlacedDocument {
  /** Position of the document in the list given. */
  position: number;
  source: string;
  meta: DocumentMeta;
  /** `<id>-1`, `<id>-2`…: the articles ingest found in it. */
  articleIds: string[];
  /** The story its first article landed in, and that story's articles from other documents. */
  story: CorpusStory;
  joined: string[];
}

export interface RefusedDocument {
  position: number;
  source: string;
  errors: CorpusError[];
}

export interface BatchAddition {
  /** The corpus with the placed documents: what to write (texts by file name, documents.json). */
  input: CorpusInput;
  compiled: Extract<CompileResult, { ok: true }>;
  /** In the order given. */
  placed: PlacedDocument[];
  refused: RefusedDocument[];
}

/** Not ok only when the corpus itself does not compile (then nothing can be added to it). */
export type BatchAddResult = { ok: true; batch: BatchAddition } | { ok: false; errors: CorpusError[] };

interface Candidate {
  position: number;
  doc: NewDocument;
  hash: string;
}

interface Accepted extends Candidate {
  meta: DocumentMeta;
}

export function addDocuments(current: CorpusInput, docs: readonly NewDocument[]): BatchAddResult {
  const root = current.root ?? 'seeds';
  const ingested = new Map<string, IngestedDocument>();
  const before = readCorpus(current, ingested);
  if (!before.ok) return before;

  const refused: RefusedDocument[] = [];
  const known = new Map(before.articles.map((a) => [textKey(a.text), `article ${a.id} (${root}/documents/${a.documentId}.txt)`]));
  let next = Math.max(-1, ...before.documents.map((d) => Number(/^(\d+)_/.exec(d.id)?.[1] ?? -1))) + 1;
  const accepted: Accepted[] = [];
  const order = docs.map((doc, position): Candidate => ({ position, doc, hash: fnv1a64(doc.text) })).sort(canonicalOrder);
  for (const candidate of order) {
    const id = `${String(next).padStart(3, '0')}_${candidate.hash}`;
    const checked = checkDocument(candidate.doc, id, ingested, known);
    if (!checked.ok) {
      refused.push({ position: candidate.position, source: candidate.doc.source, errors: checked.errors });
      continue;
    }
    for (const key of checked.keys) known.set(key, `${candidate.doc.source}, added in this batch`);
    accepted.push({ ...candidate, meta: checked.meta });
    next++;
  }

  // The full compile validates the edited files once more; a document it still finds fault with
  // is refused and the rest compiled again (its errors name its file or its entry).
  let placing = accepted;
  for (;;) {
    const result = compileWith(current, placing, ingested);
    if (result.compiled.ok) {
      const placed = placements(placing, result.compiled);
      return {
        ok: true,
        batch: { input: result.input, compiled: result.compiled, placed, refused: refused.sort((a, b) => a.position - b.position) },
      };
    }
    const blamed = new Map<Accepted, CorpusError[]>();
    const unexplained: CorpusError[] = [];
    for (const error of result.compiled.errors) {
      const culprit = placing.find((a) => error.file.endsWith(`/${a.meta.file}`) || error.path?.includes(`(document "${a.meta.id}")`));
      if (culprit) blamed.set(culprit, [...(blamed.get(culprit) ?? []), { ...error, file: culprit.doc.source }]);
      else unexplained.push(error);
    }
    if (unexplained.length > 0 || blamed.size === 0) return { ok: false, errors: result.compiled.errors };
    for (const [a, errors] of blamed) refused.push({ position: a.position, source: a.doc.source, errors });
    placing = placing.filter((a) => !blamed.has(a));
  }
}

/**
 * Publication date, then the text's hash: an order that does not depend on the order given. Only
 * the same text twice on the same day ties; then the first given is kept and the other refused.
 */
function canonicalOrder(a: Candidate, b: Candidate): number {
  const da = a.doc.publishedAt;
  const db = b.doc.publishedAt;
  if (da !== db) return da < db ? -1 : 1;
  if (a.hash !== b.hash) return a.hash < b.hash ? -1 : 1;
  return a.position - b.position;
}

function compileWith(current: CorpusInput, accepted: Accepted[], ingested: Map<string, IngestedDocument>) {
  const documentsJson = appendToJsonList(current.documentsJson, ['documents'], accepted.map((a) => a.meta));
  if (documentsJson === null) throw new Error('addDocuments: documents.json holds no "documents" list (readCorpus should have said so)');
  const texts = { ...current.texts };
  for (const a of accepted) texts[a.meta.file] = a.doc.text;
  const input: CorpusInput = { ...current, documentsJson, texts };
  return { input, compiled: compileCorpus(input, ingested) };
}

function placements(accepted: Accepted[], compiled: Extract<CompileResult, { ok: true }>): PlacedDocument[] {
  const storyOf = new Map(compiled.compiled.corpus.stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  const articlesOf = new Map<string, string[]>();
  for (const article of compiled.compiled.corpus.articles) articlesOf.set(article.documentId, [...(articlesOf.get(article.documentId) ?? []), article.id]);
  return accepted
    .map((a): PlacedDocument => {
      const story = storyOf.get(`${a.meta.id}-1`)!;
      return {
        position: a.position,
        source: a.doc.source,
        meta: a.meta,
        articleIds: articlesOf.get(a.meta.id) ?? [],
        story,
        joined: story.articleIds.filter((id) => !id.startsWith(`${a.meta.id}-`)),
      };
    })
    .sort((a, b) => a.position - b.position);
}

type Checked = { ok: true; meta: DocumentMeta; keys: string[] } | { ok: false; errors: CorpusError[] };

/** The document's own problems, and whether its text is already in the corpus or the batch. */
function checkDocument(doc: NewDocument, id: string, ingested: Map<string, IngestedDocument>, known: ReadonlyMap<string, string>): Checked {
  const fail = (message: string, fix: string, offset: number | null = null): Checked => {
    const { line, column } = offset === null ? { line: null, column: null } : lineAndColumn(doc.text, offset);
    return { ok: false, errors: [{ file: doc.source, line, column, path: null, message, fix }] };
  };
  const problem = textProblem(doc.text);
  if (problem) return fail(problem.problem, problem.fix, problem.offset);
  const ingestedDoc = ingested.get(doc.text) ?? ingestText(doc.text);
  if (ingestedDoc.articles.length === 0) return fail('empty text', 'give a file that holds the article');
  const keys = ingestedDoc.articles.map((a) => textKey(a.body.join('\n\n')));
  const repeated = keys.map((k) => known.get(k)).find((where) => where !== undefined);
  if (repeated) return fail(`the same text is already in the corpus as ${repeated}`, 'nothing to add (edit that document if it needs changing)');
  if (!ingestedDoc.articles.some((a) => a.body.some((p) => isProse({ text: p, line: 0, listItem: false })))) {
    return fail('no article text found (not one paragraph of running prose)', 'give the article itself, one paragraph per line');
  }
  if (doc.url !== null) {
    const verdict = checkArticleUrl(doc.url);
    if (!verdict.ok) return fail(`url ${preview(doc.url)} ${verdict.problem}`, verdict.fix);
  }

  const first = ingestedDoc.articles[0]!;
  // "By Jane Doe (Reuters)" from a page's metadata: the name and the agency apart.
  const given = doc.byline ? parseByline(doc.byline) : null;
  const meta: DocumentMeta = {
    id,
    file: `${id}.txt`,
    outlet: doc.outlet,
    outletDescribed: false,
    byline: given?.byline ?? doc.byline ?? first.byline,
    agency: given?.agency ?? first.agency,
    publishedAt: doc.publishedAt,
    publishedAsPrinted: first.dateAsPrinted,
    language: doc.language,
    machineTranslated: false,
    translationEvidence: [],
    url: doc.url,
    ...(doc.title && doc.title !== first.title ? { articles: [{ n: 1, title: doc.title }] } : {}),
  };
  const shape = v.safeParse(documentMetaSchema, meta);
  if (!shape.success) {
    const issue = shape.issues[0];
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'metadata';
    return fail(`${field}: invalid value ${preview(issue.input)}`, `write ${issue.message}`);
  }
  const empty = buildArticles(meta, doc.text, ingestedDoc).find((a) => a.text.trim() === '');
  if (empty) {
    const n = Number(empty.id.slice(id.length + 1));
    return fail(`article ${n} has a headline but no text`, 'add its paragraphs, or remove the headline line', null);
  }
  ingested.set(doc.text, ingestedDoc);
  return { ok: true, meta, keys };
}

/** FNV-1a, 64 bits, as 16 hex digits: pure and stable everywhere (no crypto module in core). */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
