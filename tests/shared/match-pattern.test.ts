import { describe, expect, it } from 'vitest';
import { matchesPattern, originPattern } from '../../src/shared/match-pattern.ts';
import { MAJOR_NEWS_DOMAINS, domainsOfPatterns, siteOf } from '../../src/shared/news-sites.ts';

describe('matchesPattern', () => {
  const cases: [string, string, boolean][] = [
    ['*://*.bbc.co.uk/*', 'https://www.bbc.co.uk/news/world-1', true],
    ['*://*.bbc.co.uk/*', 'https://bbc.co.uk/', true],
    ['*://*.bbc.co.uk/*', 'https://notbbc.co.uk/', false],
    ['*://*.bbc.co.uk/*', 'ftp://www.bbc.co.uk/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:5173/article?id=3', true],
    ['http://127.0.0.1/*', 'https://127.0.0.1/', false],
    ['https://a.example/news/*', 'https://a.example/sport/1', false],
    ['<all_urls>', 'https://x.example/', true],
    ['not a pattern', 'https://x.example/', false],
  ];
  for (const [pattern, url, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${url}`, () => expect(matchesPattern(pattern, url)).toBe(expected));
  }
});

describe('originPattern and siteOf', () => {
  const cases: [string, string | null][] = [
    ['https://www.example.com/a/b?c', 'https://www.example.com/*'],
    ['http://localhost:8080/x', 'http://localhost/*'],
    ['chrome://extensions', null],
    ['garbage', null],
  ];
  for (const [url, expected] of cases) it(`origin of ${url}`, () => expect(originPattern(url)).toBe(expected));

  const sites: [string, string][] = [
    ['edition.cnn.com', 'cnn.com'],
    ['www.blog.example', 'blog.example'],
    ['WWW.BBC.CO.UK', 'bbc.co.uk'],
    ['localhost', 'localhost'],
  ];
  for (const [host, site] of sites) it(`site of ${host}`, () => expect(siteOf(host, MAJOR_NEWS_DOMAINS)).toBe(site));
  it('reads the listed domains back from manifest patterns', () =>
    expect(domainsOfPatterns(['*://*.cnn.com/*', 'http://127.0.0.1/*', '*://*.bbc.co.uk/*'])).toEqual(['cnn.com', 'bbc.co.uk']));
});
