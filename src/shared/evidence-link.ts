// The evidence link as the popup and the page's cards offer it: "Read in <Outlet>, <date>",
// opening the other article at the passage in a new tab. Only http(s) addresses become links.
import type { Analysis } from '../core/types.ts';

/** The link when it is an absolute http(s) URL, else null (never a javascript: or data: one). */
export function safeEvidenceHref(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "8 Sept 2021" from an ISO date or date-time; the input itself when it is not a date. */
export function readableDate(iso: string | null | undefined, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Which outlet and when: "Coastal Courier, 3 Mar 2027" (the outlet alone when undated). */
export function outletAndDate(outlet: string, publishedAt: string | null | undefined, locale?: string): string {
  const date = readableDate(publishedAt, locale);
  return date ? `${outlet}, ${date}` : outlet;
}

export function evidenceLabel(outlet: string, publishedAt: string | null | undefined, locale?: string): string {
  return `Read in ${outletAndDate(outlet, publishedAt, locale)}`;
}

/** What a link element needs: opens in a new tab, tells the other site nothing about this page. */
export const EVIDENCE_LINK_ATTRIBUTES = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** When another version of the story was published (from the story's versions), if known. */
export function versionPublishedAt(analysis: Pick<Analysis, 'story'>, articleId: string | undefined): string | null {
  return analysis.story?.versions.find((v) => v.articleId === articleId)?.publishedAt ?? null;
}
