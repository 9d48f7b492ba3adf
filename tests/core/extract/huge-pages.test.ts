// The article check and the root scan on pages built to be huge and misleading: 50,000 nodes,
// comment threads, side boxes and footers that hold far more prose than the story. Work is
// asserted as nodes read (the census's `visited`), never as time.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { findArticleRoot } from '../../../src/core/extract/find-article-root.ts';
import { isProbablyArticle } from '../../../src/core/extract/is-article.ts';
import { paragraphCensus, paragraphCensusSteps } from '../../../src/core/extract/paragraph-mass.ts';

const story = Array.from(
  { length: 6 },
  (_, i) => `<p>Story paragraph ${i + 1}: the lighthouse keepers voted on Tuesday to keep the old lamp running through the winter, whatever the council decides.</p>`,
).join('');

/** A reader's comment: a wrapper with a name, a paragraph of prose and a likes counter. */
const comment = (i: number) =>
  `<div class="c"><b>reader${i}</b><p>Comment number ${i} says the vote will change nothing for the harbour at all. <span>${i % 7} likes</span></p></div>`;
const comments = (n: number) => Array.from({ length: n }, (_, i) => comment(i)).join('');

/** 7,200 comments of 7 nodes each: over 50,000 nodes, as on the e2e suite's hostile page. */
function hostilePage(commentCount = 7200, wrapper = '<section id="comments">', close = '</section>'): Document {
  return parseHtmlDocument(`<html><head><meta property="og:type" content="article"><title>Keepers vote</title></head><body>
    <header><a href="/">Home</a></header><article id="story"><h1>Keepers vote to keep the lamp</h1>${story}</article>
    ${wrapper}${comments(commentCount)}${close}</body></html>`);
}

function countNodes(doc: Document): number {
  let n = 0;
  const walk = (node: Node) => {
    n++;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc.documentElement);
  return n;
}

describe('a 50,000-node page whose comments outweigh the story', () => {
  const doc = hostilePage();

  it('has over 50,000 nodes', () => expect(countNodes(doc)).toBeGreaterThan(50_000));

  it('the root is the article, and its copy holds the story and no comment', () => {
    const root = findArticleRoot(doc);
    expect(root?.id).toBe('story');
    const text = extractArticle(doc, { root: root! })?.text ?? '';
    expect(text).toContain('Story paragraph 6');
    expect(text).not.toContain('Comment number');
  });

  it('is an article', () => expect(isProbablyArticle(doc)).toBe(true));

  it('the census reads a bounded number of nodes, the same when the page doubles', () => {
    const small = paragraphCensus(doc, { storyOnly: true });
    const big = paragraphCensus(hostilePage(14_400), { storyOnly: true });
    expect(small.visited).toBeLessThan(40_000);
    expect(big.visited).toBe(small.visited);
  });

  it('the census comes in steps of bounded work', () => {
    const steps = paragraphCensusSteps(doc, { storyOnly: true });
    let count = 0;
    while (!steps.next().done) count++;
    // 2,000 paragraphs and 4,000 divs read 100 at a time.
    expect(count).toBe(60);
  });
});

// Prose that must not win, whatever its amount; each box holds five times the story's text.
const boxes: [string, string, string][] = [
  ['a comment thread named "comments"', '<div class="comments-area">', '</div>'],
  ['a thread named "commentlist"', '<ol class="commentlist">', '</ol>'],
  ['replies', '<div class="replies">', '</div>'],
  ['a discussion', '<div id="discussion">', '</div>'],
  ['an <aside>', '<aside>', '</aside>'],
  ['a <footer>', '<footer>', '</footer>'],
  ['a complementary box', '<div role="complementary">', '</div>'],
  ['a <nav>', '<nav>', '</nav>'],
];

describe('the story wins over', () => {
  for (const [name, open, close] of boxes) {
    it(name, () => {
      const doc = hostilePage(60, open, close);
      const root = findArticleRoot(doc);
      expect(root?.id, name).toBe('story');
    });
  }
});

describe('a story under an unlucky name still wins', () => {
  const cases: [string, string][] = [
    ['a wrapper named "comments-enabled"', '<div class="post comments-enabled">'],
    ['a story inside <aside>', '<aside class="feature">'],
  ];
  for (const [name, open] of cases) {
    it(name, () => {
      const long = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the feature: the ferry crews spent the night at sea while the storm kept every harbour on the coast closed.</p>`).join('');
      const close = open.startsWith('<aside') ? '</aside>' : '</div>';
      const doc = parseHtmlDocument(`<html><body><div id="side"><p>A short note beside the story, about the weather and the tides this week.</p></div>${open}<div id="body">${long}</div>${close}</body></html>`);
      const root = findArticleRoot(doc);
      expect(root?.textContent, name).toContain('Paragraph 12 of the feature');
    });
  }
});
