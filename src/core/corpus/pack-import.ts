// A pack imported into the reader's corpus (the popup's "Import a pack…"): its articles become
// remembered articles, each read and profiled as a page would be and placed against the reader's
// corpus, so that thousands join without being grouped again. Two steps, like a page's analysis:
// `readPackForImport` reads every article and finds the story each tells from the index alone;
// the caller fetches the texts of those stories' versions kept apart (`packTextsNeeded`);
// `planPackImport` then leaves out what the corpus already holds and gives the records to store.
//
// Placement trusts the pack's grouping (it was made by the engine, or by the reader's corpus
// on another device): the articles of one pack story stay together. They join the corpus story
// one of them already is in (an article the corpus holds), else the one the closest of them is
// found to tell, else they found a story of their own (never under the pack's story id, which
// may name another story here). Pure.

import { readArticle, textsNeeded, type Reading } from '../analyze.ts';
import type { PreparedCorpus } from '../prepare-corpus.ts';
import { recogniseCorpusArticle } from '../match/find-story.ts';
import { storyIdFor } from '../match/group-stories.ts';
import { compactAgainst } from '../match/story-index.ts';
import { textKey } from './ingest.ts';
import type { CorpusPack } from './pack.ts';
import { rememberedId, type RememberedRecord } from './remembered.ts';
import type { CorpusArticle } from './types.ts';
import { checkUserArticle, normalizeUserText, userArticleId, type UserArticleRefusal } from './user-article.ts';

/** Why an article of the pack is not imported: the corpus holds it, or the pack holds it twice. */
export type SkipReason = 'in-corpus' | 'twice-in-pack';

export interface SkippedArticle {
  /** 1-based, in pack order. */
  number: number;
  title: string;
  reason: SkipReason;
  /** The corpus (or pack) article it repeats. */
  sameAs: string;
}

interface ArticleReading {
  number: number;
  article: CorpusArticle;
  text: string;
  id: string;
  /** Already in the corpus (same words) or earlier in the pack, found before any profiling. */
  known: { sameAs: string; storyId: string | null; reason: SkipReason } | null;
  reading: Reading | null;
}

export interface PackImportReading {
  importedAt: string;
  stories: { id: string; title: string; articles: ArticleReading[] }[];
}

export type PackImportRead = { ok: true; reading: PackImportReading } | { ok: false; message: string };

const REASONS: Record<UserArticleRefusal['reason'], string> = {
  'empty': 'it has no text',
  'not-prose': 'it has fewer than 60 words of running prose (a list or a teaser, not an article)',
  'too-long': 'its text is longer than an article may be',
  'bad-date': 'its publication date is not one Parallax can use',
  'bad-id': 'its text is damaged',
  'duplicate': 'it repeats another article',
};

function describeRefusal(number: number, article: CorpusArticle, refusal: UserArticleRefusal): string {
  const detail = refusal.reason === 'bad-date' || refusal.reason === 'too-long' ? refusal.message : REASONS[refusal.reason];
  return `article ${number} ("${article.title.slice(0, 80)}") cannot join your corpus: ${detail}; nothing was imported`;
}

/**
 * Reads every article of an accepted pack against the reader's corpus (the one analyses run
 * against: bundled, added and remembered articles). An article that could not be part of a
 * reader's corpus at all (too little prose, a date in the future) refuses the whole pack: an
 * import is all or nothing.
 */
export function readPackForImport(pack: CorpusPack, prepared: PreparedCorpus, importedAt: string): PackImportRead {
  const corpusKeys = new Map<string, string>();
  for (const a of prepared.articles.values()) corpusKeys.set(textKey(a.text), a.id);
  const packKeys = new Map<string, string>();
  const readings = new Map<string, ArticleReading>();
  for (const [i, article] of pack.corpus.corpus.articles.entries()) {
    const text = normalizeUserText(article.text);
    const refusal = checkUserArticle({
      id: userArticleId(text), title: article.title, siteName: article.outlet, byline: article.byline, url: article.url,
      publishedAt: article.publishedAt, language: article.language, text, addedAt: importedAt,
    });
    if (refusal) return { ok: false, message: describeRefusal(i + 1, article, refusal) };
    const key = textKey(text);
    const id = rememberedId(text);
    // The same words as an article the corpus holds: bundled or added (texts at hand), or
    // remembered (whose id is the hash of the same key); or as one earlier in this pack.
    const inCorpus = corpusKeys.get(key) ?? [id, userArticleId(text)].find((k) => prepared.storyOfArticle.has(k));
    const inPack = packKeys.get(key);
    const known = inCorpus ? { sameAs: inCorpus, storyId: prepared.storyOfArticle.get(inCorpus) ?? null, reason: 'in-corpus' as const }
      : inPack ? { sameAs: inPack, storyId: null, reason: 'twice-in-pack' as const }
      : null;
    packKeys.set(key, article.id);
    const input = { text, title: article.titleDescribed ? null : article.title, byline: article.byline, siteName: article.outlet, url: article.url, publishedAt: article.publishedAt, language: article.language };
    readings.set(article.id, { number: i + 1, article, text, id, known, reading: known ? null : readArticle(input, prepared) });
  }
  const stories = pack.corpus.corpus.stories.map((s) => ({ id: s.id, title: s.title, articles: s.articleIds.map((id) => readings.get(id)!) }));
  return { ok: true, reading: { importedAt, stories } };
}

