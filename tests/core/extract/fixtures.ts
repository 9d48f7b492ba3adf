// Loads the hand-written HTML pages of tests/fixtures/html as linkedom documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlDocument } from '../../../src/cli/extract-html.ts';

export const fixtureDir = join(import.meta.dirname, '..', '..', 'fixtures', 'html');

export function fixtureHtml(name: string): string {
  return readFileSync(join(fixtureDir, `${name}.html`), 'utf8');
}

export function fixtureDocument(name: string): Document {
  return parseHtmlDocument(fixtureHtml(name));
}

/** The whole document as markup, to prove extraction left it untouched. */
export function serialise(doc: Document): string {
  return doc.documentElement.outerHTML;
}
