// Raw document -> clean articles: clutter dropped, several articles split apart, each one's
// header (title, standfirst, date, byline, dateline) taken out of the text into metadata.

import type { ArticleOverride, CorpusArticle, DocumentMeta } from './types.ts';
import { parseArticleHeader, type ArticleHeader } from './ingest/article-header.ts';
import { removeClutter } from './ingest/clutter.ts';
import { findArticleBoundaries } from './ingest/split-articles.ts';
import { splitUnits, type Unit } from './ingest/units.ts';

export interface IngestedArticle extends ArticleHeader {
  /** 1-based position in the document. */
  n: number;
  /** Raw-document line where the article starts. */
  line: number;
}

export interface IngestedDocument {
  articles: IngestedArticle[];
  /** Lines dropped as page clutter, for `corpus check` to show. */
  dropped: Unit[];
}

/** Splits and cleans one raw document, knowing nothing of its metadata. */
export function ingestText(raw: string): IngestedDocument {
  const { kept, dropped } = removeClutter(splitUnits(raw));
  const starts = [0, ...findArticleBoundaries(kept).map((b) => b.index)];
  const articles = starts
    .map((start, i) => kept.slice(start, starts[i + 1] ?? kept.length))
    .filter((units) => units.length > 0)
    .map((units, i) => ({ n: i + 1, line: units[0]!.line, ...parseArticleHeader(units) }));
  return { articles, dropped };
}

/** The corpus articles of one document: what ingest found, under the document's metadata. */
export function buildArticles(meta: DocumentMeta, raw: string, ingested: IngestedDocument): CorpusArticle[] {
  return ingested.articles.map((found) => {
    const override: Partial<ArticleOverride> = meta.articles?.find((o) => o.n === found.n) ?? {};
    const printedTitle = override.title ?? found.title;
    const title = printedTitle ?? describeTitle(found);
    return {
      id: `${meta.id}-${found.n}`,
      documentId: meta.id,
      outlet: meta.outlet,
      byline: pick(override.byline, meta.byline),
      agency: pick(override.agency, meta.agency),
      publishedAt: pick(override.publishedAt, meta.publishedAt),
      publishedAsPrinted: pick(override.publishedAsPrinted, meta.publishedAsPrinted),
      language: meta.language,
      machineTranslated: meta.machineTranslated,
      url: pick(override.url, meta.url),
      title,
      titleDescribed: printedTitle === null || !raw.includes(title),
      standfirst: found.standfirst,
      dateline: found.dateline,
      text: found.body.join('\n\n'),
    };
  });
}

/** The form in which two article texts count as the same (case, width and spacing aside). */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function pick<T>(override: T | undefined, inherited: T): T {
  return override === undefined ? inherited : override;
}

/** When nothing is printed as a headline: the opening words of the first paragraph. */
function describeTitle(found: ArticleHeader): string {
  const first = found.standfirst ?? found.body[0] ?? '';
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  if (sentence.length <= 110) return sentence;
  const cut = sentence.slice(0, 110);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
