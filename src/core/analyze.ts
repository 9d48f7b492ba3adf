// article -> Analysis: the one entry point the background, the CLI and the tests call.

import type { Analysis, ArticleInput, Span, StoryMatch } from './types.ts';
import type { PreparedCorpus } from './prepare-corpus.ts';
import { analysedArticle, storyCatalog } from './prepare-corpus.ts';
import { analyseText, type AnalysedText } from './compare/analysed-text.ts';
import { compareStory, type StoryComparison, type StoryVersionInput } from './compare/compare-story.ts';
import type { PrintedDate } from './compare/date-differences.ts';
import { withEvidenceLinks } from './compare/evidence-links.ts';
import { profileArticle } from './match/article-profile.ts';
import { findStoryCandidate, recogniseCorpusArticle, type StoryFinding } from './match/find-story.ts';
import type { ArticleProfile } from './match/profile.ts';
import { readArticleFacts } from './article-facts.ts';
import { boundText } from './text/bound-text.ts';

export { prepareCorpus, type PreparedCorpus } from './prepare-corpus.ts';

/** Where a corpus article's words sit in the input (a page may carry more than one article). */
function regionOf(text: string, articleText: string | undefined): Span {
  if (!articleText) return { start: 0, end: text.length };
  const paragraphs = articleText.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const first = paragraphs[0]?.slice(0, 80);
  const last = paragraphs[paragraphs.length - 1]?.slice(-80);
  const start = first ? text.indexOf(first) : -1;
  const lastAt = last ? text.indexOf(last, Math.max(0, start)) : -1;
  if (start < 0 || lastAt < 0) return { start: 0, end: text.length };
  return { start, end: lastAt + last!.length };
}

