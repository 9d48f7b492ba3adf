// Document -> the article a reader sees: Readability on a copy (never the page itself), clutter it
// keeps taken out before and after, text as paragraphs, metadata from the page's head. Pure: the
// content script passes the live page's document, Node passes a linkedom document.

import { Readability } from '@mozilla/readability';
import { detectLanguage } from '../text/language.ts';
import { normalizeDate, primaryLanguage, readPageMetadata } from './page-metadata.ts';
import { makeWorkingCopy, nestsDeeperThan } from './working-copy.ts';
import { renderBlocks } from './render-text.ts';
import { removeClutterElements } from './clutter-elements.ts';
import { dropBoilerplate } from './boilerplate-paragraphs.ts';

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
  /** The article's container (see findArticleRoot): only this subtree is copied. */
  root?: Element;
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
  try {
    const metadata = readPageMetadata(doc);
    const copy = makeWorkingCopy(doc, options.root);
    if (nestsDeeperThan(copy, MAX_NESTING)) return null;
    if (!options.plain) removeClutterElements(copy);
    const parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
    if (!parsed?.content) return null;
    const title = clean(metadata.title) ?? clean(parsed.title);
    const rendered = renderBlocks(parsed.content);
    const blocks = options.plain ? rendered : dropBoilerplate(rendered, { title, byline: metadata.byline ?? clean(parsed.byline) });
    const text = blocks.map((b) => b.text).join('\n\n');
    if (!text) return null;
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
