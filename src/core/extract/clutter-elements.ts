// Page furniture removed from the working copy before Readability scores it. Readability drops
// "unlikely candidates" by class name unless the name also says "article" or "content", so boxes
// such as "article-share", "content-related" or "article__newsletter" survive inside the body; and
// it keeps figure captions and screen-reader labels. These rules name what news sites put around
// an article. A guard keeps any element that holds a large share of the page's prose: a wrapper
// called "has-share-bar" around the whole story stays.

import { isClutterElement } from './clutter-names.ts';
import { paragraphCensus } from './paragraph-mass.ts';

const CLUTTER_TAGS = 'nav, aside, form, button, dialog, figcaption';
/** An element holding this share of all prose is part of the article, whatever its name. */
const PROSE_GUARD = 0.25;

/** Removes furniture from `doc` (the working copy, never the page). */
export function removeClutterElements(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const census = paragraphCensus(doc, { deep: true });
  const guarded = (el: Element) => (census.mass.get(el) ?? 0) > census.total * PROSE_GUARD;
  const doomed: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[class], [id], [role]'))) {
    if (isClutterElement(el) && !guarded(el)) doomed.push(el);
  }
  for (const el of Array.from(body.querySelectorAll(CLUTTER_TAGS))) {
    if (!guarded(el)) doomed.push(el);
  }
  for (const el of doomed) el.parentNode?.removeChild(el);
}
