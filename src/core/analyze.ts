// article -> Analysis: the one entry point the background, the CLI and the tests call.

import type { Analysis, ArticleInput, Span, StoryMatch } from './types.ts';
import type { PreparedCorpus } from './prepare-corpus.ts';
import { analysedArticle, storyCatalog } from './prepare-corpus.ts';
import { analyseText, type AnalysedText } from './compare/analysed-text.ts';
import { compareStory, type StoryComparison, type StoryVersionInput } from './compare/compare-story.ts';
import type { PrintedDate } from './compare/date-differences.ts';
import { withEvidenceLinks } from './compare/evidence-links.ts';
import { profileArticle } from './match/article-profile.ts';
import { findStory, type StoryFinding } from './match/find-story.ts';
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
    versions: [...versionIds].map((id) => {
      const a = prepared.articles.get(id)!;
      return {
        articleId: id,
        outlet: a.outlet,
        title: a.title,
        publishedAt: a.publishedAt,
        language: a.language,
        machineTranslated: a.machineTranslated,
        url: a.url,
        similarity: round(finding.evidence.get(id)?.score ?? 0),
      };
    }),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function analyze(input: ArticleInput, prepared: PreparedCorpus): Analysis {
  // Huge input is read up to a bound, so that no page can make the analysis cost more than that.
  const text = boundText(input.text);
  const facts = readArticleFacts(text === input.text ? input : { ...input, text });
  let here = analyseText(text, facts.language, prepared.catalog);
  const profile = profileArticle({ text, title: facts.title, language: facts.language, publishedAt: facts.publishedAt }, prepared.catalog, here.entities);
  const finding = findStory(profile, text, prepared);
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
