// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../../src/core/types.ts';
import { anchorQuote, buildTextMap, describeRange } from '../../../src/core/anchor/text-quote.ts';
import { normalizeSpace, rangeOf } from '../../../src/core/anchor/text-map.ts';
// The fixture analysis's confidences decide what is marked, not the last trained model.
vi.mock('../../../src/core/compare/note-model.json', async () => ({ default: (await import('../../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));
const { buildPagePayload } = await import('../../../src/background/page-payload.ts');

const fixtures = join(import.meta.dirname, '../../fixtures');
const analysis = JSON.parse(readFileSync(join(fixtures, 'analysis/harbour-bridge.json'), 'utf8')) as Analysis;
const pageHtml = readFileSync(join(fixtures, 'pages/harbour-bridge.html'), 'utf8');
const sourceLength = analysis.article.text.length;

function loadPage(html = pageHtml): Element {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
  return document.querySelector('article')!;
}

function sel(exact: string, prefix = '', suffix = '', start = 0) {
  return { exact, prefix, suffix, start };
}

describe('anchoring the fixture analysis in its page', () => {
  const payload = buildPagePayload(analysis);
  it('has annotations of every kind to anchor', () => {
    expect(new Set(payload.annotations.map((a) => a.kind))).toEqual(new Set(['quote', 'entity', 'difference']));
  });
  for (const annotation of payload.annotations) {
    it(`anchors ${annotation.id} exactly ("${annotation.selector.exact.slice(0, 40)}")`, () => {
      const map = buildTextMap(loadPage());
      const anchor = anchorQuote(map, annotation.selector, sourceLength);
      expect(anchor?.match.exact, annotation.id).toBe(true);
      expect(normalizeSpace(anchor!.range.toString())).toBe(normalizeSpace(annotation.selector.exact));
    });
  }
});

describe('range resolution', () => {
  const cases: { name: string; html: string; selector: ReturnType<typeof sel>; expected: string | null; exact?: boolean }[] = [
    { name: 'across inline elements', html: '<p>He said <em>we</em> will <a href="#">go</a> now.</p>', selector: sel('we will go'), expected: 'we will go', exact: true },
    { name: 'collapsed whitespace and a no-break space', html: '<p>the   red\u00a0\n fox</p>', selector: sel('the red fox'), expected: 'the   red\u00a0\n fox', exact: true },
    { name: 'paragraph boundary as a space', html: '<p>end of one.</p><p>Start of two</p>', selector: sel('one.\n\nStart'), expected: 'one.Start', exact: true },
    { name: 'ignores script and style text', html: '<p>alpha</p><script>var beta = 1</script><style>p{}</style><p>gamma</p>', selector: sel('alpha gamma'), expected: 'alphavar beta = 1p{}gamma', exact: true }, // the range spans the script, which renders nothing
    { name: 'fuzzy: one word changed on the page', html: '<p>The minister said the bridge would reopen in the spring after repairs.</p>', selector: sel('the bridge will reopen in the spring after repairs', 'minister said ', '.', 18), expected: 'the bridge would reopen in the spring after repairs', exact: false },
    { name: 'fuzzy: typographic apostrophe', html: '<p>It isn\u2019t over yet, she told the crowd.</p>', selector: sel("It isn't over yet, she told", '', ' the crowd'), expected: 'It isn\u2019t over yet, she told', exact: false },
    { name: 'absent text is not anchored', html: '<p>Nothing about bridges here at all, only weather and sport.</p>', selector: sel('the ferry line will start in April'), expected: null },
    { name: 'too different is not anchored', html: '<p>The council will vote on the budget next week in the old hall.</p>', selector: sel('the mayor refused to comment on the strike'), expected: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const root = loadPage(`<body><article>${c.html}</article></body>`);
      const anchor = anchorQuote(buildTextMap(root), c.selector, 100);
      expect(anchor?.range.toString() ?? null).toBe(c.expected);
      if (c.exact !== undefined) expect(anchor?.match.exact).toBe(c.exact);
    });
  }

  it('picks the occurrence whose context matches among repeated words', () => {
    const root = loadPage('<body><article><p>Voss spoke first. Later the minister answered Voss in the chamber.</p></article></body>');
    const map = buildTextMap(root);
    const second = anchorQuote(map, sel('Voss', 'the minister answered ', ' in the chamber', 45), 70)!;
    expect(second.range.startOffset).toBe(map.text.indexOf('Voss', 5));
    const first = anchorQuote(map, sel('Voss', '', ' spoke first', 0), 70)!;
    expect(first.range.startOffset).toBe(0);
  });

  it('skips Parallax\'s own elements', () => {
    const root = loadPage('<body><article><p>one <px-badge>BADGE</px-badge>two</p></article></body>');
    expect(buildTextMap(root).text).toBe('one two');
  });

  it('describes a range as a selector that anchors back to it', () => {
    const root = loadPage();
    const map = buildTextMap(root);
    const anchor = anchorQuote(map, sel('no plan at all'), sourceLength)!;
    const described = describeRange(root, anchor.range)!;
    expect(described.exact).toBe('no plan at all');
    expect(described.prefix.endsWith('harbour authority had "')).toBe(true);
    expect(anchorQuote(map, described, map.text.length)?.range.toString()).toBe('no plan at all');
  });
});

describe('text map', () => {
  const pages: [string, string][] = [
    ['runs of spaces and tabs', '<p>  one \t two</p><p>\n three  </p>'],
    ['inline elements and a no-break space', '<p>a<em> b </em>c\u00a0\u00a0d<a href="#">e</a></p>'],
    ['whitespace-only nodes between blocks', '<div><p>x</p>\n   \n<p>y  z</p></div>'],
    ['a zero-width space', '<p>zero\u200bwidth and more</p>'],
  ];
  for (const [name, html] of pages) {
    it(`maps every visible character back to the DOM: ${name}`, () => {
      const root = loadPage(`<body><article>${html}</article></body>`);
      const map = buildTextMap(root);
      expect(map.text).toBe(normalizeSpace(root.textContent!));
      for (let i = 0; i < map.text.length; i++) {
        if (map.text[i] === ' ') continue;
        expect(rangeOf(map, i, i + 1)?.toString(), `${name} at ${i}`).toBe(map.text[i]);
      }
    });
  }
});
