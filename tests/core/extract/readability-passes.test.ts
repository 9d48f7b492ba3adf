// Readability's retries, run one pass per step, end where Readability's own retries end.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';
import { readabilitySteps } from '../../../src/core/extract/readability-passes.ts';

const prose = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `<p>Part ${i + 1} about ${topic}: the volunteers counted the birds on the marsh at dawn, and again at dusk, for the yearly survey.</p>`).join('');

const pages: [string, string][] = [
  ['an ordinary article (one pass)', `<html><body><article>${prose(8, 'the survey')}</article></body></html>`],
  // "sidebar" makes the story an unlikely candidate: the first pass strips it and finds too little.
  ['a story in a box named like a sidebar (a retry)', `<html><body><div class="sidebar">${prose(6, 'the marsh')}</div><div><p>Short note.</p></div></body></html>`],
  ['a page with almost no text (every pass)', '<html><body><div><p>Only a short line here.</p></div></body></html>'],
];

const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('Readability passes in steps', () => {
  for (const [name, html] of pages) {
    it(`${name}: same text as Readability's own retries`, () => {
      const own = new Readability(parseHtmlDocument(html)).parse();
      const steps = readabilitySteps(parseHtmlDocument(html));
      let step = steps.next();
      while (!step.done) step = steps.next();
      expect(normal(step.value?.textContent), name).toBe(normal(own?.textContent));
    });
  }

  const passes: [number, number][] = [[0, 1], [1, 3], [2, 4]];
  for (const [page, expected] of passes) {
    it(`${pages[page]![0]}: ${expected} pass(es), each a step of its own`, () => {
      const steps = readabilitySteps(parseHtmlDocument(pages[page]![1]));
      let count = 1;
      while (!steps.next().done) count++;
      expect(count).toBe(expected);
    });
  }
});
