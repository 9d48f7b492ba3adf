// A page for checking Parallax's text-fragment links in real browsers: paragraphs we wrote with
// the hard cases (words that repeat, `-`, `&`, `,`, quotation marks, accents, emoji, inline
// markup, whitespace in the source), far apart so that the scroll position tells which copy the
// browser chose, and `::target-text` painted magenta so that a screenshot shows what it marked.
// The text Parallax would extract from it is the paragraphs' words joined by blank lines.

/** Each paragraph as HTML (inline markup allowed) on the page. */
export const FRAGMENT_PARAGRAPHS: string[] = [
  'Harbour talks end without a deal',
  'The harbour commission met on Tuesday in Lindenport. The talks would resume in spring, the chair said, and the 22-nation panel would meet again.',
  '“We will not give up,” said Mira Okafor, the commission’s chair. “We will not give up,” repeated her deputy, a day later.',
  'Costs rose by 3,400 euros a month — a rise of 12% — while fees, levies &amp; charges stayed the same.',
  'Die Außenministerin sagte, „die Gespräche gehen weiter“, und fügte hinzu: „Wir geben nicht auf.“',
  'Selon la ministre, « les négociations reprendront » très bientôt, a-t-elle déclaré à Genève.',
  'The talks would resume in spring, the chair said.',
  'Observers who had followed the harbour dispute for years said that the compromise, if it came, would have to cover dredging, berth fees, the night-shift rules and the new customs hall, and that none of those could be settled by the commission alone.',
  'Fans cheered 🎉 when the ferry 🚢 docked at noon, and the ferry 🚢 left at one.',
  'The <em>final</em> vote, <a href="#vote">reported here</a>, was 7 to 2.',
  'Spaces   and\n      line breaks   in the\n  source are one space.',
  '港湾委員会は火曜日に会合を開き、協議は春に再開されると述べた。協議は春に再開される。',
  'The talks would resume in spring, the deputy said, though the chair said the talks would resume in spring only if the fees were settled.',
];

const textOf = (html: string) =>
  html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

/** The article text as Parallax's extraction gives it: paragraphs joined by blank lines. */
export const FRAGMENT_TEXT = FRAGMENT_PARAGRAPHS.map(textOf).join('\n\n');

export interface FragmentCase {
  name: string;
  /** The passage's words (as in FRAGMENT_TEXT) and which copy of them in the text (0-based). */
  passage: string;
  occurrence?: number;
}

export const FRAGMENT_CASES: FragmentCase[] = [
  { name: 'a hyphenated figure (`-` encoded)', passage: 'the 22-nation panel would meet again' },
  { name: 'the first of two identical quotations', passage: 'We will not give up,', occurrence: 0 },
  { name: 'the second of two identical quotations (context needed)', passage: 'We will not give up,', occurrence: 1 },
  { name: 'commas and an ampersand', passage: 'fees, levies & charges stayed the same' },
  { name: 'dashes, a thousands comma and a percent sign', passage: '3,400 euros a month — a rise of 12%' },
  { name: 'German quotation marks and umlauts', passage: 'die Gespräche gehen weiter' },
  { name: 'French guillemets and accents', passage: 'les négociations reprendront' },
  { name: 'a paragraph that repeats words said earlier (context from the paragraph before)', passage: 'The talks would resume in spring, the chair said', occurrence: 1 },
  { name: 'a long passage (textStart,textEnd)', passage: 'Observers who had followed the harbour dispute for years said that the compromise, if it came, would have to cover dredging, berth fees, the night-shift rules and the new customs hall' },
  { name: 'a passage across two paragraphs', passage: 'repeated her deputy, a day later.\n\nCosts rose by 3,400 euros a month' },
  { name: 'emoji, the second copy', passage: 'the ferry 🚢', occurrence: 1 },
  { name: 'words across inline elements', passage: 'final vote, reported here, was 7 to 2' },
  { name: 'whitespace and line breaks in the page source', passage: 'Spaces and line breaks in the source' },
  { name: 'Japanese, no spaces between words (dictionary word boundaries)', passage: '港湾委員会は火曜日に会合を開き' },
  { name: 'Japanese, the second copy of a clause', passage: '協議は春に再開される', occurrence: 1 },
  { name: 'the headline', passage: 'Harbour talks end without a deal' },
  { name: 'a clause whose opening words repeat inside the same paragraph', passage: 'the chair said the talks would resume in spring only if the fees were settled' },
];

export function fragmentSpan(c: FragmentCase): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= (c.occurrence ?? 0); i++) {
    at = FRAGMENT_TEXT.indexOf(c.passage, at + 1);
    if (at < 0) throw new Error(`fixture: "${c.passage}" #${c.occurrence ?? 0} is not in the text`);
  }
  return { start: at, end: at + c.passage.length };
}

export function textFragmentPage(): string {
  const paragraphs = FRAGMENT_PARAGRAPHS.map((html, i) => `<p data-i="${i}">${html}</p>`).join('\n<div class="gap"></div>\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Text fragments</title>
<style>
  body { font: 18px/1.5 sans-serif; margin: 24px; }
  .gap { height: 700px; }
  ::target-text { background-color: rgb(255, 0, 255); color: rgb(0, 0, 0); }
</style></head>
<body>
${paragraphs}
<div class="gap"></div>
</body></html>`;
}

/**
 * In the page: the client rects of `passage`'s `occurrence`-th copy in the page's paragraphs
 * (whitespace collapsed as the reader sees it), or null. Self-contained for `evaluate`.
 */
export function passageRects(arg: { passage: string; occurrence: number }): { left: number; top: number; right: number; bottom: number }[] | null {
  // The paragraphs' words as the reader sees them (whitespace collapsed, paragraphs apart), each
  // character mapped back to its text node.
  let flat = '';
  const where: ({ node: Text; offset: number } | null)[] = [];
  [...document.querySelectorAll('p[data-i]')].forEach((p, i) => {
    if (i > 0) {
      flat += '\n\n';
      where.push(null, null);
    }
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let k = 0; k < n.data.length; k++) {
        const ws = /\s/.test(n.data[k]!);
        if (ws && (flat === '' || /\s$/.test(flat))) continue;
        flat += ws ? ' ' : n.data[k];
        where.push({ node: n, offset: k });
      }
    }
    while (flat.endsWith(' ')) {
      flat = flat.slice(0, -1);
      where.pop();
    }
  });
  let at = -1;
  for (let k = 0; k <= arg.occurrence; k++) {
    at = flat.indexOf(arg.passage, at + 1);
    if (at < 0) return null;
  }
  const from = where[at];
  const last = where[at + arg.passage.length - 1];
  if (!from || !last) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(last.node, last.offset + 1);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}
