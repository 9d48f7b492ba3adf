// Differences between the quotes of two versions: the same remark in other words
// (`quote-wording`), the same remark given to someone else (`attribution`), and, for the speaker
// cards, how the other version quotes each remark.

import type { Difference, ElsewhereQuote, Quote } from '../types.ts';
import type { AnalysedText } from './analysed-text.ts';
import type { QuotePair } from './quote-pairs.ts';
import { differsInContent, isAbridgedFrom, sameWords, sharedWordRatio } from './word-diff.ts';
import { normalizeForMatch } from '../text/normalize.ts';

export interface VersionRef {
  articleId: string;
  outlet: string;
}

/** Attributions below this confidence are not trusted enough to compare. */
const TRUSTED = 0.6;
/** An attribution note asserts an outlet is wrong: only between attributions this sure. */
const SURE_ATTRIBUTION = 0.8;

function speakerKey(q: Quote): string | null {
  if (q.speakerId) return q.speakerId;
  return q.speaker ? normalizeForMatch(q.speaker) : null;
}

type Agreement = 'same' | 'one-unknown' | 'different' | 'unknown';

function speakersAgree(a: Quote, b: Quote): Agreement {
  const ka = a.confidence >= TRUSTED ? speakerKey(a) : null;
  const kb = b.confidence >= TRUSTED ? speakerKey(b) : null;
  if (ka && kb) {
    if (ka === kb) return 'same';
    // Anonymous and named sources may be the same person: not a disagreement we can assert.
    if (a.anonymous || b.anonymous) return 'unknown';
    return 'different';
  }
  if (ka || kb) return 'one-unknown';
  return 'unknown';
}

export function quoteDifferences(
  here: AnalysedText,
  there: AnalysedText,
  version: VersionRef,
  pairs: QuotePair[],
): { differences: Omit<Difference, 'id'>[]; elsewhere: ElsewhereQuote[] } {
  const differences: Omit<Difference, 'id'>[] = [];
  const elsewhere: ElsewhereQuote[] = [];
  for (const pair of pairs) {
    const qh = here.quotes[pair.here]!;
    const qt = there.quotes[pair.there]!;
    const agreement = speakersAgree(qh, qt);
    const identical = sameWords(qh.text, qt.text);
    if (agreement === 'different') {
      // Saying an outlet gave a remark to the wrong person needs both attributions to be sure.
      if (pair.containment < 0.7 || Math.min(qh.confidence, qt.confidence) < SURE_ATTRIBUTION) continue;
      differences.push({
        kind: 'attribution',
        speaker: qh.speaker,
        here: { text: qh.text, start: qh.start, end: qh.end },
        there: { text: qt.text, outlet: version.outlet, articleId: version.articleId, start: qt.start, end: qt.end },
        explanation: `${version.outlet} gives these words to ${qt.speaker}; here they are ${qh.speaker}'s.`,
        confidence: Math.min(qh.confidence, qt.confidence) * pair.containment,
      });
      continue;
    }
    if (agreement === 'unknown' && !(identical && qh.speaker === null && qt.speaker === null)) continue;
    elsewhere.push({
      outlet: version.outlet,
      articleId: version.articleId,
      text: qt.text,
      hereQuote: pair.here,
      diff: identical ? null : pair.diff,
    });
    if (identical || pair.relation !== 'reworded' || !differsInContent(qh.text, qt.text)) continue;
    if (isAbridgedFrom(qh.text, qt.text) || isAbridgedFrom(qt.text, qh.text)) continue;
    // A fragment quoted inside indirect speech adapts pronouns and tense ("everything in our
    // power" / "everything in its power"): only renderings of comparable length are rewordings.
    const lengths = [qh.text, qt.text].map((t) => t.split(/\s+/).length);
    if (Math.min(...lengths) < 4 || Math.min(...lengths) / Math.max(...lengths) < 0.5) continue;
    // Rewording must leave a recognisable remark: most words kept on at least one side.
    const ratio = sharedWordRatio(pair.diff);
    if (Math.max(ratio.here, ratio.there) < 0.25) continue;
    const speaker = qh.speaker ?? qt.speaker;
    differences.push({
      kind: 'quote-wording',
      speaker,
      here: { text: qh.text, start: qh.start, end: qh.end },
      there: { text: qt.text, outlet: version.outlet, articleId: version.articleId, start: qt.start, end: qt.end },
      explanation: `${version.outlet} quotes ${speaker ?? 'the same remark'} in different words.`,
      diff: pair.diff,
      confidence: pair.containment * (agreement === 'same' ? 1 : 0.7),
    });
  }
  return { differences, elsewhere };
}
