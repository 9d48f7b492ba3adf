// Document -> the article a reader sees: Readability on a copy (never the page itself), clutter it
// keeps taken out before and after, text as paragraphs, metadata from the page's head. Pure: the
// content script passes the live page's document, Node passes a linkedom document. The work comes
// in steps (`extractArticleSteps`), so the content script can pause between them; a Readability
// pass is the one step that cannot be split, so its input is bounded (see trimmed-copy.ts) and its
// retries are passes of their own (readability-passes.ts).

import { detectLanguage } from '../text/language.ts';
import { normalizeDate, primaryLanguage, readPageMetadata } from './page-metadata.ts';
import { nestsDeeperThan, workingCopySteps } from './working-copy.ts';
import { renderBlocks } from './render-text.ts';
import { removeClutterElements } from './clutter-elements.ts';
import { dropBoilerplateSteps } from './boilerplate-paragraphs.ts';
import { readabilitySteps } from './readability-passes.ts';
import type { ParagraphCensus } from './paragraph-mass.ts';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  /** Primary language subtag ('en', 'de', 'no'…), 'und' when unknown. */
  language: string;
  /** Paragraphs separated by a blank line. */
  text: string;
  excerpt: string | null;
}

export interface ExtractOptions {
  /** The page's address (the content script knows it; a linkedom document does not). */
  url?: string;
  /** The article's container (see findArticleRoot): only this subtree is copied, within a budget. */
  root?: Element;
  /** The page's prose census (`{ storyOnly: true }`), reused to trim an over-budget root. */
  census?: ParagraphCensus;
  /** Run Readability alone, without Parallax's clean-up (for measuring what the clean-up adds). */
  plain?: boolean;
}

// Languages close enough that a short text may be taken for its neighbour: there the page's own
// declaration wins; elsewhere a confident detection beats a template's lang="en".
const CLOSE_LANGUAGES = [new Set(['no', 'da', 'sv']), new Set(['es', 'pt', 'it']), new Set(['nl', 'de'])];

function chooseLanguage(declared: string | null, detected: string): string {
  if (!declared) return detected;
  if (detected === 'und' || detected === declared) return declared;
  return CLOSE_LANGUAGES.some((g) => g.has(declared) && g.has(detected)) ? declared : detected;
}

/** Deeper pages are hostile or broken; see nestsDeeperThan. */
const MAX_NESTING = 200;

const clean = (s: string | null | undefined) => s?.replace(/\s+/gu, ' ').trim() || null;

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `extractArticle` in bounded steps: each `next()` does one part; the return value is the article. */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ExtractedArticle | null> {
  try {
    const metadata = readPageMetadata(doc);
    yield;
    const copy = yield* workingCopySteps(doc, options.root, { census: options.census });
    yield;
    if (nestsDeeperThan(copy, MAX_NESTING)) return null;
    if (!options.plain) {
      yield;
      removeClutterElements(copy);
    }
    yield;
    const parsed = yield* readabilitySteps(copy);
    if (!parsed?.content) return null;
    yield;
    const title = clean(metadata.title) ?? clean(parsed.title);
    const rendered = renderBlocks(parsed.content);
    yield;
    const context = { title, byline: metadata.byline ?? clean(parsed.byline) };
    const blocks = options.plain ? rendered : yield* dropBoilerplateSteps(rendered, context);
    const text = blocks.map((b) => b.text).join('\n\n');
    if (!text) return null;
    yield;
    // Readability's excerpt is the page's description, or else its first paragraph, which may be
    // a byline the clean-up dropped.
    let excerpt = clean(parsed.excerpt);
    if (excerpt && !text.includes(excerpt) && rendered.some((b) => b.text === excerpt)) excerpt = blocks[0]!.text;
    return {
      title,
      byline: clean(metadata.byline) ?? clean(parsed.byline),
      siteName: clean(metadata.siteName) ?? clean(parsed.siteName),
      url: options.url ?? metadata.url,
      publishedAt: metadata.publishedAt ?? normalizeDate(parsed.publishedTime),
      language: chooseLanguage(metadata.language ?? primaryLanguage(parsed.lang), detectLanguage(text)),
      text,
      excerpt,
    };
  } catch {
    // Odd DOMs (detached, half-built, hostile) are expected input: no article, not a crash.
    return null;
  }
}
