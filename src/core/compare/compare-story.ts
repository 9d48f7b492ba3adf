// An article against every other version of its story: sentence alignment per version, then the
// differences (quotes, figures, dates, coverage), each quoting both sides from their own texts.

import type { Difference, ElsewhereQuote, Span } from '../types.ts';
import type { AnalysedText } from './analysed-text.ts';
import { alignSentences } from './align.ts';
import { pairQuotes } from './quote-pairs.ts';
import { quoteDifferences, type VersionRef } from './quote-differences.ts';
import { numberDifferences } from './number-differences.ts';
import { coverageDifferences, type VersionComparison } from './coverage-differences.ts';
import { eventDateDifferences, publicationDateDifference, type PrintedDate } from './date-differences.ts';

export interface StoryVersionInput extends VersionRef {
  publishedAt: string | null;
  publishedAsPrinted: string | null;
  analysed: AnalysedText;
}

export interface StoryComparison {
  differences: Difference[];
  elsewhere: ElsewhereQuote[];
  /** Remarks quoted both here and in at least one other version. */
  sharedQuotes: number;
}

/** The part of the text that tells the story (a page may carry a second article after it). */
function restrict(text: AnalysedText, region: Span): AnalysedText {
  if (region.start === 0 && region.end >= text.text.length) return text;
  return { ...text, sentences: text.sentences.filter((s) => s.start >= region.start && s.end <= region.end) };
}

const primary = (language: string) => language.slice(0, 2).toLowerCase();

const KIND_ORDER: Difference['kind'][] = ['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere'];

export function compareStory(
  fullHere: AnalysedText,
  region: Span,
  herePublication: PrintedDate | null,
  versions: StoryVersionInput[],
): StoryComparison {
  const here = restrict(fullHere, region);
  const found: Omit<Difference, 'id'>[] = [];
  const elsewhere: ElsewhereQuote[] = [];
  const comparisons: VersionComparison[] = [];
  const shared = new Set<number>();
  for (const version of versions) {
    const dated = publicationDateDifference(herePublication, version);
    if (dated) found.push(dated);
    // Sentences, quotes and figures are compared within one language: a translation is not a
    // rewording, and words cannot be aligned across languages.
    if (primary(version.analysed.language) !== primary(here.language)) continue;
    const alignment = alignSentences(here.sentences, version.analysed.sentences);
    const pairs = pairQuotes(here, version.analysed, alignment).filter((p) => {
      const q = here.quotes[p.here]!;
      return q.start >= region.start && q.end <= region.end;
    });
    const quotes = quoteDifferences(here, version.analysed, version, pairs);
    found.push(...quotes.differences);
    elsewhere.push(...quotes.elsewhere);
    for (const p of pairs) shared.add(p.here);
    found.push(...numberDifferences(here, version.analysed, version, alignment));
    found.push(
      ...eventDateDifferences(
        { text: here, reference: herePublication?.iso ?? null },
        { text: version.analysed, reference: version.publishedAt },
        version,
        alignment,
      ),
    );
    comparisons.push({
      version,
      text: version.analysed,
      alignment,
      pairedHere: new Set(pairs.map((p) => p.here)),
      pairedThere: new Set(pairs.map((p) => p.there)),
    });
  }
  const numbers = found.filter((d) => d.kind === 'number' && d.here).map((d) => d.here!);
  found.push(...coverageDifferences(here, comparisons, numbers));
  const differences = found
    .sort(
      (a, b) =>
        (a.here?.start ?? Number.MAX_SAFE_INTEGER) - (b.here?.start ?? Number.MAX_SAFE_INTEGER) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    )
    .map((d, i) => ({ id: `d${i}`, ...d }));
  return { differences, elsewhere, sharedQuotes: shared.size };
}
