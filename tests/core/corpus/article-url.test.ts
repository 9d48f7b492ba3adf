// Article URLs become host permissions in the production build: only addresses that name one
// ordinary site may pass, and a link-only address (packs) must at least be http(s) without
// credentials.
import { describe, expect, it } from 'vitest';
import { checkArticleUrl, checkLinkUrl, corpusHostPermissions, hostProblem } from '../../../src/core/corpus/article-url.ts';
import { MAJOR_NEWS_DOMAINS } from '../../../src/shared/news-sites.ts';

describe('checkArticleUrl', () => {
  it.each([
    ['https://news.example.com/2021/story', 'news.example.com'],
    ['https://www.example.co.uk/a', 'example.co.uk'],
    ['http://EXAMPLE.org/a?b=c#d', 'example.org'],
    ['https://www.co.uk/', 'www.co.uk'], // "www" is the registrable label here: stripping it would leave a bare suffix
    ['https://bücher.de/artikel', 'xn--bcher-kva.de'],
    ['https://someone.github.io/post', 'someone.github.io'],
    ['https://example.com:443/a', 'example.com'], // the default port is no port
  ])('accepts %s as the site %s', (url, host) => {
    expect(checkArticleUrl(url)).toMatchObject({ ok: true, host });
  });

  it.each([
    ['http://a.b@com/', /user name or password.*"com"/],
    ['https://user:secret@example.com/', /user name or password/],
    ['https://example.com:8080/', /port/],
    ['http://example.com:443/', /port/],
    ['http://127.0.0.1/a', /IP address/],
    ['http://2130706433/', /IP address/], // 127.0.0.1 written as one number
    ['http://[::1]/', /IP address/],
    ['http://93.184.216.34/', /IP address/],
    ['http://localhost/a', /this computer/],
    ['http://app.localhost/', /this computer/],
    ['https://com/', /public suffix "com"/],
    ['https://co.uk/', /public suffix "co.uk"/],
    ['https://github.io/', /public suffix "github.io"/], // a suffix from the list's private section
    ['https://gazette.example/', /not a public domain suffix/],
    ['https://printer.local/', /not a public domain suffix/],
    ['https://example.com./', /ends with a dot/],
    ['http://*.com/', /characters a host name cannot have/],
    ['http://a_b.example.com/', /characters a host name cannot have/],
    ['ftp://example.com/file', /not http or https/],
    ['javascript:alert(1)', /not http or https/],
    ['gazette', /not an http\(s\) URL/],
    [`https://example.com/${'a'.repeat(2100)}`, /characters long/],
  ])('refuses %s', (url, problem) => {
    const verdict = checkArticleUrl(url);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.problem).toMatch(problem);
      expect(verdict.fix.length).toBeGreaterThan(5);
    }
  });

  it('every curated news domain is a site by the same rule', () => {
    expect(MAJOR_NEWS_DOMAINS.filter((d) => hostProblem(d) !== null)).toEqual([]);
  });
});

describe('checkLinkUrl', () => {
  it('accepts any http(s) page, ports and loopback included (a link grants nothing)', () => {
    expect(checkLinkUrl('http://127.0.0.1:8123/story.html')).toMatchObject({ ok: true });
    expect(checkLinkUrl('https://news.example.com/a')).toMatchObject({ ok: true });
  });
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'http://a.b@com/', 'not a url'])('refuses %s', (url) => {
    expect(checkLinkUrl(url).ok).toBe(false);
  });
});

describe('corpusHostPermissions', () => {
  it('lists the hosts beyond the curated list with their articles, and every URL that cannot be granted', () => {
    const result = corpusHostPermissions(
      [
        { id: 'a-1', url: 'https://www.riverside-gazette.com/x' },
        { id: 'a-2', url: 'https://riverside-gazette.com/y' },
        { id: 'b-1', url: 'https://www.reuters.com/world/z' }, // curated
        { id: 'c-1', url: 'https://live.bbc.co.uk/q' }, // under a curated domain
        { id: 'd-1', url: null },
        { id: 'e-1', url: 'http://a.b@com/' },
        { id: 'f-1', url: 'https://co.uk/' },
      ],
      MAJOR_NEWS_DOMAINS,
    );
    expect(result.added).toEqual([{ host: 'riverside-gazette.com', articles: ['a-1', 'a-2'] }]);
    expect(result.problems.map((p) => p.articleId)).toEqual(['e-1', 'f-1']);
    expect(result.problems[0]!.problem).toMatch(/"com"/);
  });

  it('is not fooled by a look-alike of a curated domain', () => {
    expect(corpusHostPermissions([{ id: 'x', url: 'https://evil-nytimes.com/' }], MAJOR_NEWS_DOMAINS).added).toEqual([
      { host: 'evil-nytimes.com', articles: ['x'] },
    ]);
  });
});
