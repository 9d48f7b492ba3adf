// Quotations Parallax found but could not attribute with confidence: listed, never guessed.
import { isSpeech } from '../core/types.ts';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { quoteAnnotationId } from '../shared/annotation-ids.ts';
import { ShowOnPage } from './ShowOnPage.tsx';

export function UnattributedQuotes({ analysis, tabId, anchored }: { analysis: TabAnalysis; tabId: number; anchored: ReadonlySet<string> }) {
  const attributed = new Set(analysis.speakers.flatMap((s) => s.quotes));
  const quotes = analysis.quotes.map((q, i) => ({ q, i })).filter(({ q, i }) => isSpeech(q) && !attributed.has(i));
  if (!quotes.length) return null;
  return (
    <article class="speaker unattributed" data-testid="unattributed-quotes" aria-label="Speaker not identified">
      <h3>Speaker not identified</h3>
      <p class="meta">Parallax could not tell with confidence who said these.</p>
      <ul class="quotes">
        {quotes.map(({ q, i }) => {
          const id = quoteAnnotationId(i);
          return (
            <li key={id} data-testid="unattributed-quote" data-anchored={String(anchored.has(id))}>
              <blockquote>“{q.text}”</blockquote>
              {anchored.has(id) ? <ShowOnPage tabId={tabId} annotationId={id} label="this quote" /> : <span class="note">Not found on the page</span>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