function storyMatch(finding: StoryFinding, prepared: PreparedCorpus, here: AnalysedText, comparison: StoryComparison | null): StoryMatch {
  const story = prepared.stories.get(finding.storyId)!;
  const others = story.articleIds.filter((id) => id !== finding.corpusArticleId);
  const evidence = others.map((id) => finding.evidence.get(id)).filter((e) => e !== undefined);
  const versionIds = new Set(others);
  const versionEntities = new Set(
    others.flatMap((id) => analysedArticle(prepared, id)?.entities.flatMap((e) => (e.id ? [e.id] : [])) ?? []),
  );
  const versionFigures = new Set(
    others.flatMap((id) => analysedArticle(prepared, id)?.sentences.flatMap((s) => s.figures.map((f) => f.value)) ?? []),
  );
  const sharedEntities = here.entities
    .filter((e) => e.id && versionEntities.has(e.id))
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .map((e) => e.name);
  const sharedNumbers = [
    ...new Set(here.sentences.flatMap((s) => s.figures.filter((f) => f.value >= 10 && versionFigures.has(f.value)).map((f) => f.text))),
  ];
  const distances = evidence.map((e) => e.dateDistanceDays).filter((d): d is number => d !== null);
  return {
    id: story.id,
    title: story.title,
    score: round(finding.score),
    basis: {
      sharedEntities,
      sharedQuotes: comparison?.sharedQuotes ?? 0,
      sharedNumbers,
      textSimilarity: round(Math.max(0, ...evidence.map((e) => e.textSimilarity))),
      dateDistanceDays: distances.length ? Math.min(...distances) : null,
    },
    versions: [...versionIds].flatMap((id) => {
      const a = prepared.articles.get(id);
      if (!a) return []; // a version whose text could not be read
      return [{
        articleId: id,
        outlet: a.outlet,
        title: a.title,
        publishedAt: a.publishedAt,
        language: a.language,
        machineTranslated: a.machineTranslated,
        url: a.url,
        similarity: round(finding.evidence.get(id)?.score ?? 0),
      }];
    }),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** An article read and placed (from the index alone): what `compareReading` finishes. */
export interface Reading {
  input: ArticleInput;
  facts: ReturnType<typeof readArticleFacts>;
  here: AnalysedText;
  profile: ArticleProfile;
  /** The story it tells, before its versions' texts are read. */
  candidate: Omit<StoryFinding, 'corpusArticleId'> | null;
}

export function readArticle(whole: ArticleInput, prepared: PreparedCorpus): Reading {
  // Huge input is read up to a bound, so that no page can make the analysis cost more than that.
  const text = boundText(whole.text);
  const input = text === whole.text ? whole : { ...whole, text };
  const facts = readArticleFacts(input);
  const here = analyseText(text, facts.language, prepared.catalog);
  const profile = profileArticle({ text, title: facts.title, language: facts.language, publishedAt: facts.publishedAt }, prepared.catalog, here.entities);
  return { input, facts, here, profile, candidate: findStoryCandidate(profile, prepared) };
}

/** The versions of the story found whose texts are not at hand yet (kept apart, e.g. compressed). */
export function textsNeeded(reading: Reading, prepared: PreparedCorpus): string[] {
  if (!reading.candidate) return [];
  return (prepared.stories.get(reading.candidate.storyId)?.articleIds ?? []).filter((id) => !prepared.articles.has(id));
}

export function analyze(input: ArticleInput, prepared: PreparedCorpus): Analysis {
  return compareReading(readArticle(input, prepared), prepared);
}

/** Compares a read article with the versions of its story whose texts are at hand. */
export function compareReading(reading: Reading, prepared: PreparedCorpus): Analysis {
  const { input, facts, candidate } = reading;
  const text = input.text;
  let here = reading.here;
  const finding: StoryFinding | null = candidate ? { ...candidate, corpusArticleId: recogniseCorpusArticle(candidate.storyId, text, prepared) } : null;
  if (finding) {
    // Now that the story is known, its entities' context-only aliases name them here too.
    const catalog = storyCatalog(prepared, finding.storyId);
    const contextAliases = prepared.compiled.corpus.entities.flatMap((e) => e.contextAliases ?? []);
    if (catalog !== prepared.catalog && contextAliases.some((alias) => text.includes(alias))) here = analyseText(text, facts.language, catalog);
  }

  let comparison: StoryComparison | null = null;
  if (finding) {
    const story = prepared.stories.get(finding.storyId)!;
    const self = finding.corpusArticleId ? prepared.articles.get(finding.corpusArticleId) : undefined;
    const region = regionOf(text, self?.text);
    const versions: StoryVersionInput[] = story.articleIds
      .filter((id) => id !== finding.corpusArticleId)
      .flatMap((id) => {
        const a = prepared.articles.get(id);
        const analysed = analysedArticle(prepared, id);
        return a && analysed
          ? [{ articleId: id, outlet: a.outlet, publishedAt: a.publishedAt, publishedAsPrinted: a.publishedAsPrinted, analysed }]
          : [];
      });
    const publication: PrintedDate | null = facts.publishedAt ? { iso: facts.publishedAt, printed: facts.printedDate } : null;
    comparison = compareStory(here, region, publication, versions);
    comparison = withEvidenceLinks(comparison, versions.map((v) => ({ ...v, url: prepared.articles.get(v.articleId)?.url ?? null })));
  }

  const elsewhere = comparison?.elsewhere ?? [];
  const speakers = here.speakers.map((s) => ({
    ...s,
    elsewhere: elsewhere.filter((e) => s.quotes.includes(e.hereQuote)),
  }));

  return {
    article: {
      title: facts.title,
      siteName: input.siteName ?? null,
      byline: input.byline ?? null,
      url: input.url ?? null,
      publishedAt: facts.publishedAt,
      language: facts.language,
      text,
    },
    corpusArticleId: finding?.corpusArticleId ?? null,
    story: finding ? storyMatch(finding, prepared, here, comparison) : null,
    entities: here.entities,
    quotes: here.quotes,
    speakers,
    differences: comparison?.differences ?? [],
    corpusStories: prepared.stories.size,
  };
}
