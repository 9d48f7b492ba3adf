// A page built from the fixture HTML in the test's DOM, with what happy-dom lacks for Parallax
// (the Highlight API) filled in, and the fixture analysis turned into the page payload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import type { PagePayload } from '../../src/shared/page-model.ts';
import { buildPagePayload } from '../../src/background/page-payload.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
export const analysis = JSON.parse(readFileSync(join(fixtures, 'analysis/harbour-bridge.json'), 'utf8')) as Analysis;
export const payload: PagePayload = buildPagePayload(analysis);
const html = readFileSync(join(fixtures, 'pages/harbour-bridge.html'), 'utf8');

class FakeHighlight extends Set<Range> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

export function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  const css = { highlights: registry, escape: (s: string) => s, supports: () => true };
  Object.defineProperty(window, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return registry;
}

/** Loads the fixture page into the test document; returns its markup as the page made it. */
export function loadFixturePage(): string {
  const head = /<head>([\s\S]*)<\/head>/.exec(html)![1]!;
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  document.documentElement.setAttribute('lang', 'en');
  return document.documentElement.outerHTML;
}

export function pxHighlights(registry: Map<string, unknown>): string[] {
  return [...registry.keys()].filter((k) => k.startsWith('px-')).sort();
}
