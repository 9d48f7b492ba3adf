// Evidence links: every difference's other side and every "elsewhere" quote gets the other
// article's URL with a text fragment to its passage, when that article has an http(s) URL.
// A pass over the finished comparison, so the notes are built alike with or without URLs.

import type { Difference, DifferenceThere, ElsewhereQuote, Span } from '../types.ts';
import type { AnalysedText } from './analysed-text.ts';
import { PassageLinker } from '../anchor/text-fragment.ts';

export interface LinkableVersion {
  articleId: string;
  url: string | null;
  analysed: AnalysedText;
}

/** The link for one difference's other side (null when none can be made). */
export function thereLink(there: DifferenceThere, linker: PassageLinker): string | null {
  if (there.start !== undefined && there.end !== undefined) return linker.linkTo({ start: there.start, end: there.end });
  // A publication date: the date as printed, which pages show in their date line.
  return linker.linkToWords(there.text);
}

/** Where the other version prints these quoted words: the quote itself, else the words anywhere. */
function quoteSpan(analysed: AnalysedText, words: string): Span | null {
  const quote = analysed.quotes.find((q) => q.text === words);
  if (quote) return { start: quote.start, end: quote.end };
  const at = words ? analysed.text.indexOf(words) : -1;
  return at < 0 ? null : { start: at, end: at + words.length };
}

export function elsewhereLink(quote: ElsewhereQuote, linker: PassageLinker, analysed: AnalysedText): string | null {
  const span = quoteSpan(analysed, quote.text);
  return span ? linker.linkTo(span) : linker.linkToWords(quote.text);
}

/** The comparison with `link` set wherever the other article has an http(s) URL. */
export function withEvidenceLinks<T extends { differences: Difference[]; elsewhere: ElsewhereQuote[] }>(comparison: T, versions: LinkableVersion[]): T {
  const linkers = new Map<string, { linker: PassageLinker; analysed: AnalysedText }>();
  for (const v of versions) {
    const linker = new PassageLinker(v.url, v.analysed.text, v.analysed.language);
    if (linker.linkable) linkers.set(v.articleId, { linker, analysed: v.analysed });
  }
  if (linkers.size === 0) return comparison;
  const differences = comparison.differences.map((d) => {
    const version = d.there ? linkers.get(d.there.articleId) : undefined;
    const link = version && d.there ? thereLink(d.there, version.linker) : null;
    return link ? { ...d, there: { ...d.there!, link } } : d;
  });
  const elsewhere = comparison.elsewhere.map((e) => {
    const version = linkers.get(e.articleId);
    const link = version ? elsewhereLink(e, version.linker, version.analysed) : null;
    return link ? { ...e, link } : e;
  });
  return { ...comparison, differences, elsewhere };
}
