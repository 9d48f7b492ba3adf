// Links to a passage of another article: its URL with a text fragment (`#:~:text=…`, URL Fragment
// Text Directives), so that the browser scrolls to the passage and highlights it. The terms are
// chosen against that article's own text: the shortest directive that the browser's matching
// (text-fragment-match.ts) resolves to this passage and no other, with prefix/suffix context only
// when the words repeat. Pure: no DOM, no network.

import type { Span } from '../types.ts';
import { findTextDirective, isWordBoundary, prepareFragmentText, wordsWithin, type FragmentText, type TextDirective } from './text-fragment-match.ts';

export type { TextDirective, FragmentText } from './text-fragment-match.ts';
export { findTextDirective, prepareFragmentText } from './text-fragment-match.ts';

/** Passages up to this many characters (in one paragraph) are quoted whole; longer ones by their ends. */
export const EXACT_MAX_CHARS = 80;
/** Words in each of textStart and textEnd at first; more when those words repeat. */
const RANGE_WORDS = 3;
const MAX_RANGE_WORDS = 12;
/** Context words tried before giving up on an unambiguous directive. */
const MAX_CONTEXT_WORDS = 8;

/** The URL without its fragment (a text fragment included), or null unless it is http(s). */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/** Lone surrogates cannot be UTF-8 encoded: they become U+FFFD, as the URL parser would make them. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One term percent-encoded for a text directive: UTF-8, everything but the spec's explicit
 * characters encoded, and `-`, `&`, `,` always (they are the directive's own syntax).
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(wellFormed(term)).replace(/-/g, '%2D');
}

/** `text=[prefix-,]start[,end][,-suffix]`, each term percent-encoded. */
export function encodeTextDirective(d: TextDirective): string {
  const parts: string[] = [];
  if (d.prefix) parts.push(`${encodeTerm(d.prefix)}-`);
  parts.push(encodeTerm(d.start));
  if (d.end) parts.push(encodeTerm(d.end));
  if (d.suffix) parts.push(`-${encodeTerm(d.suffix)}`);
  return `text=${parts.join(',')}`;
}

/** Reads a `text=…` directive back (for tests and for readers of exported links). */
export function decodeTextDirective(directive: string): TextDirective | null {
  const value = directive.replace(/^text=/, '');
  const tokens = value.split(',');
  if (tokens.length < 1 || tokens.length > 4 || tokens.some((t) => t === '')) return null;
  const decode = (t: string) => {
    try {
      return decodeURIComponent(t);
    } catch {
      return null;
    }
  };
  let prefix: string | undefined;
  let suffix: string | undefined;
  if (tokens[0]!.endsWith('-')) {
    const raw = tokens.shift()!.slice(0, -1);
    if (!raw || raw.includes('-')) return null;
    prefix = decode(raw) ?? undefined;
  }
  if (tokens.length > 0 && tokens[tokens.length - 1]!.startsWith('-')) {
    const raw = tokens.pop()!.slice(1);
    if (!raw || raw.includes('-')) return null;
    suffix = decode(raw) ?? undefined;
  }
  if (tokens.length < 1 || tokens.length > 2 || tokens.some((t) => t.includes('-'))) return null;
  const start = decode(tokens[0]!);
  const end = tokens[1] !== undefined ? decode(tokens[1]) : undefined;
  if (!start || end === null) return null;
  return { ...(prefix ? { prefix } : {}), start, ...(end ? { end } : {}), ...(suffix ? { suffix } : {}) };
}

/** `url` (fragment stripped) with a text fragment; null for a URL that is not http(s). */
export function textFragmentLink(url: string | null | undefined, directive: TextDirective): string | null {
  const base = linkableUrl(url);
  if (!base || !directive.start.trim()) return null;
  return `${base}#:~:${encodeTextDirective(directive)}`;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The passage moved out to whole words, whitespace at its ends left out. */
function snapToWords(ft: FragmentText, span: Span): Span | null {
  const text = ft.text;
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  while (start > 0 && !isWordBoundary(ft, start)) start--;
  while (end < text.length && !isWordBoundary(ft, end)) end++;
  return { start, end };
}

/**
 * The block a context term may come from: the text before the passage in its own paragraph, or,
 * when the passage opens its paragraph, the end of the paragraph before (the browser allows only
 * whitespace between a context term and the passage, across block boundaries).
 */
function contextBefore(ft: FragmentText, at: number): Span {
  const text = ft.text;
  const blockStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(blockStart, at).trim()) return { start: blockStart, end: at };
  let end = blockStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return { start: text.lastIndexOf('\n', end - 1) + 1, end };
}

function contextAfter(ft: FragmentText, at: number): Span {
  const text = ft.text;
  const nextBreak = text.indexOf('\n', at);
  const blockEnd = nextBreak < 0 ? text.length : nextBreak;
  if (text.slice(at, blockEnd).trim()) return { start: at, end: blockEnd };
  let start = blockEnd;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const after = text.indexOf('\n', start);
  return { start, end: after < 0 ? text.length : after };
}

