// The manifest the build writes: corpus article hosts become host permissions only when they name
// one site, every one is printed, and a bad one stops the build; Chrome's states its minimum version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest, corpusHosts, MINIMUM_CHROME_VERSION } from '../../vite.config.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function corpusFile(urls: (string | null)[]): string {
  const file = join(dir, `corpus-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ version: 1, corpus: { entities: [], stories: [], articles: urls.map((url, i) => ({ id: `doc${i}-1`, url })) }, index: null }));
  return file;
}

describe('corpusHosts (build time)', () => {
  it('prints and returns every host beyond the curated list', () => {
    const lines: string[] = [];
    const hosts = corpusHosts(corpusFile(['https://www.riverside-gazette.com/a', 'https://www.reuters.com/b', null]), (l) => lines.push(l));
    expect(hosts).toEqual(['riverside-gazette.com']);
    expect(lines.join('\n')).toMatch(/beyond the curated news sites[\s\S]*riverside-gazette\.com \(doc0-1\)/);
  });

  it('says so when the corpus adds no host', () => {
    const lines: string[] = [];
    expect(corpusHosts(corpusFile([null, 'https://apnews.com/x']), (l) => lines.push(l))).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/adds no host/)]);
  });

  it('fails the build on a URL whose host is not a site, naming the article', () => {
    const file = corpusFile(['https://fine-news.com/a', 'http://a.b@com/', 'http://127.0.0.1:8080/x']);
    expect(() => corpusHosts(file, () => {})).toThrow(/2 article URL\(s\)[\s\S]*doc1-1: url "http:\/\/a\.b@com\/" carries a user name[\s\S]*doc2-1/);
  });

  it('never turns a canonical link like http://a.b@com/ into *://*.com/*', () => {
    const file = corpusFile(['http://a.b@com/']);
    expect(() => buildManifest('chrome', false, corpusHosts(file, () => {}))).toThrow(/cannot become host permissions/);
  });
});

describe('buildManifest', () => {
  it('gives the Chrome build minimum_chrome_version and leaves it out of Firefox', () => {
    const chrome = buildManifest('chrome', false, []) as unknown as Record<string, unknown>;
    const firefox = buildManifest('firefox', false, []) as unknown as Record<string, unknown>;
    expect(chrome.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(MINIMUM_CHROME_VERSION).toBe('120');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.browser_specific_settings).toBeTruthy();
  });

  it('grants the extra hosts as *://*.host/* on top of the curated ones', () => {
    const m = buildManifest('firefox', false, ['riverside-gazette.com']) as unknown as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
    expect(m.host_permissions).toContain('*://*.riverside-gazette.com/*');
    expect(m.content_scripts[0]!.matches).toEqual(m.host_permissions);
  });
});
