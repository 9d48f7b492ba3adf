// An analysis as W3C Web Annotations (JSON-LD): one annotation per quotation (its speaker, its
// kind, how other outlets worded it), per entity mention and per difference (its kind, the
// explanation, the other outlet's words with a link to them). Targets select the passage in the
// article text Parallax extracted from the page, by quote and by position: positions count code
// points of that text, not of the page's DOM text, and the export says so. Pure.

import type { Analysis, Difference, EntityHit, EntityMention, Quote, Span, Speaker, StoryVersion } from '../types.ts';
import { linkableUrl } from '../anchor/text-fragment.ts';
import { hashText } from '../corpus/text-hash.ts';
import {
  ANNO_CONTEXT,
  type Agent,
  type AnnotationCollection,
  type Motivation,
  type PageTarget,
  type TextTarget,
  type TextualBody,
  type WebAnnotation,
} from './web-annotation-model.ts';

export * from './web-annotation-model.ts';

export interface ExportOptions {
  /** The annotated page's IRI; default: the article's URL when it is absolute, else a URN of its text. */
  source?: string;
  /** ISO 8601 date-time stamped as `created` and `generated` (the core has no clock). */
  created?: string;
  /** The software that made the annotations. */
  generator?: { name: string; version: string };
}

export const POSITIONS_NOTE =
  'Each target selects text of the article as Parallax extracted it from the page (the article.text of `npm run analyze`), ' +
  'not the page\u2019s full DOM text: TextPositionSelector start and end count Unicode code points of that text, and the ' +
  'TextQuoteSelector\u2019s prefix and suffix are taken from it.';

const CONTEXT_CODE_POINTS = 32;

/** UTF-16 index -> code point index, for texts with characters outside the BMP. */
function codePointCounter(text: string): (index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const counts = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    counts[i] = n;
    const code = text.charCodeAt(i);
    // A low surrogate after a high one belongs to the same code point.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  counts[text.length] = n;
  return (i) => counts[Math.max(0, Math.min(i, text.length))]!;
}

const isLow = (text: string, i: number) => i > 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;

/** `count` code points before `at` (never half a surrogate pair). */
function codePointsBefore(text: string, at: number, count: number): string {
  let i = at;
  for (let n = 0; n < count && i > 0; n++) i -= isLow(text, i - 1) && i - 2 >= 0 ? 2 : 1;
  return text.slice(i, at);
}

function codePointsAfter(text: string, at: number, count: number): string {
  let i = at;
  for (let n = 0; n < count && i < text.length; n++) i += isLow(text, i + 1) ? 2 : 1;
  return text.slice(at, i);
}

/** A deterministic name-based UUID (RFC 9562 version 8) from four 32-bit hashes of `name`. */
export function nameUuid(name: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < name.length; i++) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
      h ^= h >>> 15;
    }
    return (h >>> 0).toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function body(purpose: Motivation, value: string, extra: Partial<TextualBody> = {}): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', ...extra };
}

function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

interface Context {
  analysis: Analysis;
  source: string;
  created?: string;
  generator?: Agent;
  extraction: Agent;
  codePoint: (index: number) => number;
  versions: Map<string, StoryVersion>;
  idBase: string;
}

function textTarget(ctx: Context, span: Span): TextTarget | PageTarget {
  const text = ctx.analysis.article.text;
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  if (end === start) return { type: 'SpecificResource', source: ctx.source };
  return {
    type: 'SpecificResource',
    source: ctx.source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: codePointsBefore(text, start, CONTEXT_CODE_POINTS),
        suffix: codePointsAfter(text, end, CONTEXT_CODE_POINTS),
      },
      { type: 'TextPositionSelector', start: ctx.codePoint(start), end: ctx.codePoint(end) },
    ],
    renderedVia: ctx.extraction,
  };
}

function annotation(ctx: Context, key: string, motivation: Motivation, bodies: TextualBody[], target: TextTarget | PageTarget): WebAnnotation {
  return {
    id: nameUuid(`${ctx.idBase}|${key}`),
    type: 'Annotation',
    motivation,
    ...(ctx.created ? { created: ctx.created } : {}),
    ...(ctx.generator ? { generator: ctx.generator } : {}),
    body: bodies,
    target,
  };
}

/** The other outlet's words: written by that outlet, taken from its article (at the passage). */
function otherWords(ctx: Context, words: string, outlet: string, articleId: string, link: string | undefined, purpose: Motivation): TextualBody {
  const version = ctx.versions.get(articleId);
  const date = dayOf(version?.publishedAt ?? null);
  const via = link ?? linkableUrl(version?.url) ?? undefined;
  return body(purpose, words, {
    ...(version?.language ? { language: version.language } : {}),
    creator: { type: 'Organization', name: outlet },
    ...(via ? { via } : {}),
    label: date ? `${outlet}, ${date}` : outlet,
  });
}

