import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { findArticleRoot } from '../../../src/core/extract/find-article-root.ts';
import { isProbablyArticle } from '../../../src/core/extract/is-article.ts';
import { readPageMetadata } from '../../../src/core/extract/page-metadata.ts';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';

// Markup typed by a writer (escaped in the page's HTML) must come out as the same characters.
const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the inspectors said the harbour wall would need further work before the winter storms arrive on the coast.</p>`).join('');

describe('hostile pages', () => {
  const html = `<html><head><title>Test</title><script>globalThis.pwned = true</script></head><body><article>
    ${filler(3)}
    <p>The councillor wrote ${escape(payloads[0]!)} in a comment field, and "${escape(payloads[1]!)}" appeared in the minutes next to the name ${escape(payloads[2]!)} of the clerk.</p>
    <p>A live element follows <img src="x" onerror="globalThis.pwned = true"> and a <script>globalThis.pwned = true</script> block in the text.</p>
    ${filler(3)}</article></body></html>`;

  it('keeps typed markup as inert text', () => {
    const article = extractArticle(parseHtmlDocument(html));
    for (const payload of payloads) expect(article?.text, payload).toContain(payload);
  });
  it('drops real script elements and never runs them', () => {
    const article = extractArticle(parseHtmlDocument(html));
    expect(article?.text).not.toContain('globalThis.pwned');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  const odd: [string, () => Document][] = [
    ['an empty string', () => parseHtmlDocument('')],
    ['a document with no body', () => {
      const doc = parseHtmlDocument('<html><body><p>x</p></body></html>');
      doc.documentElement.removeChild(doc.body);
      return doc;
    }],
    ['nesting 5,000 elements deep', () => parseHtmlDocument(`<html><body>${'<div>'.repeat(5000)}${filler(6)}${'</div>'.repeat(5000)}</body></html>`)],
    ['binary-looking text', () => parseHtmlDocument(`<html><body><p>${'\u0000\uffff\ud800'.repeat(200)}</p></body></html>`)],
    ['malformed JSON-LD and meta', () => parseHtmlDocument(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="article:published_time" content="not a date"></head><body>${filler(8)}</body></html>`)],
  ];
  for (const [name, make] of odd) {
    it(`never throws on ${name}`, () => {
      const doc = make();
      expect(() => extractArticle(doc)).not.toThrow();
      expect(() => isProbablyArticle(doc)).not.toThrow();
      expect(() => findArticleRoot(doc)).not.toThrow();
      expect(() => readPageMetadata(doc)).not.toThrow();
    });
  }
  it('still extracts an article nested 150 levels deep', () => {
    const doc = parseHtmlDocument(`<html><body>${'<div>'.repeat(150)}${filler(6)}${'</div>'.repeat(150)}</body></html>`);
    expect(extractArticle(doc)?.text).toContain('Paragraph 6:');
  });
  it('returns null when there is no article to find', () => {
    expect(extractArticle(parseHtmlDocument(''))).toBeNull();
  });
});
