// How attribution is scored against PolNeAR (../shared/CONTRACT.md, "Additions"): only gold
// relations whose Content holds quotation marks count. Found: the reported quotes cover at least
// half of the quoted characters. Source right: the reported `source` span overlaps the gold
// Source span or, with no span reported, the speaker's name contains the Source's last
// capitalised word. Precision: right / sources given.

import type { Quote, Span } from '../../core/types.ts';
import { hasQuotationMarks, quotedSpans, type GoldArticle } from './polnear.ts';

export type SourceType = 'name' | 'pronoun' | 'description' | 'none';

export interface ScoredRelation {
  article: string;
  type: SourceType;
  found: boolean;
  /** A source (span or speaker) was reported for the quote that covers this relation best. */
  given: boolean;
  right: boolean;
  confidence: number;
  gold: string | null;
  reported: string | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me']);
const LEADING = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'several', 'two', 'three', 'other', 'another', 'most', 'all', 'both']);

const textOf = (text: string, spans: Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(' ').trim();

/** Capitalised words of a source, leaving out a capitalised determiner that opens it ("The", "One"). */
function capitalisedWords(source: string): string[] {
  const words = source.match(/[\p{L}][\p{L}\p{M}'’.-]*/gu) ?? [];
  return words.filter((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && LEADING.has(w.toLowerCase())));
}

export function sourceType(source: string | null): SourceType {
  if (!source) return 'none';
  const s = source.trim().toLowerCase();
  if (PRONOUNS.has(s)) return 'pronoun';
  return capitalisedWords(source).length > 0 ? 'name' : 'description';
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function scoreArticle(gold: GoldArticle, quotes: Quote[]): ScoredRelation[] {
  const out: ScoredRelation[] = [];
  for (const rel of gold.relations) {
    if (!hasQuotationMarks(gold.text, rel.content)) continue;
    const quoted = quotedSpans(gold.text, rel.content);
    const total = quoted.reduce((n, s) => n + s.end - s.start, 0);
    if (total === 0) continue;
    let covered = 0;
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const q of quotes) {
      const o = quoted.reduce((n, s) => n + overlap(q, s), 0);
      covered += o;
      if (o > bestOverlap) {
        bestOverlap = o;
        best = q;
      }
    }
    const goldSource = rel.source ? textOf(gold.text, rel.source) : null;
    const type = sourceType(goldSource);
    const found = covered * 2 >= total;
    const source = best?.source ?? null;
    const given = found && best !== null && (source !== null || best.speaker !== null);
    let right = false;
    if (given && rel.source) {
      if (source) right = rel.source.some((s) => overlap(s, source) > 0);
      else {
        const last = capitalisedWords(goldSource!).pop();
        right = !!last && norm(best!.speaker!).split(' ').includes(norm(last).split(' ').pop()!);
      }
    }
    out.push({
      article: gold.name,
      type,
      found,
      given,
      right,
      confidence: given ? best!.confidence : 0,
      gold: goldSource,
      reported: given ? (source?.text ?? best!.speaker) : null,
    });
  }
  return out;
}

export interface Tally {
  relations: number;
  found: number;
  given: number;
  right: number;
}

export function tally(rows: ScoredRelation[]): Tally {
  return {
    relations: rows.length,
    found: rows.filter((r) => r.found).length,
    given: rows.filter((r) => r.given).length,
    right: rows.filter((r) => r.right).length,
  };
}

export interface Band {
  from: number;
  to: number;
  given: number;
  right: number;
}

/** Share right per confidence band, over the quotes given a source. */
export function calibration(rows: ScoredRelation[], edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]): Band[] {
  const bands: Band[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inBand = rows.filter((r) => r.given && r.confidence >= edges[i]! && r.confidence < edges[i + 1]!);
    bands.push({ from: edges[i]!, to: Math.min(1, edges[i + 1]!), given: inBand.length, right: inBand.filter((r) => r.right).length });
  }
  return bands;
}
