// One difference: both sides quoted, the other outlet named, why Parallax believes it (its
// confidence and evidence), and "show on page" when it is marked.
import type { Difference } from '../core/types.ts';
import { differenceAnnotationId } from '../shared/annotation-ids.ts';
import { outletAndDate } from '../shared/evidence-link.ts';
import { DiffText } from './DiffText.tsx';
import { EvidenceLink } from './EvidenceLink.tsx';
import { ShowOnPage } from './ShowOnPage.tsx';

interface Props {
  difference: Difference;
  tabId: number;
  anchored: ReadonlySet<string>;
  /** When the other version was published (its outlet and date are named with its words). */
  therePublishedAt?: string | null;
}

export function DifferenceItem({ difference: d, tabId, anchored, therePublishedAt = null }: Props) {
  const id = differenceAnnotationId(d.id);
  const isAnchored = anchored.has(id);
  return (
    <li class="difference" data-testid="difference" data-kind={d.kind} data-anchored={String(isAnchored)}>
      <p class="explanation">{d.explanation}</p>
      <div class="sides">
        {d.here && (
          <div class="side">
            <span class="side-label">This article</span>
            <p>“<DiffText parts={d.diff} side="here" fallback={d.here.text} />”</p>
          </div>
        )}
        {d.there && (
          <div class="side">
            <span class="side-label">{outletAndDate(d.there.outlet, therePublishedAt)}</span>
            <p>“<DiffText parts={d.diff} side="there" fallback={d.there.text} />”</p>
          </div>
        )}
      </div>
      <p class="why" data-testid="why">
        {`${Math.round(d.confidence * 100)}% sure`}
        {d.evidence?.length ? `: ${d.evidence.join('; ')}` : ''}
      </p>
      {d.there && <EvidenceLink link={d.there.link} outlet={d.there.outlet} publishedAt={therePublishedAt} />}
      {isAnchored ? (
        <ShowOnPage tabId={tabId} annotationId={id} label="this difference" />
      ) : (
        <span class="note">{d.here ? 'Not found on the page' : 'Not in this article'}</span>
      )}
    </li>
  );
}
