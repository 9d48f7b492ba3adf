// A corpus pack: articles that travel between devices, classes or newsrooms as one JSON file
// (`npm run corpus -- pack`, the popup's import and export). It is the compiled corpus format
// (entities, articles with their texts, stories, matching index) in an envelope that says what
// it is, which version of the format it uses, and a checksum of everything else:
//
//   { "format": "parallax-corpus-pack", "version": 1, "checksum": "sha256:<64 hex>", "corpus": CompiledCorpus }
//
// The checksum is SHA-256 (`@noble/hashes`, pure JS: the same synchronous code in Node, the popup
// and the background, nothing injected) of the UTF-8 bytes of the RFC 8785 canonical JSON
// (`canonicalize`: keys sorted, no whitespace) of the pack without its "checksum" field. It
// detects damage (a cut file, a changed byte), not forgery: anyone can recompute it.
//
// `readPack(text)` accepts a pack whole or refuses it with one error naming what is wrong: too
// large, not JSON, cut short, not a pack (a "foreign" file), a version it cannot read, a
// checksum that does not match, or the first bad field ("field "url" of article 3"). Nothing of a
// refused pack is used: an import is all or nothing. Pure.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import { printParseErrorCode, visit } from 'jsonc-parser';
import * as v from 'valibot';
import { INDEX_FORMAT } from '../match/serialize-index.ts';
import { checkLinkUrl } from './article-url.ts';
import { COMPILED_CORPUS_VERSION, type CompiledCorpus } from './compiled.ts';
import { MAX_ARTICLE_CHARS, textProblem } from './text-checks.ts';

export const PACK_FORMAT = 'parallax-corpus-pack';
export const PACK_VERSION = 1;
/** Characters of pack JSON read at most (about 5,000 long articles with their index). */
export const MAX_PACK_CHARS = 64 * 1024 * 1024;
export const MAX_PACK_ARTICLES = 10_000;
export const MAX_PACK_ENTITIES = 10_000;

export interface CorpusPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** `sha256:` and 64 lower-case hex digits. */
  checksum: string;
  corpus: CompiledCorpus;
}

export type PackProblem = 'too-large' | 'not-json' | 'truncated' | 'foreign' | 'version' | 'checksum' | 'invalid';

export interface PackError {
  problem: PackProblem;
  /** One sentence for a reader: what is wrong and, where it helps, what to do. */
  message: string;
  /** For `invalid`: where ("corpus.corpus.articles[2].url"). */
  path?: string;
}

export type PackReadResult = { ok: true; pack: CorpusPack } | { ok: false; error: PackError };

/** The checksum of a pack's content (everything but the "checksum" field). */
export function packChecksum(content: Omit<CorpusPack, 'checksum'> | Record<string, unknown>): string {
  const { checksum: _ignored, ...rest } = content as Record<string, unknown>;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalize(rest) ?? '')))}`;
}

/** A pack of a compiled corpus (as `compileCorpus` or `addUserArticles` give it). */
export function createPack(compiled: CompiledCorpus): CorpusPack {
  const content = { format: PACK_FORMAT, version: PACK_VERSION, corpus: compiled } as const;
  return { format: PACK_FORMAT, version: PACK_VERSION, checksum: packChecksum(content), corpus: compiled };
}

/** The pack as the file holds it. */
export function serializePack(pack: CorpusPack): string {
  return JSON.stringify({ format: pack.format, version: pack.version, checksum: pack.checksum, corpus: pack.corpus });
}

export function readPack(text: string): PackReadResult {
  if (typeof text !== 'string') return refuse('not-json', 'this is not a Parallax corpus pack (not text)');
  if (text.length > MAX_PACK_CHARS) {
    return refuse('too-large', `the file is ${megabytes(text.length)}, more than the ${megabytes(MAX_PACK_CHARS)} a pack may have; split it into smaller packs`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (!text.trimStart().startsWith('{') || !text.slice(0, 200).includes(PACK_FORMAT)) {
      return refuse('not-json', 'this is not a Parallax corpus pack (it is not JSON)');
    }
    return endsTooSoon(text)
      ? refuse('truncated', 'the pack is cut short (the file ends before the pack does); copy or download it again')
      : refuse('not-json', 'the pack is damaged (it is not valid JSON); get a fresh copy');
  }
  if (!isRecord(value)) return refuse('foreign', 'this is not a Parallax corpus pack (its JSON is not an object)');
  if (value.format !== PACK_FORMAT) {
    if ('corpus' in value && 'version' in value && !('format' in value)) {
      return refuse('foreign', 'this is a compiled corpus (corpus.json), not a pack; make a pack with "npm run corpus -- pack"');
    }
    return refuse('foreign', typeof value.format === 'string'
      ? `this is a "${value.format.slice(0, 60)}" file, not a Parallax corpus pack`
      : 'this is not a Parallax corpus pack (it has no "format": "parallax-corpus-pack")');
  }
  if (value.version !== PACK_VERSION) {
    if (typeof value.version === 'number' && Number.isInteger(value.version) && value.version > PACK_VERSION) {
      return refuse('version', `the pack was made by a newer Parallax (pack version ${value.version}; this one reads version ${PACK_VERSION}): update Parallax`);
    }
    return refuse('version', `the pack's version ${JSON.stringify(value.version)?.slice(0, 20) ?? 'is missing'} is not one Parallax knows (it reads version ${PACK_VERSION})`);
  }
  const shape = v.safeParse(packSchema, value, { abortEarly: true });
  if (!shape.success) return refuse('invalid', describeIssue(value, shape.issues[0]), pathOf(shape.issues[0]));
  const pack = shape.output as CorpusPack;
  const inconsistent = consistencyProblem(pack);
  if (inconsistent) return refuse('invalid', inconsistent.message, inconsistent.path);
  if (packChecksum(pack) !== pack.checksum) {
    return refuse('checksum', 'the pack\'s checksum does not match its content: it was changed or damaged after it was made; get a fresh copy');
  }
  return { ok: true, pack };
}

