// Which addresses an article may carry. A bundled corpus article's host becomes a host permission
// and a content-script match at build time (`*://*.HOST/*`), so its URL must name one ordinary
// web site: http(s), no user name or password (`http://a.b@com/` is the host "com"), no port, no
// IP address, not this computer, and a host that is, or lies under, a registrable domain of a
// public suffix the Public Suffix List knows (never a bare suffix such as "com" or "co.uk",
// which would cover every site under it). Pure: the list comes from the `tldts` package.
//
// Links (the pages of articles in a pack, shown as evidence links) need less: they open a page,
// they grant nothing, so only the scheme and credentials are checked there.

import { parse } from 'tldts';

/** Longer addresses are not pages a reader typed or a site printed. */
export const MAX_URL_CHARS = 2048;

export type UrlVerdict =
  | { ok: true; url: string; host: string }
  | { ok: false; problem: string; fix: string };

/** The address as the `URL` parser reads it, with the checks every article URL must pass. */
function parseWebUrl(value: string): { ok: true; parsed: URL } | Extract<UrlVerdict, { ok: false }> {
  if (value.length > MAX_URL_CHARS) return refuse(`is ${value.length} characters long, more than ${MAX_URL_CHARS}`, 'give the page\'s plain address');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return refuse('is not an http(s) URL', 'give the page\'s full address, such as "https://news.example.com/story"');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return refuse(`uses "${parsed.protocol}", not http or https`, 'give the page\'s http(s) address');
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse(`carries a user name or password before "@" (its host is "${parsed.hostname}")`, 'give the page\'s address without "user@"');
  }
  return { ok: true, parsed };
}

/** For pages that are only linked to (pack articles): http(s), no credentials. */
export function checkLinkUrl(value: string): UrlVerdict {
  const read = parseWebUrl(value);
  if (!read.ok) return read;
  return { ok: true, url: read.parsed.href, host: read.parsed.hostname };
}

/**
 * For a bundled corpus article: the checks above, and a host that names one site. `host` is the
 * site the build grants: the hostname less a leading "www." (when what is left is still a
 * registrable domain: "www.co.uk" stays as it is).
 */
export function checkArticleUrl(value: string): UrlVerdict {
  const read = parseWebUrl(value);
  if (!read.ok) return read;
  const { parsed } = read;
  if (parsed.port !== '') return refuse(`names a port (":${parsed.port}")`, 'give the page\'s address without the port');
  const problem = hostProblem(parsed.hostname);
  if (problem) return refuse(problem, 'give the address of the article\'s page on its outlet\'s site');
  return { ok: true, url: parsed.href, host: siteHost(parsed.hostname) };
}

/** Why `hostname` (as `URL` gives it: lower case, punycode) is not a site, or null when it is one. */
export function hostProblem(hostname: string): string | null {
  if (hostname === '') return 'names no host';
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return `names an IP address (${hostname}), not a site`;
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return `names this computer (${hostname}), not a site`;
  if (hostname.endsWith('.')) return `ends with a dot ("${hostname}")`;
  // Only letters, digits and hyphens: "*" or "_" would change what a match pattern covers.
  if (!hostname.split('.').every((label) => /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(label))) return `has characters a host name cannot have ("${hostname}")`;
  const info = parse(hostname, { allowPrivateDomains: true, extractHostname: false });
  if (info.isIp) return `names an IP address (${hostname}), not a site`;
  if (!info.isIcann && !info.isPrivate) return `ends in ".${info.publicSuffix ?? hostname}", which is not a public domain suffix`;
  if (!info.domain) return `is the public suffix "${hostname}" itself, not a site: it would cover every site under it`;
  return null;
}

/** The hostname less a leading "www." when that leaves a registrable domain or a name under one. */
function siteHost(hostname: string): string {
  if (!hostname.startsWith('www.')) return hostname;
  const rest = hostname.slice(4);
  return hostProblem(rest) === null ? rest : hostname;
}

/** Whether `host` is `domain` or lies under it. */
export function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export interface CorpusHostPermissions {
  /** Hosts to grant beyond the curated list, sorted, each with the articles that name it. */
  added: { host: string; articles: string[] }[];
  /** Articles whose URL cannot be granted; the build refuses to go on. */
  problems: { articleId: string; url: string; problem: string }[];
}

/**
 * The hosts a build grants because corpus articles name them: every article URL checked as
 * above, the hosts under a curated news domain left out (the curated list covers them).
 */
export function corpusHostPermissions(
  articles: readonly { id: string; url?: string | null }[],
  curated: readonly string[],
): CorpusHostPermissions {
  const byHost = new Map<string, string[]>();
  const problems: CorpusHostPermissions['problems'] = [];
  for (const article of articles) {
    if (article.url === null || article.url === undefined) continue;
    const verdict = typeof article.url === 'string' ? checkArticleUrl(article.url) : refuse('is not a string', '');
    if (!verdict.ok) {
      problems.push({ articleId: article.id, url: String(article.url), problem: verdict.problem });
      continue;
    }
    if (curated.some((d) => isUnder(verdict.host, d))) continue;
    byHost.set(verdict.host, [...(byHost.get(verdict.host) ?? []), article.id]);
  }
  const added = [...byHost].map(([host, ids]) => ({ host, articles: ids })).sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  return { added, problems };
}

function refuse(problem: string, fix: string): Extract<UrlVerdict, { ok: false }> {
  return { ok: false, problem, fix };
}