/** The versions, kept apart, of the stories the pack's articles tell: needed to recognise an article the corpus holds. */
export function packTextsNeeded(reading: PackImportReading, prepared: PreparedCorpus): string[] {
  const ids = new Set<string>();
  for (const s of reading.stories) for (const a of s.articles) if (a.reading) for (const id of textsNeeded(a.reading, prepared)) ids.add(id);
  return [...ids];
}

export interface PackImportPlan {
  /** What to store, in pack order: every article the corpus does not hold yet. */
  records: { record: RememberedRecord; text: string }[];
  skipped: SkippedArticle[];
  /** Stories of the corpus the articles joined, and the ones they found. */
  joined: number;
  founded: number;
}

/**
 * The records to store. `siteOf` gives the settings key of an article's address (the site
 * "forget this site" forgets it with), or a name for articles with none.
 */
export function planPackImport(reading: PackImportReading, prepared: PreparedCorpus, siteOf: (url: string | null) => string): PackImportPlan {
  const records: { record: RememberedRecord; text: string; number: number }[] = [];
  const skipped: SkippedArticle[] = [];
  const joinedStories = new Set<string>();
  let founded = 0;
  for (const story of reading.stories) {
    // Recognised by its words within the story it was found to tell (a page that carries a
    // corpus article plus some furniture is that article), as a page is.
    for (const a of story.articles) {
      if (a.known || !a.reading?.candidate) continue;
      const sameAs = recogniseCorpusArticle(a.reading.candidate.storyId, a.text, prepared);
      if (sameAs) a.known = { sameAs, storyId: a.reading.candidate.storyId, reason: 'in-corpus' };
    }
    const fresh = story.articles.filter((a) => !a.known);
    for (const a of story.articles) {
      if (a.known) skipped.push({ number: a.number, title: a.article.title, reason: a.known.reason, sameAs: a.known.sameAs });
    }
    if (fresh.length === 0) continue;
    const place = storyFor(story.articles, prepared);
    const storyId = place?.id ?? storyIdFor(fresh[0]!.id);
    const storyTitle = place?.title ?? story.title;
    if (place) joinedStories.add(place.id);
    else founded += 1;
    for (const a of fresh) {
      const { article } = a;
      records.push({
        number: a.number,
        text: a.text,
        record: {
          id: a.id, site: siteOf(article.url), title: article.title, outlet: article.outlet, siteName: article.outlet,
          byline: article.byline, url: article.url, publishedAt: storedDate(article.publishedAt), language: storedLanguage(article.language),
          readAt: reading.importedAt, storyId, storyTitle, profile: compactAgainst(a.reading!.profile, prepared.index), chars: a.text.length,
        },
      });
    }
  }
  records.sort((x, y) => x.number - y.number);
  skipped.sort((x, y) => x.number - y.number);
  return { records: records.map(({ record, text }) => ({ record, text })), skipped, joined: joinedStories.size, founded };
}

/** The corpus story a pack story's articles join: the one an article already is in, else the closest one found. */
function storyFor(articles: ArticleReading[], prepared: PreparedCorpus): { id: string; title: string } | null {
  const held = articles.find((a) => a.known?.reason === 'in-corpus' && a.known.storyId && prepared.stories.has(a.known.storyId));
  let id = held?.known?.storyId ?? null;
  if (!id) {
    let best = -Infinity;
    for (const a of articles) {
      const c = a.reading?.candidate;
      if (c && prepared.stories.has(c.storyId) && c.score > best) [id, best] = [c.storyId, c.score];
    }
  }
  const story = id ? prepared.stories.get(id) : undefined;
  return story ? { id: story.id, title: story.title } : null;
}

// The pack format allows a little more than a remembered record keeps (which reads a longer
// value as damage): an overlong date keeps its day, an overlong language tag its language.
function storedDate(date: string | null): string | null {
  return date && date.length > 64 ? date.slice(0, 10) : date;
}

function storedLanguage(language: string): string {
  return language.length > 35 ? language.split('-')[0]! : language;
}
