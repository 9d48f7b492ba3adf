// Sites Parallax annotates out of the box: major news outlets in the corpus's languages. The build
// turns this list (plus the hosts of corpus articles that carry a URL) into the manifest's static
// content-script matches and host permissions; every other site is switched on from the popup.
// Keep it in step with docs/extension.md.

export const MAJOR_NEWS_DOMAINS: readonly string[] = [
  // International and wire services
  'apnews.com', 'reuters.com', 'afp.com', 'aljazeera.com', 'france24.com', 'dw.com', 'euronews.com',
  // United States
  'nytimes.com', 'washingtonpost.com', 'cnn.com', 'npr.org', 'nbcnews.com', 'cbsnews.com',
  'abcnews.go.com', 'usatoday.com', 'politico.com', 'axios.com', 'latimes.com', 'wsj.com', 'foxnews.com',
  // United Kingdom and Ireland
  'bbc.com', 'bbc.co.uk', 'theguardian.com', 'independent.co.uk', 'telegraph.co.uk', 'ft.com',
  'news.sky.com', 'irishtimes.com',
  // Canada, Australia
  'cbc.ca', 'theglobeandmail.com', 'lapresse.ca', 'abc.net.au', 'smh.com.au',
  // South Asia
  'dawn.com', 'tribune.com.pk', 'thenews.com.pk', 'geo.tv', 'arynews.tv', 'thehindu.com', 'ndtv.com',
  'hindustantimes.com', 'indianexpress.com', 'bssnews.net',
  // German-speaking
  'spiegel.de', 'zeit.de', 'faz.net', 'sueddeutsche.de', 'tagesschau.de', 'welt.de', 'dw.de',
  'nzz.ch', 'derstandard.at', 'jungewelt.de',
  // French-speaking
  'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'francetvinfo.fr', 'rfi.fr', 'ledevoir.com', 'rts.ch',
  // Nordic
  'nrk.no', 'aftenposten.no', 'abcnyheter.no', 'svt.se', 'dn.se', 'yle.fi', 'dr.dk',
];

/** The site a host belongs to for settings: the listed domain it falls under, else the host less "www.". */
export function siteOf(hostname: string, defaults: readonly string[]): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const listed = defaults.find((d) => host === d || host.endsWith(`.${d}`));
  return listed ?? host.replace(/^www\./, '');
}

/** The match pattern covering a listed domain and its subdomains, on http and https. */
export function domainPattern(domain: string): string {
  return `*://*.${domain}/*`;
}

/** The domains behind a manifest's "*://*.domain/*" patterns (the build writes one per listed site). */
export function domainsOfPatterns(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(p)?.[1] ?? []);
}
