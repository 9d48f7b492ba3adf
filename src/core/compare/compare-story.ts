// An article against every other version of its story: sentence alignment per version, then the
// differences (quotes, figures, dates, coverage), each quoting both sides from their own texts.

import type { Difference, ElsewhereQuote, Span } from '../types.ts';
import type { NoteCandidate } from './note-candidate.ts';
import { isAboveFloor, noteConfidence, type NoteFeatures } from './note-model.ts';
import type { AnalysedText } from './analysed-text.ts';
import { alignSentences } from './align.ts';
import { pairQuotes } from './quote-pairs.ts';
import { quoteDifferences, type VersionRef } from './quote-differences.ts';
import { numberDifferences } from './number-differences.ts';
import { coverageDifferences, type ReportedSpans, type VersionComparison } from './coverage-differences.ts';
import { eventDateDifferences, publicationDateDifference, type PrintedDate } from './date-differences.ts';

export interface StoryVersionInput extends VersionRef {
  publishedAt: string | null;
  publishedAsPrinted: string | null;
  analysed: AnalysedText;
}

export interface StoryComparison {
  /**
   * Notes at or above the floor, the surest MAX_COVERAGE_NOTES of each coverage direction, by
   * position; with `keepAll`, every candidate (for judging and evaluation).
   */
  differences: Difference[];
  /** The features each difference's confidence was computed from, by difference id. */
  features: Map<string, NoteFeatures>;
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

/** Coverage notes of each direction, at most: the surest first. */
export const MAX_COVERAGE_NOTES = 8;

/** Keeps the MAX_COVERAGE_NOTES surest notes of each coverage direction, every other note. */
export function keepSurest<T extends { note: { kind: Difference['kind']; confidence: number } }>(notes: T[]): T[] {
  const out = notes.filter((x) => x.note.kind !== 'only-here' && x.note.kind !== 'only-elsewhere');
  for (const kind of ['only-here', 'only-elsewhere'] as const) {
    out.push(...notes.filter((x) => x.note.kind === kind).sort((a, b) => b.note.confidence - a.note.confidence).slice(0, MAX_COVERAGE_NOTES));
  }
  return out;
}

export function compareStory(
  fullHere: AnalysedText,
  region: Span,
  herePublication: PrintedDate | null,
  versions: StoryVersionInput[],
  options: { keepAll?: boolean } = {},
): StoryComparison {
  const here = restrict(fullHere, region);
  const found: NoteCandidate[] = [];
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
  // A statement already noted as giving another figure or another day is no claim of its own,
  // on either side.
  const noted = found.filter((d) => d.kind === 'number' || (d.kind === 'date' && d.about === 'event'));
  const reported: ReportedSpans = {
    here: noted.flatMap((d) => (d.here ? [d.here] : [])),
    there: noted.flatMap((d) => (d.there?.start !== undefined ? [{ articleId: d.there.articleId, start: d.there.start, end: d.there.end! }] : [])),
  };
  found.push(...coverageDifferences(here, comparisons, reported, herePublication?.iso ?? null));
  const scored = found.map(({ features, ...d }) => ({
    note: { ...d, confidence: d.kind === 'date' && d.about === 'publication' ? 1 : noteConfidence(d.kind, features) },
    features,
  }));
  const weighed = (options.keepAll ? scored : keepSurest(scored.filter((x) => isAboveFloor(x.note))))
    .sort(
      (a, b) =>
        (a.note.here?.start ?? Number.MAX_SAFE_INTEGER) - (b.note.here?.start ?? Number.MAX_SAFE_INTEGER) ||
        KIND_ORDER.indexOf(a.note.kind) - KIND_ORDER.indexOf(b.note.kind),
    );
  const differences: Difference[] = weighed.map((x, i) => ({ id: `d${i}`, ...x.note }));
  const features = new Map(weighed.map((x, i) => [`d${i}`, x.features]));
  return { differences, features, elsewhere, sharedQuotes: shared.size };
}
