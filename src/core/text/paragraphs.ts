// Paragraphs: runs of text separated by line breaks. Extracted articles and plain-text files keep
// one paragraph per line or per blank-line-separated block. Hard-wrapped text (a paragraph
// broken into ~80-character lines) is rejoined: a line that runs on into the next is not a
// paragraph end.

import type { Span } from '../types.ts';

const ENDS_BLOCK = /[.!?:;"”»’)\]…]\s*$/u;

function isHardWrapped(lines: Span[], text: string): boolean {
  if (lines.length < 6) return false;
  let wrapped = 0;
  let long = 0;
  for (const l of lines) {
    const len = l.end - l.start;
    if (len >= 50) long++;
    if (len >= 50 && len <= 100 && !ENDS_BLOCK.test(text.slice(l.start, l.end))) wrapped++;
  }
  return long > 0 && wrapped / long >= 0.4;
}

function lineSpans(text: string): (Span | null)[] {
  // null marks a blank line.
  const out: (Span | null)[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push(e > s ? { start: s, end: e } : null);
  };
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    push(start, i);
    start = i + 1;
  }
  push(start, text.length);
  return out;
}

export function splitParagraphs(text: string): Span[] {
  const lines = lineSpans(text);
  const nonBlank = lines.filter((l): l is Span => l !== null);
  if (!isHardWrapped(nonBlank, text)) return nonBlank;
  const spans: Span[] = [];
  let current: Span | null = null;
  let blankSince = false;
  for (const line of lines) {
    if (line === null) {
      blankSince = true;
      continue;
    }
    const runsOn = current !== null && !ENDS_BLOCK.test(text.slice(current.start, current.end));
    // Across a blank line only when the next line plainly continues the sentence.
    if (runsOn && (!blankSince || /^\p{Ll}/u.test(text.slice(line.start, line.start + 1)))) current!.end = line.end;
    else {
      if (current) spans.push(current);
      current = { ...line };
    }
    blankSince = false;
  }
  if (current) spans.push(current);
  return spans;
}