// ---------------------------------------------------------------------------------------------
// Shape: every field of the compiled format, each string bounded.

const SHORT = 2_000;
const str = (max = SHORT) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`));
const nonEmpty = (max = SHORT) => v.pipe(v.string(), v.trim(), v.nonEmpty('a non-empty text'), v.maxLength(max, `at most ${max} characters`));
const nullable = (max = SHORT) => v.nullable(str(max));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const articleSchema = v.strictObject({
  id: nonEmpty(200),
  documentId: nonEmpty(200),
  outlet: nonEmpty(300),
  byline: nullable(),
  agency: nullable(),
  publishedAt: v.nullable(v.pipe(v.string(), v.regex(ISO_DATE, 'an ISO 8601 date or date-time'))),
  publishedAsPrinted: nullable(),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language code such as "en"')),
  machineTranslated: v.boolean(),
  url: v.nullable(v.pipe(str(), v.check((u) => checkLinkUrl(u).ok, 'an http(s) address without a user name, or null'))),
  title: nonEmpty(),
  titleDescribed: v.optional(v.boolean()),
  standfirst: v.optional(nullable(10_000)),
  dateline: v.optional(nullable()),
  text: v.pipe(v.string(), v.nonEmpty('the article\'s text'), v.check((t) => textProblem(t, MAX_ARTICLE_CHARS) === null, `text (no NUL bytes) of at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)),
});

const entitySchema = v.strictObject({
  id: nonEmpty(200),
  name: nonEmpty(),
  kind: v.picklist(['person', 'organisation', 'place']),
  aliases: v.pipe(v.array(nonEmpty()), v.minLength(1, 'at least one alias'), v.maxLength(500, 'at most 500 aliases')),
  contextAliases: v.optional(v.pipe(v.array(nonEmpty()), v.maxLength(500, 'at most 500 aliases'))),
  role: nullable(),
  description: str(),
  affiliation: nullable(),
});

const storySchema = v.strictObject({
  id: nonEmpty(220),
  title: nonEmpty(),
  articleIds: v.pipe(v.array(nonEmpty(200)), v.minLength(1, 'at least one article')),
});

const base64 = v.pipe(v.string(), v.regex(BASE64, 'base64 text'));
const indexSchema = v.strictObject({
  format: v.literal(INDEX_FORMAT, `index format ${INDEX_FORMAT}`),
  articleIds: v.array(v.string()),
  storyIds: v.array(v.string()),
  featureOffsets: base64, hashes: base64, weights: base64, persons: base64, quotes: base64,
  figures: base64, days: base64, datelines: base64, keys: base64, offsets: base64, docs: base64,
});

const packSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  checksum: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, '"sha256:" and 64 hexadecimal digits')),
  corpus: v.strictObject({
    version: v.literal(COMPILED_CORPUS_VERSION, `corpus format ${COMPILED_CORPUS_VERSION}`),
    corpus: v.strictObject({
      entities: v.pipe(v.array(entitySchema), v.maxLength(MAX_PACK_ENTITIES, `at most ${MAX_PACK_ENTITIES.toLocaleString('en')} entities`)),
      articles: v.pipe(v.array(articleSchema), v.minLength(1, 'at least one article'), v.maxLength(MAX_PACK_ARTICLES, `at most ${MAX_PACK_ARTICLES.toLocaleString('en')} articles`)),
      stories: v.array(storySchema),
    }),
    index: v.nullable(indexSchema),
  }),
});

// ---------------------------------------------------------------------------------------------
// What the shape cannot say: ids unique, every article in exactly one story, an index that names
// the pack's own articles in order.

