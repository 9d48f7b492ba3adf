// The header of one article: headline, standfirst, printed date and byline lines before the
// body, and the dateline that opens the first paragraph. All of it leaves the text.

import { findDateline, isDateLine, isHeadlineLike, isSectionMarker, parseByline } from './line-kinds.ts';
import type { Unit } from './units.ts';

export interface ArticleHeader {
  title: string | null;
  standfirst: string | null;
  dateAsPrinted: string | null;
  byline: string | null;
  agency: string | null;
  dateline: string | null;
  /** The body paragraphs, dateline removed. */
  body: string[];
}

/** How far into an article a date or byline line may sit and still belong to its header. */
const HEADER_REACH = 5;

type Kind = 'date' | 'byline' | 'weak-byline' | 'other';

function kindOf(unit: Unit): Kind {
  if (isDateLine(unit.text)) return 'date';
  const byline = parseByline(unit.text);
  if (byline?.strong) return 'byline';
  return byline ? 'weak-byline' : 'other';
}

export function parseArticleHeader(units: Unit[]): ArticleHeader {
  const kinds = units.slice(0, HEADER_REACH).map(kindOf);
  // A run of name-like words counts as a byline only next to a date line.
  kinds.forEach((k, i) => {
    if (k === 'weak-byline') kinds[i] = kinds[i - 1] === 'date' || kinds[i + 1] === 'date' ? 'byline' : 'other';
  });
  const firstMeta = kinds.findIndex((k) => k !== 'other');
  const lastMeta = kinds.findLastIndex((k) => k !== 'other');

  const header: ArticleHeader = { title: null, standfirst: null, dateAsPrinted: null, byline: null, agency: null, dateline: null, body: [] };
  let pre: Unit[];
  let rest: Unit[];
  const strays: string[] = [];
  if (firstMeta >= 0 && firstMeta <= 3) {
    pre = units.slice(0, firstMeta);
    rest = units.slice(lastMeta + 1);
    units.slice(firstMeta, lastMeta + 1).forEach((unit, j) => {
      const kind = kinds[firstMeta + j];
      if (kind === 'date') header.dateAsPrinted ??= unit.text;
      else if (kind === 'byline') {
        const parsed = parseByline(unit.text)!;
        header.byline ??= parsed.byline;
        header.agency ??= parsed.agency;
      } else strays.push(unit.text); // kept as body rather than lost
    });
    // Date first, headline after it.
    if (pre.length === 0 && rest.length > 1 && isHeadlineLike(rest[0]!.text) && !isSectionMarker(rest[0]!.text)) {
      pre = rest.slice(0, 1);
      rest = rest.slice(1);
    }
  } else {
    // No printed date or byline: a headline, then possibly a subtitle, then the text.
    const leading = units.findIndex((u) => !isHeadlineLike(u.text) || isSectionMarker(u.text));
    const count = Math.min(leading === -1 ? 0 : leading, 2);
    pre = units.slice(0, count);
    rest = units.slice(count);
  }
  if (pre.length > 0 && isHeadlineLike(pre[0]!.text)) {
    header.title = pre[0]!.text;
    pre = pre.slice(1);
  }
  if (pre.length > 0) header.standfirst = pre.map((u) => u.text).join(' ');
  header.body = [...strays, ...rest.map((u) => u.text)];

  // The dateline opens the first paragraph the reader sees: the standfirst when there is one.
  if (header.standfirst) {
    const dateline = findDateline(header.standfirst);
    if (dateline) {
      header.dateline = dateline.place;
      header.standfirst = header.standfirst.slice(dateline.length);
    }
  } else if (header.body.length > 0) {
    const dateline = findDateline(header.body[0]!);
    if (dateline) {
      header.dateline = dateline.place;
      header.body[0] = header.body[0]!.slice(dateline.length);
    }
  }
  return header;
}
