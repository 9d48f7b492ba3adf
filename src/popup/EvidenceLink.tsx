// "Read in <Outlet>, <date>": the other article, opened in a new tab at the passage (a text
// fragment). Nothing is shown unless the link is an http(s) URL.
import { EVIDENCE_LINK_ATTRIBUTES, evidenceLabel, safeEvidenceHref } from '../shared/evidence-link.ts';

export function EvidenceLink({ link, outlet, publishedAt }: { link: string | null | undefined; outlet: string; publishedAt: string | null }) {
  const href = safeEvidenceHref(link);
  if (!href) return null;
  return (
    <a class="evidence" data-testid="evidence-link" href={href} {...EVIDENCE_LINK_ATTRIBUTES}>
      {evidenceLabel(outlet, publishedAt)}
      <span class="sr-only"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
