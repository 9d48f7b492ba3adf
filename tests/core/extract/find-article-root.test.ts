import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../src/core/extract/find-article-root.ts';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { fixtureDocument } from './fixtures.ts';

const story = Array.from({ length: 8 }, (_, i) => `<p>Story paragraph ${i + 1}: the new pier opened to passengers this morning after weeks of repairs along the bay.</p>`).join('');
const comments = Array.from({ length: 40 }, (_, i) => `<div class="comment"><p>Reader comment ${i + 1}, which goes on for quite a while about ferries, fares and the weather.</p></div>`).join('');

describe('findArticleRoot', () => {
  it('finds a container holding every paragraph of the outlet article, not the whole page', () => {
    const doc = fixtureDocument('outlet-article');
    const root = findArticleRoot(doc)!;
    expect(root).not.toBe(doc.body);
    expect(root.textContent).toContain('The ferry pier at Saltmere will take passengers again');
    expect(root.textContent).toContain('Local councillors have asked the authority');
  });

  it('is not drawn to a comment thread longer than the story', () => {
    const doc = parseHtmlDocument(`<html><body><main><div class="story">${story}</div></main><section id="comments" class="comments-area">${comments}</section></body></html>`);
    const root = findArticleRoot(doc)!;
    expect(root.textContent).toContain('Story paragraph 1');
    expect(extractArticle(doc, { root })?.text).toContain('Story paragraph 8');
  });

  it('finds the article in a 50,000-node page', () => {
    const filler = Array.from({ length: 8000 }, (_, i) => `<div><span>menu ${i}</span><a href="#${i}">x</a></div>`).join('');
    const doc = parseHtmlDocument(`<html><body><header>${filler}</header><article>${story}</article><footer>${filler}</footer></body></html>`);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(45_000);
    const root = findArticleRoot(doc)!;
    expect(root.textContent).toContain('Story paragraph 8');
    expect(root.textContent).not.toContain('menu 10');
  });

  it('returns null for a page without prose', () => {
    expect(findArticleRoot(parseHtmlDocument('<html><body><ul><li>a</li></ul></body></html>'))).toBeNull();
  });
});
