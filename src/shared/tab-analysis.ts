// What a tab keeps of its analysis in storage.session: what the popup draws (no article text, no
// entity mentions, quotes reduced to their words), what the page draws (its payload, so that a
// restarted worker answers without analysing again), and the article itself only when it is short
// enough to be added to the reader's corpus. A long text's analysis kept whole took several times
// the text (3.4 MB for one article, of storage.session's 10 MB shared by every tab).
import type { AnalysedArticle, Analysis, ArticleInput, Difference, Quote, Speaker, StoryMatch } from '../core/types.ts';
import { MAX_USER_ARTICLE_CHARS } from '../core/corpus/user-article.ts';

export interface TabAnalysis {
  article: Omit<AnalysedArticle, 'text'>;
  corpusArticleId: string | null;
  story: StoryMatch | null;
  /** Every quote, in order (speakers index into it), with only what the popup shows (its words, and why it names the speaker). */
  quotes: TabQuote[];
  speakers: Speaker[];
  differences: Difference[];
  corpusStories: number;
}

export type TabQuote = Pick<Quote, 'text' | 'kind' | 'confidence' | 'source' | 'cue' | 'carriedFrom' | 'namedAt'>;

export function tabAnalysisOf(analysis: Analysis): TabAnalysis {
  const { text: _text, ...article } = analysis.article;
  return {
    article,
    corpusArticleId: analysis.corpusArticleId,
    story: analysis.story,
    quotes: analysis.quotes.map((q) => ({ text: q.text, kind: q.kind, confidence: q.confidence, source: q.source, cue: q.cue, carriedFrom: q.carriedFrom, namedAt: q.namedAt })),
    speakers: analysis.speakers,
    differences: analysis.differences,
    corpusStories: analysis.corpusStories,
  };
}

/** The article as analysed, kept for "add to my corpus" only when it could be added at all. */
export function keptArticleOf(analysis: Analysis): ArticleInput | null {
  return analysis.article.text.length <= MAX_USER_ARTICLE_CHARS ? { ...analysis.article } : null;
}
