// One speaker on this page (anonymous sources included and labelled): their quotes here, how other
// outlets quoted the same remarks, and a way to find each quote on the page.
import { isSpeech, type Speaker } from '../core/types.ts';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { quoteAnnotationId } from '../shared/annotation-ids.ts';
import { plural } from '../shared/diff-sides.ts';
import { outletAndDate, versionPublishedAt } from '../shared/evidence-link.ts';
import { AttributionWhy } from './AttributionWhy.tsx';
import { DiffText } from './DiffText.tsx';
import { EvidenceLink } from './EvidenceLink.tsx';
import { ShowOnPage } from './ShowOnPage.tsx';

interface Props {
  speaker: Speaker;
  analysis: TabAnalysis;
  tabId: number;
  anchored: ReadonlySet<string>;
}

export function SpeakerCard({ speaker, analysis, tabId, anchored }: Props) {
  const publishedAt = (articleId: string) => versionPublishedAt(analysis, articleId);
  const quotes = speaker.quotes.map((i) => ({ i, quote: analysis.quotes[i] })).filter((q) => !!q.quote && isSpeech(q.quote));
  return (
    <article class={`speaker tint-${speaker.tint % 8}`} data-testid="speaker-card" data-speaker-id={speaker.id ?? speaker.key} data-anonymous={String(speaker.anonymous)} aria-label={speaker.name}>
      <h3>
        <span class="swatch" aria-hidden="true" />
        {speaker.anonymous ? <span class="anon-name">{speaker.name}</span> : speaker.name}
        {speaker.anonymous && <span class="tag" title="The article does not name this source">anonymous source</span>}
      </h3>
      {speaker.role && <p class="role">{speaker.role}</p>}
      {speaker.description && !speaker.anonymous && <p class="desc">{speaker.description}</p>}
      <p class="meta">{plural(quotes.length, 'quote')} here</p>
      <ul class="quotes">
        {quotes.map(({ i, quote }) => {
          const id = quoteAnnotationId(i);
          const others = speaker.elsewhere.filter((e) => e.hereQuote === i);
          return (
            <li key={id} data-testid="speaker-quote" data-anchored={String(anchored.has(id))}>
              <blockquote>“{quote!.text}”</blockquote>
              <AttributionWhy quote={quote!} quotes={analysis.quotes} />
              {others.map((e) => (
                <div key={e.articleId} class="elsewhere" data-testid="elsewhere">
                  <span class="outlet-name">{outletAndDate(e.outlet, publishedAt(e.articleId))}:</span> “<DiffText parts={e.diff} side="there" fallback={e.text} />”
                  <EvidenceLink link={e.link} outlet={e.outlet} publishedAt={publishedAt(e.articleId)} />
                </div>
              ))}
              {anchored.has(id) ? <ShowOnPage tabId={tabId} annotationId={id} label={`this quote from ${speaker.name}`} /> : <span class="note">Not found on the page</span>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
