// Training examples from PolNeAR: one per quotation Parallax finds, with its candidates'
// features and which candidates are right (those inside the gold Source span; the carried-over
// source when the gold Source is the previous quotation's; nobody when no relation covers the
// quotation or its relation names no source).

import { candidatesFor, type Candidate, type PreviousSource } from '../../core/attribution/candidates.ts';
import { candidateFeatures, quoteFacts, type FeatureVector } from '../../core/attribution/features.ts';
import type { AttributionLexicon } from '../../core/attribution/lexicon.ts';
import { buildView, type ArticleView } from '../../core/attribution/view.ts';
import { mentionAt, phraseMention } from '../../core/attribution/mention.ts';
import { Resolver } from '../../core/attribution/resolve.ts';
import { buildEntityCatalog } from '../../core/entities/catalog.ts';
import { findQuotes } from '../../core/quotes/find-quotes.ts';
import type { Span } from '../../core/types.ts';
import { quotedSpans, type GoldArticle, type GoldRelation } from './polnear.ts';

/** Feature names as numbers (the training set would not fit in memory as strings). */
export class FeatureNames {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

export interface PackedFeatures {
  index: Int32Array;
  value: Float32Array;
}

export function pack(features: FeatureVector, names: FeatureNames): PackedFeatures {
  const index = new Int32Array(features.size);
  const value = new Float32Array(features.size);
  let k = 0;
  for (const [name, v] of features) {
    index[k] = names.of(name);
    value[k++] = v;
  }
  return { index, value };
}

export interface Example {
  article: string;
  /** Top-level quotation index in the article. */
  quote: number;
  candidates: Candidate[];
  features: PackedFeatures[];
  /** Indexes of the right candidates. */
  right: number[];
  /** The gold Source span, when there is one. */
  source: Span[] | null;
  /** Per candidate, the speaker it names (as attribution groups them), for calibration. */
  keys: string[];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The gold relation a found quotation belongs to, or null; `undefined` when unclear (skip it). */
function relationOf(article: GoldArticle, quote: Span): GoldRelation | null | undefined {
  let best: GoldRelation | null = null;
  let bestOverlap = 0;
  let touched = false;
  for (const rel of article.relations) {
    if (rel.content.some((c) => overlap(c, quote) > 0)) touched = true;
    const o = quotedSpans(article.text, rel.content).reduce((n, s) => n + overlap(s, quote), 0);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = rel;
    }
  }
  if (best && bestOverlap * 2 >= quote.end - quote.start) return best;
  return touched ? undefined : null;
}

/**
 * PolNeAR annotates attributions, so a quotation no relation covers is a scare quote or a title
 * when it is short; a long one is more often an annotator's gap (the second half of a remark
 * whose first half was annotated) and is left out rather than taught as nobody's words.
 */
const UNCOVERED_AS_NOBODY_WORDS = 6;

export interface ArticleExamples {
  view: ArticleView;
  examples: (Example | null)[];
  skipped: number;
}

/** The examples of one article; `null` where a quotation is left out of training. */
export function articleExamples(article: GoldArticle, lexicon: AttributionLexicon, names: FeatureNames): ArticleExamples {
  const top = findQuotes(article.text, 'en').filter((q) => !q.nested);
  const view = buildView(article.text, 'en', lexicon, top);
  const resolver = new Resolver(view, buildEntityCatalog([]), []);
  const keyOf = (c: Candidate, previousKey: string | null) => {
    if (c.kind === 'none') return 'none';
    if (c.kind === 'carry' && previousKey) return previousKey;
    return resolver.resolve(c.kind === 'token' ? phraseMention(view, c.item) : mentionAt(view, c.item)).identity?.key ?? `item:${c.item}`;
  };
  let previousKey: string | null = null;
  const examples: (Example | null)[] = [];
  let previous: PreviousSource | null = null;
  let previousSource: Span[] | null = null;
  let skipped = 0;
  top.forEach((quote, qi) => {
    const rel = relationOf(article, quote);
    const candidates = candidatesFor(view, qi, previous);
    const words = article.text.slice(quote.start, quote.end).split(/\s+/).length;
    if (rel === undefined || (rel === null && words > UNCOVERED_AS_NOBODY_WORDS)) {
      examples.push(null);
      skipped++;
      return;
    }
    const facts = quoteFacts(view, qi);
    const source = rel?.source ?? null;
    const right: number[] = [];
    candidates.forEach((c, ci) => {
      if (c.kind === 'none') {
        if (!source) right.push(ci);
      } else if (c.kind === 'token') {
        const it = view.items[c.item]!;
        if (source?.some((s) => overlap(s, it) > 0)) right.push(ci);
      } else if (source && previousSource?.some((p) => source.some((s) => overlap(p, s) > 0))) {
        right.push(ci);
      }
    });
    if (right.length === 0) {
      examples.push(null);
      skipped++;
    } else {
      const keys = candidates.map((c) => keyOf(c, previousKey));
      examples.push({ article: article.name, quote: qi, candidates, features: candidates.map((c) => pack(candidateFeatures(view, facts, c), names)), right, source, keys });
    }
    // Carry-over is trained on the gold source of the quotation before (teacher forcing).
    if (source) {
      const head = lastHead(view, source);
      if (head >= 0) {
        previous = { quote: qi, item: head };
        previousSource = source;
        previousKey = keyOf({ kind: 'token', item: head }, null);
      }
    }
  });
  return { view, examples, skipped };
}

/** The last word that can head a mention inside a gold Source span. */
function lastHead(view: ArticleView, source: Span[]): number {
  let found = -1;
  view.items.forEach((it, i) => {
    if (it.kind === 'word' && source.some((s) => overlap(s, it) > 0)) found = i;
  });
  return found;
}
