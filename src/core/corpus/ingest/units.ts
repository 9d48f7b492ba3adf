// A raw document as a list of units: one paragraph, headline, list item or page-furniture line
// each. Plain-text pages keep one paragraph per line; hard-wrapped text is joined back.

export interface Unit {
  /** Whitespace-collapsed text. */
  text: string;
  /** 1-based line of the unit's first line in the raw document. */
  line: number;
  /** Printed as an item of a numbered or bulleted list. */
  listItem: boolean;
}

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-*•·▪►])\s+(?=\S)/u;
/** A line that stops on a word no headline ends with: the sentence goes on below. */
const ENDS_MID_PHRASE = /\s(?:the|a|an|of|to|and|or|in|on|at|by|for|with|from|that|which|who|his|her|their|its|is|are|was|were|has|have|had)$/iu;
const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu, ' ').trim();
}

export function splitUnits(raw: string): Unit[] {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const units: Unit[] = [];
  let block: { text: string; line: number }[] = [];
  const flush = () => {
    if (block.length > 0) units.push(...blockUnits(block));
    block = [];
  };
  lines.forEach((text, i) => {
    if (text.trim() === '') flush();
    else block.push({ text, line: i + 1 });
  });
  flush();
  return joinBrokenParagraphs(units);
}

/**
 * A paragraph cut in two by a stray blank line: the first part stops mid-sentence and the second
 * carries on in lower case.
 */
function joinBrokenParagraphs(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out.at(-1);
    if (previous && !previous.listItem && !unit.listItem && /^\p{Ll}/u.test(unit.text) &&
        !SENTENCE_END.test(previous.text) && previous.text.split(' ').length >= 6) {
      previous.text = `${previous.text} ${unit.text}`;
    } else out.push({ ...unit });
  }
  return out;
}

function blockUnits(block: { text: string; line: number }[]): Unit[] {
  if (isHardWrapped(block.map((l) => l.text))) {
    return [{ text: collapseWhitespace(block.map((l) => l.text).join(' ')), line: block[0]!.line, listItem: false }];
  }
  return block.map((l) => {
    // " - Subhead - " is a section marker, not a bulleted item.
    const listItem = LIST_MARKER.test(l.text) && !/\s[-–—]\s*$/u.test(l.text);
    return { text: collapseWhitespace(listItem ? l.text.replace(LIST_MARKER, '') : l.text), line: l.line, listItem };
  });
}

/**
 * Lines of one paragraph broken at a fixed width: long lines of similar length, at least one
 * ending mid-sentence, and (for two lines) the first stopping mid-phrase or the second carrying
 * on in lower case. Two headlines or list items printed on consecutive lines are not joined.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((l) => LIST_MARKER.test(l))) return false;
  const trimmed = lines.map((l) => l.trim());
  const max = Math.max(...trimmed.map((l) => l.length));
  const body = trimmed.slice(0, -1);
  return (
    max <= 100 &&
    body.every((l) => l.length >= 50 && l.length >= 0.75 * max) &&
    body.some((l) => !SENTENCE_END.test(l)) &&
    (lines.length >= 3 || /^\p{Ll}/u.test(trimmed[1]!) || ENDS_MID_PHRASE.test(trimmed[0]!))
  );
}

/** True when the unit ends like a sentence (or a quoted sentence). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
