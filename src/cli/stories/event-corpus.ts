// A corpus of event-labelled articles (ECB+: `index.json` of `{file, topic, event}`), compiled
// in memory through the same path as the seeds: a fixed share of each event's articles goes
// into the corpus, the rest are the queries.
//
// ECB+ prints no publication dates. The compiler wants one per document, so each gets a
// placeholder and every article's override sets `publishedAt: null`: no date evidence, for or
// against, enters any comparison (a shared placeholder would make every pair "same day").

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileCorpus, type CorpusInput } from '../../core/corpus/compile.ts';
import { formatCorpusError } from '../../core/corpus/errors.ts';
import { ingestText, textKey } from '../../core/corpus/ingest.ts';
import type { CompiledCorpus } from '../../core/corpus/compiled.ts';

export interface EventArticle {
  file: string;
  topic: number;
  event: string;
  url: string | null;
}

export interface EventSplit {
  corpus: EventArticle[];
  queries: EventArticle[];
}

export function readEventIndex(dir: string): EventArticle[] {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as EventArticle[];
}

/**
 * Articles whose text (any piece ingest splits off) repeats an earlier one in file order are left
 * out: a corpus holds a text once, and a query that is a corpus text proves nothing.
 */
export function withoutDuplicates(dir: string, articles: EventArticle[]): { kept: EventArticle[]; dropped: EventArticle[] } {
  const seen = new Set<string>();
  const kept: EventArticle[] = [];
  const dropped: EventArticle[] = [];
  for (const a of [...articles].sort((x, y) => (x.file < y.file ? -1 : 1))) {
    const keys = ingestText(readEventText(dir, a)).articles.map((found) => textKey(found.body.join('\n\n')));
    if (keys.some((k) => seen.has(k))) dropped.push(a);
    else {
      keys.forEach((k) => seen.add(k));
      kept.push(a);
    }
  }
  return { kept, dropped };
}

/** Per event, articles in file order: every other one into the corpus (the first included), the rest are queries. */
export function splitEvents(articles: EventArticle[]): EventSplit {
  const byEvent = new Map<string, EventArticle[]>();
  for (const a of articles) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a]);
  const split: EventSplit = { corpus: [], queries: [] };
  for (const list of byEvent.values()) {
    [...list].sort((a, b) => (a.file < b.file ? -1 : 1)).forEach((a, i) => (i % 2 === 0 ? split.corpus : split.queries).push(a));
  }
  return split;
}

/** An article's text. A few ECB+ files carry U+FFFD where the original had a character lost in conversion: a space stands in for it. */
export function readEventText(dir: string, a: EventArticle): string {
  return readFileSync(join(dir, a.file), 'utf8').replace(/\uFFFD/g, ' ');
}

export const documentId = (a: EventArticle) => basename(a.file).replace(/\.txt$/, '');

const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/**
 * The corpus input for these articles. `order` lists them in the order they are "added": document
 * ids carry that position first (as `corpus add` numbers them), so the compiler sees them in it.
 */
export function eventCorpusInput(dir: string, order: EventArticle[]): { input: CorpusInput; idOf: Map<string, string> } {
  const texts: Record<string, string> = {};
  const idOf = new Map<string, string>();
  const documents = order.map((a, i) => {
    const id = `${String(i).padStart(4, '0')}_${documentId(a)}`;
    idOf.set(a.file, id);
    const raw = readEventText(dir, a);
    texts[`${id}.txt`] = raw;
    const articles = ingestText(raw).articles.map((found) => ({ n: found.n, publishedAt: null }));
    return {
      id,
      file: `${id}.txt`,
      outlet: 'ECB+',
      outletDescribed: true,
      byline: null,
      agency: null,
      publishedAt: '2000-01-01',
      publishedAsPrinted: null,
      language: 'en',
      machineTranslated: false,
      url: a.url && HTTP_URL.test(a.url) ? a.url : null,
      articles,
    };
  });
  return {
    input: { root: dir, documentsJson: JSON.stringify({ documents }), entitiesJson: JSON.stringify({ entities: [] }), texts },
    idOf,
  };
}

export function compileEventCorpus(input: CorpusInput): CompiledCorpus {
  const result = compileCorpus(input);
  if (!result.ok) throw new Error(`the event corpus does not compile:\n${result.errors.slice(0, 10).map(formatCorpusError).join('\n')}`);
  return result.compiled;
}

/** A seeded shuffle (mulberry32), so that "another order" is the same on every run. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
