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

type Kind = 'date' | 'byline' | 'weak-byline' | 'credential' | 'other';

function kindOf(unit: Unit): Kind {
  if (isDateLine(unit.text)) return 'date';
  const byline = parseByline(unit.text);
  if (byline?.strong) return 'byline';
  if (byline) return 'weak-byline';
  // "Journalist", "Senior Correspondent": the credential printed under a byline.
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+)?$/u.test(unit.text) ? 'credential' : 'other';
}

export function parseArticleHeader(units: Unit[]): ArticleHeader {
  const kinds = units.slice(0, HEADER_REACH).map(kindOf);
  // A run of name-like words counts as a byline only next to a date or an unmistakable byline;
  // a one- or two-word credential only right after a byline.
  const isMeta = (k: Kind | undefined) => k === 'date' || k === 'byline';
  kinds.forEach((k, i) => {
    if (k === 'weak-byline') kinds[i] = isMeta(kinds[i - 1]) || isMeta(kinds[i + 1]) ? 'byline' : 'other';
  });
  kinds.forEach((k, i) => {
    if (k === 'credential') kinds[i] = kinds[i - 1] === 'byline' ? 'credential' : 'other';
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
      else if (kind === 'credential') return;
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
  // Pages print the headline again over a photo: not a paragraph of the text.
  header.body = [...strays, ...rest.map((u) => u.text)].filter((p) => p !== header.title);

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
