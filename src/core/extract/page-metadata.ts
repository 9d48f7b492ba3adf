// What a page says about its article outside the body: meta tags (Open Graph, article:*, Dublin
// Core, Parse.ly, plain name=date), JSON-LD, <time datetime>, <html lang>. Read-only. The canonical
// URL is kept as metadata only: Parallax never matches articles by URL.

import { parsePrintedDate } from '../text/dates.ts';
import { readJsonLdArticle } from './json-ld.ts';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date or date-time, as precise as the page states it. */
  publishedAt: string | null;
  /** Primary language subtag ("en", "de", "no"), or null when the page does not say. */
  language: string | null;
  url: string | null;
}

/** Meta tags by lower-cased name/property/itemprop, first value wins. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'cxenseparse:recs:publishtime',
  'og:published_time', 'published_time',
];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const TITLE_KEYS = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'headline'];

/** A machine date (ISO or a printed one) as ISO 8601; null when it is no date. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?/u.exec(v);
  if (iso) {
    // CMS placeholders ("0001-01-01T00:00:00Z") are no date.
    const year = Number(iso[1]!.slice(0, 4));
    if (year < 1900 || year > 2100) return null;
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2}):?(\d{2})$/u, '$1:$2')) : '';
    return iso[2] ? `${iso[1]}T${iso[2]}${zone}` : iso[1]!;
  }
  const printed = parsePrintedDate(v);
  return printed && !printed.iso.startsWith('--') ? printed.iso : null;
}

export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_]|$)/iu.exec(tag.trim()) : null;
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return code === 'nb' || code === 'nn' || code === 'nob' ? 'no' : code;
}

const notUrl = (s: string | undefined | null) => (s && !/^(?:https?:)?\/\//u.test(s) ? s : null);

function timeElementDate(doc: Document): string | null {
  const time =
    doc.querySelector('time[pubdate][datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]') ??
    doc.querySelector('article time[datetime], time[datetime]');
  return normalizeDate(time?.getAttribute('datetime') ?? time?.getAttribute('content'));
}

// Elements that print the article's date ("Posted: Fri 6:45 PM, Feb 16, 2018"), and those that
// print another one (an update, a related story's, today's date in the masthead).
const PRINTED_DATE_SELECTOR =
  '[itemprop="datePublished"], time, [class*="date" i], [class*="publish" i], [class*="posted" i], [class*="timestamp" i], [id*="date" i]';
const NOT_PUBLICATION = /updat|modif|edit|current|today|weather|clock|comment|related|recommend|teaser|card|promo/iu;
const MAX_PRINTED_CANDIDATES = 40;

/** The first publication date printed in the page's date elements, when no tag states one. */
function printedDate(doc: Document): string | null {
  const candidates = Array.from(doc.querySelectorAll(PRINTED_DATE_SELECTOR)).slice(0, MAX_PRINTED_CANDIDATES);
  for (const el of candidates) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NOT_PUBLICATION.test(name) || el.closest('script, style')) continue;
    const text = el.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
    if (!text || text.length > 160) continue;
    const found = parsePrintedDate(text, { language: primaryLanguage(doc.documentElement?.getAttribute('lang')) ?? 'en' });
    if (found && !found.iso.startsWith('--')) return found.iso;
  }
  return null;
}

function documentTitle(doc: Document, siteName: string | null): string | null {
  const raw = doc.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim();
  if (!raw) return null;
  // The page's one headline, when the title merely adds the outlet to it.
  const h1s = doc.getElementsByTagName('h1');
  const h1 = h1s.length === 1 ? h1s[0]!.textContent?.replace(/\s+/gu, ' ').trim() : null;
  if (h1 && h1.length >= 15 && raw.startsWith(h1)) return h1;
  // "Headline | Outlet" / "Headline - Outlet": drop the outlet part when it is the site's name
  // or short enough to be one.
  const parts = raw.split(/\s+[|–—-]\s+|\s+[|:»·]\s+/u);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if ((siteName && last.toLowerCase().includes(siteName.toLowerCase())) || last.split(' ').length <= 3) {
      return parts.slice(0, -1).join(' - ');
    }
  }
  return raw;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const meta = metaMap(doc);
  const ld = readJsonLdArticle(doc);
  const first = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;

  const siteName = first(SITE_KEYS) ?? ld?.publisher ?? null;
  const relAuthor = doc.querySelector('a[rel="author"], [itemprop="author"] [itemprop="name"]')?.textContent?.trim();
  const byline = (ld?.authors.length ? ld.authors.join(', ') : null) ?? notUrl(first(AUTHOR_KEYS)) ?? (relAuthor || null);

  let publishedAt = normalizeDate(ld?.datePublished);
  for (const key of DATE_KEYS) {
    if (publishedAt) break;
    publishedAt = normalizeDate(meta.get(key));
  }
  publishedAt ??= timeElementDate(doc) ?? printedDate(doc);

  const language =
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
    primaryLanguage(meta.get('og:locale')) ??
    primaryLanguage(meta.get('content-language')) ??
    primaryLanguage(ld?.language);

  const canonical = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href')?.trim();
  return {
    title: ld?.headline ?? first(TITLE_KEYS) ?? documentTitle(doc, siteName),
    byline: byline?.replace(/^by\s+/iu, '').trim() || null,
    siteName,
    publishedAt,
    language,
    url: canonical || meta.get('og:url') || ld?.url || null,
  };
}
