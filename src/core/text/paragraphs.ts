// Paragraphs: runs of text separated by line breaks. Extracted articles and plain-text files both
// keep one paragraph per line (or per blank-line-separated block).

import type { Span } from '../types.ts';

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const lineBreak = /\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (const m of text.matchAll(lineBreak)) {
    push(start, m.index!);
    start = m.index! + 1;
  }
  push(start, text.length);
  return spans;
}
