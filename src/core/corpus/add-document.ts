// Plans the addition of one document to the seeds, in memory: a stable id, its metadata (what
// the caller gave, completed by what ingest finds in the text), the edited documents.json, and
// the compiled result. The caller writes files only when this succeeds.

import { applyEdits, modify } from 'jsonc-parser';
import { compileCorpus, type CompileResult, type CorpusInput } from './compile.ts';
import type { CorpusError } from './errors.ts';
import { ingestText, textKey } from './ingest.ts';
import { isProse } from './ingest/clutter.ts';
import { parseByline } from './ingest/line-kinds.ts';
import type { CorpusStory, DocumentMeta } from './types.ts';

export interface NewDocument {
  /** Where the text came from, for messages ("notes/rewrite.txt"). */
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

export interface Addition {
  meta: DocumentMeta;
  input: CorpusInput;
  compiled: Extract<CompileResult, { ok: true }>;
  /** The story the new document's first article landed in, and the articles it joined. */
  story: CorpusStory;
  joined: string[];
}

export type AddResult = { ok: true; addition: Addition } | { ok: false; errors: CorpusError[] };

export function addDocument(current: CorpusInput, doc: NewDocument): AddResult {
  const root = current.root ?? 'seeds';
  const before = compileCorpus(current);
  if (!before.ok) return before;

  const ingested = ingestText(doc.text);
  const newTexts = ingested.articles.map((a) => textKey(a.body.join('\n\n')));
  const existing = before.compiled.corpus.articles.find((a) => newTexts.includes(textKey(a.text)));
  if (existing) {
    return fail(doc.source, `the same text is already in the corpus as article ${existing.id} (${root}/documents/${existing.documentId}.txt)`,
      'nothing to add (edit that document if it needs changing)');
  }
  if (ingested.articles.length === 0) return fail(doc.source, 'empty text', 'give a file that holds the article');
  if (!ingested.articles.some((a) => a.body.some((p) => isProse({ text: p, line: 0, listItem: false })))) {
    return fail(doc.source, 'no article text found (not one paragraph of running prose)', 'give the article itself, one paragraph per line');
  }

  const id = nextDocumentId(before.documents.map((d) => d.id), doc.text);
  const first = ingested.articles[0]!;
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
  const documentsJson = applyEdits(
    current.documentsJson,
    modify(current.documentsJson, ['documents', -1], meta, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }),
  );
  const input: CorpusInput = { ...current, documentsJson, texts: { ...current.texts, [meta.file]: doc.text } };
  const compiled = compileCorpus(input);
  if (!compiled.ok) return compiled;

  const story = compiled.compiled.corpus.stories.find((s) => s.articleIds.includes(`${id}-1`))!;
  const joined = story.articleIds.filter((a) => !a.startsWith(`${id}-`));
  return { ok: true, addition: { meta, input, compiled, story, joined } };
}

/** `NNN_<16 hex>`: one more than the highest number in use, then a hash of the text. */
export function nextDocumentId(existingIds: string[], text: string): string {
  const numbers = existingIds.map((id) => Number(/^(\d+)_/.exec(id)?.[1] ?? -1));
  const next = Math.max(-1, ...numbers) + 1;
  return `${String(next).padStart(3, '0')}_${fnv1a64(text)}`;
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

function fail(file: string, message: string, fix: string): AddResult {
  return { ok: false, errors: [{ file, line: null, column: null, path: null, message, fix }] };
}
