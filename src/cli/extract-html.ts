// HTML -> article in Node, through linkedom: the same extraction the content script runs on the
// live page. Used by `analyze` for .html files and by the extraction benchmark.

import { parseHTML } from 'linkedom';
import { extractArticle, type ExtractedArticle } from '../core/extract/extract-article.ts';

export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function extractArticleFromHtml(html: string, url?: string): ExtractedArticle | null {
  try {
    return extractArticle(parseHtmlDocument(html), url ? { url } : {});
  } catch {
    return null;
  }
}