function prefixOf(ft: FragmentText, at: number, words: number): string | null {
  const block = contextBefore(ft, at);
  const before = wordsWithin(ft, block.start, block.end);
  if (before.length === 0) return null;
  const first = before[Math.max(0, before.length - words)]!;
  return squash(ft.text.slice(first.start, block.end)) || null;
}

function suffixOf(ft: FragmentText, at: number, words: number): string | null {
  const block = contextAfter(ft, at);
  const after = wordsWithin(ft, block.start, block.end);
  if (after.length === 0) return null;
  const last = after[Math.min(after.length, words) - 1]!;
  return squash(ft.text.slice(block.start, last.end)) || null;
}

/** The passage's terms: the whole passage, or its first and last words (each inside one block). */
function termChoices(ft: FragmentText, passage: Span): { start: string; end?: string }[] {
  const text = ft.text.slice(passage.start, passage.end);
  if (!text.includes('\n') && text.length <= EXACT_MAX_CHARS) return [{ start: squash(text) }];
  const firstBreak = text.indexOf('\n');
  const lastBreak = text.lastIndexOf('\n');
  const head = wordsWithin(ft, passage.start, firstBreak < 0 ? passage.end : passage.start + firstBreak);
  const tail = wordsWithin(ft, lastBreak < 0 ? passage.start : passage.start + lastBreak, passage.end);
  const choices: { start: string; end?: string }[] = [];
  const singleBlock = firstBreak < 0;
  for (let n = RANGE_WORDS; n <= MAX_RANGE_WORDS; n++) {
    // In one paragraph the two terms must not meet; across paragraphs each stays in its own.
    const startWords = Math.min(n, singleBlock ? Math.floor(head.length / 2) : head.length);
    const endWords = Math.min(n, singleBlock ? Math.floor(tail.length / 2) : tail.length);
    if (startWords < 1 || endWords < 1) break;
    const start = squash(ft.text.slice(passage.start, head[startWords - 1]!.end));
    const end = squash(ft.text.slice(tail[tail.length - endWords]!.start, passage.end));
    const last = choices[choices.length - 1];
    if (last && last.start === start && last.end === end) break;
    choices.push({ start, end });
  }
  if (singleBlock) choices.push({ start: squash(text) });
  return choices;
}

function resolvesTo(ft: FragmentText, directive: TextDirective, passage: Span): boolean {
  const found = findTextDirective(ft, directive);
  return found !== null && found.start === passage.start && found.end === passage.end;
}

/**
 * The text directive for a passage (a span of `ft.text`): the shortest choice that the browser
 * resolves to this very passage; prefix and suffix words are added only while the passage's
 * terms also match elsewhere. When nothing in this text tells two copies apart, the plain terms
 * are returned: the browser then shows the first copy of the same words. Null for an empty passage.
 */
export function directiveForPassage(ft: FragmentText, span: Span): TextDirective | null {
  const passage = snapToWords(ft, span);
  if (!passage) return null;
  const choices = termChoices(ft, passage);
  if (choices.length === 0) return null;
  for (const choice of choices) if (resolvesTo(ft, choice, passage)) return choice;
  let last = '';
  for (let words = 1; words <= MAX_CONTEXT_WORDS; words++) {
    const prefix = prefixOf(ft, passage.start, words) ?? undefined;
    const suffix = suffixOf(ft, passage.end, words) ?? undefined;
    // No more words on either side: more context cannot help.
    if (`${prefix}\u0000${suffix}` === last) break;
    last = `${prefix}\u0000${suffix}`;
    const contexts: Pick<TextDirective, 'prefix' | 'suffix'>[] = [];
    if (prefix) contexts.push({ prefix });
    if (suffix) contexts.push({ suffix });
    if (prefix && suffix) contexts.push({ prefix, suffix });
    for (const context of contexts) {
      for (const choice of choices) {
        const directive = { ...context, ...choice };
        if (resolvesTo(ft, directive, passage)) return directive;
      }
    }
  }
  return choices[0]!;
}

/** Builds links into one article's text; the text is prepared once for all its passages. */
export class PassageLinker {
  private prepared: FragmentText | null = null;

  constructor(
    readonly url: string | null,
    private readonly text: string,
    private readonly language = '',
  ) {}

  get linkable(): boolean {
    return linkableUrl(this.url) !== null;
  }

  /** The link to `span` of the text, or null when the URL is not http(s) or the span is empty. */
  linkTo(span: Span): string | null {
    if (!this.linkable) return null;
    this.prepared ??= prepareFragmentText(this.text, this.language);
    const directive = directiveForPassage(this.prepared, span);
    return directive ? textFragmentLink(this.url, directive) : null;
  }

  /** The link to words that may not be in the text at all (a date line as printed): quoted whole. */
  linkToWords(words: string): string | null {
    const span = this.indexOfWords(words);
    if (span) return this.linkTo(span);
    return textFragmentLink(this.url, { start: squash(words) });
  }

  private indexOfWords(words: string): Span | null {
    const at = this.text.indexOf(words);
    return at < 0 || !words.trim() ? null : { start: at, end: at + words.length };
  }
}