function consistencyProblem(pack: CorpusPack): { message: string; path: string } | null {
  const { articles, stories, entities } = pack.corpus.corpus;
  const articleIndex = new Map<string, number>();
  for (const [i, a] of articles.entries()) {
    if (articleIndex.has(a.id)) return { message: `article ${i + 1} has the id "${a.id}" of article ${articleIndex.get(a.id)! + 1}`, path: `corpus.corpus.articles[${i}].id` };
    articleIndex.set(a.id, i);
  }
  const entityIds = new Set<string>();
  for (const [i, e] of entities.entries()) {
    if (entityIds.has(e.id)) return { message: `entity ${i + 1} has the id "${e.id}" of an earlier one`, path: `corpus.corpus.entities[${i}].id` };
    entityIds.add(e.id);
  }
  const storyOf = new Map<string, string>();
  const storyIds = new Set<string>();
  for (const [i, s] of stories.entries()) {
    if (storyIds.has(s.id)) return { message: `story ${i + 1} has the id "${s.id}" of an earlier one`, path: `corpus.corpus.stories[${i}].id` };
    storyIds.add(s.id);
    for (const [j, id] of s.articleIds.entries()) {
      const path = `corpus.corpus.stories[${i}].articleIds[${j}]`;
      if (!articleIndex.has(id)) return { message: `story ${i + 1} ("${s.id}") names an article the pack does not hold ("${id}")`, path };
      if (storyOf.has(id)) return { message: `article "${id}" is in two stories ("${storyOf.get(id)}" and "${s.id}")`, path };
      storyOf.set(id, s.id);
    }
  }
  const loose = articles.findIndex((a) => !storyOf.has(a.id));
  if (loose >= 0) return { message: `article ${loose + 1} ("${articles[loose]!.id}") is in no story`, path: `corpus.corpus.articles[${loose}]` };
  const index = pack.corpus.index;
  if (index) {
    const sameArticles = index.articleIds.length === articles.length && index.articleIds.every((id, i) => id === articles[i]!.id);
    if (!sameArticles) return { message: 'the matching index does not list the pack\'s articles in order', path: 'corpus.index.articleIds' };
    const sameStories = index.storyIds.length === articles.length && index.storyIds.every((id, i) => id === storyOf.get(articles[i]!.id));
    if (!sameStories) return { message: 'the matching index does not place the articles in the pack\'s stories', path: 'corpus.index.storyIds' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Messages.

type Issue = v.BaseIssue<unknown>;

function pathOf(issue: Issue): string {
  return (issue.path ?? []).map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : i === 0 ? String(p.key) : `.${String(p.key)}`)).join('');
}

const RECORD_NAMES: Record<string, string> = { articles: 'article', entities: 'entity', stories: 'story' };

/** "field "url" of article 3 ("004_…-1"): invalid value "javascript:…"; expected an http(s) address…" */
function describeIssue(root: unknown, issue: Issue): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  const last = issue.path?.at(-1);
  let record: string | null = null;
  let field: string[] = [];
  let node: unknown = root;
  keys.forEach((key, i) => {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
    const list = keys[i - 1];
    if (typeof key === 'number' && typeof list === 'string' && RECORD_NAMES[list]) {
      const id = isRecord(node) && typeof node.id === 'string' ? ` ("${node.id.slice(0, 60)}")` : '';
      record = `${RECORD_NAMES[list]} ${key + 1}${id}`;
      field = [];
    } else field.push(typeof key === 'number' ? `[${key}]` : String(key));
  });
  const fieldName = field.join('.').replace(/\.\[/g, '[');
  const where = record ? (fieldName ? `field "${fieldName}" of ${record}` : record) : fieldName ? `field "${fieldName}"` : 'the pack';
  if (last?.origin === 'key' && issue.input === undefined && isRecord(last.input) && !(String(last.key) in last.input)) {
    return `the pack is invalid: ${where} is missing`;
  }
  if (last?.origin === 'key') return `the pack is invalid: ${where} is not a field of the format`;
  const got = issue.input === undefined ? 'nothing' : (JSON.stringify(issue.input) ?? String(issue.input)).slice(0, 60);
  // valibot's own messages start with "Invalid …"; ours say what a valid value is.
  const expected = issue.message.startsWith('Invalid') ? issue.expected ?? issue.message : issue.message;
  return `the pack is invalid: ${where} is ${got}; expected ${expected}`;
}

/** Whether the JSON's first error is running out of text (a cut file), not a wrong character. */
function endsTooSoon(text: string): boolean {
  const end = text.trimEnd().length;
  let first: { error: number; offset: number; length: number } | null = null;
  visit(text, { onError: (error, offset, length) => (first ??= { error, offset, length }) }, { disallowComments: true, allowTrailingComma: false });
  if (!first) return false;
  const { error, offset, length } = first;
  return offset + length >= end && printParseErrorCode(error) !== 'EndOfFileExpected';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

function refuse(problem: PackProblem, message: string, path?: string): PackReadResult {
  return { ok: false, error: { problem, message, ...(path ? { path } : {}) } };
}