function quoteAnnotation(ctx: Context, quote: Quote, index: number, speaker: Speaker | undefined): WebAnnotation {
  const bodies: TextualBody[] = [body('classifying', quote.kind)];
  if (quote.speaker) bodies.push(body('identifying', quote.speaker));
  if (quote.anonymous) bodies.push(body('tagging', 'anonymous source'));
  if (speaker?.role) bodies.push(body('describing', speaker.role, { language: 'en' }));
  for (const e of speaker?.elsewhere.filter((e) => e.hereQuote === index) ?? []) {
    bodies.push(otherWords(ctx, e.text, e.outlet, e.articleId, e.link, 'describing'));
  }
  return annotation(ctx, `quote:${index}`, quote.speaker ? 'identifying' : 'classifying', bodies, textTarget(ctx, quote));
}

function mentionAnnotation(ctx: Context, entity: EntityHit, ei: number, mention: EntityMention, mi: number): WebAnnotation {
  const bodies: TextualBody[] = [body('identifying', entity.name), body('classifying', entity.kind)];
  if (entity.role) bodies.push(body('describing', entity.role, { language: 'en' }));
  if (entity.description) bodies.push(body('describing', entity.description, { language: 'en' }));
  if (!entity.listed) bodies.push(body('tagging', 'not in Parallax\u2019s list of entities', { language: 'en' }));
  return annotation(ctx, `entity:${ei}.${mi}`, 'identifying', bodies, textTarget(ctx, mention));
}

function differenceAnnotation(ctx: Context, d: Difference): WebAnnotation {
  const bodies: TextualBody[] = [body('classifying', d.kind)];
  if (d.about) bodies.push(body('tagging', d.about === 'event' ? 'event date' : 'publication date', { language: 'en' }));
  if (d.speaker) bodies.push(body('identifying', d.speaker));
  bodies.push(body('commenting', d.explanation, { language: 'en' }));
  if (d.there) bodies.push(otherWords(ctx, d.there.text, d.there.outlet, d.there.articleId, d.there.link, 'describing'));
  const target = d.here ? textTarget(ctx, d.here) : { type: 'SpecificResource' as const, source: ctx.source };
  return annotation(ctx, `difference:${d.id}`, 'assessing', bodies, target);
}

function sourceOf(analysis: Analysis, given: string | undefined): string {
  if (given) return given;
  const url = analysis.article.url;
  if (url) {
    try {
      const parsed = new URL(url);
      parsed.hash = '';
      return parsed.href;
    } catch {
      // not absolute: fall through to a name of the text
    }
  }
  return `urn:parallax:article:${hashText(analysis.article.text)}`;
}

/** The analysis as one W3C Web Annotation collection (JSON-LD, context anno.jsonld). */
export function toWebAnnotations(analysis: Analysis, options: ExportOptions = {}): AnnotationCollection {
  const source = sourceOf(analysis, options.source);
  const generator: Agent | undefined = options.generator
    ? { type: 'Software', name: options.generator.name, 'schema:softwareVersion': options.generator.version }
    : undefined;
  const ctx: Context = {
    analysis,
    source,
    ...(options.created ? { created: options.created } : {}),
    ...(generator ? { generator } : {}),
    extraction: {
      type: 'Software',
      name: `${options.generator?.name ?? 'Parallax'} article text extraction`,
      ...(options.generator ? { 'schema:softwareVersion': options.generator.version } : {}),
      'rdfs:comment': POSITIONS_NOTE,
    },
    codePoint: codePointCounter(analysis.article.text),
    versions: new Map((analysis.story?.versions ?? []).map((v) => [v.articleId, v])),
    idBase: `${source}|${hashText(analysis.article.text)}`,
  };
  const speakerOf = new Map<number, Speaker>();
  for (const s of analysis.speakers) for (const i of s.quotes) speakerOf.set(i, s);
  const items: WebAnnotation[] = [
    ...analysis.quotes.map((q, i) => quoteAnnotation(ctx, q, i, speakerOf.get(i))),
    ...analysis.entities.flatMap((e, ei) => e.mentions.map((m, mi) => mentionAnnotation(ctx, e, ei, m, mi))),
    ...analysis.differences.map((d) => differenceAnnotation(ctx, d)),
  ];
  const collectionId = nameUuid(`${ctx.idBase}|collection`);
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Parallax annotations: ${analysis.article.title ?? source}`,
    'rdfs:comment': POSITIONS_NOTE,
    total: items.length,
    ...(options.created ? { generated: options.created } : {}),
    ...(generator ? { generator } : {}),
    ...(items.length ? { first: { id: nameUuid(`${ctx.idBase}|page-0`), type: 'AnnotationPage', startIndex: 0, items } } : {}),
  };
}
