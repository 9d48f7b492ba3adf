// The copy Readability gets stays within its budget on huge roots, keeps the prose (from its
// beginning) and leaves out large subtrees without prose; roots within the budget are copied whole.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';
import { paragraphCensus } from '../../../src/core/extract/paragraph-mass.ts';
import { COPY_BUDGET } from '../../../src/core/extract/trimmed-copy.ts';
import { makeWorkingCopy, workingCopySteps } from '../../../src/core/extract/working-copy.ts';

const para = (i: number) => `<p>Paragraph ${i} of the long report: the river authority measured the water at every bridge along the valley again this week.</p>`;
const menu = (n: number) => `<ul class="menu">${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul>`;

const elementsIn = (doc: Document) => doc.body.querySelectorAll('*').length;

describe('the working copy of an article root', () => {
  it('copies a root within the budget whole', () => {
    const doc = parseHtmlDocument(`<html><body><nav>${menu(5)}</nav><article id="a">${menu(20)}${Array.from({ length: 20 }, (_, i) => para(i + 1)).join('')}</article></body></html>`);
    const root = doc.getElementById('a')!;
    const copy = makeWorkingCopy(doc, root);
    expect(copy.body.firstElementChild?.outerHTML).toBe(root.outerHTML);
  });

  it('leaves big menus out of an over-budget root and keeps the prose within the budget', () => {
    const doc = parseHtmlDocument(
      `<html><body><div id="root"><div class="top">${menu(400)}</div><div class="text">${Array.from({ length: 40 }, (_, i) => para(i + 1)).join('')}</div><div class="bottom">${menu(400)}</div></div></body></html>`,
    );
    const root = doc.getElementById('root')!;
    expect(root.querySelectorAll('*').length).toBeGreaterThan(COPY_BUDGET.elements);
    const copy = makeWorkingCopy(doc, root, { census: paragraphCensus(doc, { storyOnly: true }) });
    expect(elementsIn(copy)).toBeLessThanOrEqual(COPY_BUDGET.elements + 2);
    expect(copy.body.textContent).toContain('Paragraph 40 of the long report');
    expect(copy.body.textContent).not.toContain('Section 10');
  });

  it('cuts a root that is all prose at the end, keeping its beginning', () => {
    const doc = parseHtmlDocument(`<html><body><article id="a">${Array.from({ length: 2000 }, (_, i) => para(i + 1)).join('')}</article></body></html>`);
    const copy = makeWorkingCopy(doc, doc.getElementById('a')!);
    expect(elementsIn(copy)).toBeLessThanOrEqual(COPY_BUDGET.elements + 1);
    expect((copy.body.textContent ?? '').length).toBeLessThanOrEqual(COPY_BUDGET.textChars);
    expect(copy.body.textContent).toContain('Paragraph 1 of the long report');
    expect(copy.body.textContent).not.toContain('Paragraph 2000 of');
  });

  it('copies a huge root in steps of bounded work', () => {
    const doc = parseHtmlDocument(`<html><body><div id="root">${menu(3000)}${Array.from({ length: 300 }, (_, i) => para(i + 1)).join('')}${menu(3000)}</div></body></html>`);
    const steps = workingCopySteps(doc, doc.getElementById('root')!);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBeGreaterThan(1);
  });

  it('extracts the story from a 50,000-node body', () => {
    const doc = parseHtmlDocument(`<html><body>${menu(12_000)}<div class="story">${Array.from({ length: 12 }, (_, i) => para(i + 1)).join('')}</div>${menu(12_000)}</body></html>`);
    const text = extractArticle(doc, { root: doc.body })?.text ?? '';
    expect(text).toContain('Paragraph 12 of the long report');
    expect(text).not.toContain('Section');
  });

  it('never touches the page it copies from', () => {
    // (With a <head>: linkedom, unlike a browser, adds one the first time `body` is read.)
    const html = `<html><head><title>Report</title></head><body><div id="root">${menu(700)}${Array.from({ length: 30 }, (_, i) => para(i + 1)).join('')}</div></body></html>`;
    const doc = parseHtmlDocument(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { root: doc.getElementById('root')! });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
