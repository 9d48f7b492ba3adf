// What a single short line is: a headline, an in-article section marker, a printed date, a
// byline. Language-light on purpose (English, German, French, Norwegian month names and cues).

import { endsLikeSentence } from './units.ts';

const MONTH =
  '(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevr(?:ier)?|mar(?:ch)?|märz|mars|apr(?:il)?|avr(?:il)?|may|mai|juni?|june|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|août|sept?(?:ember|embre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|déc(?:embre)?|des(?:ember)?)\\.?';
const PRINTED_DATE = new RegExp(
  `(?:\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b)`,
  'iu',
);
const DATE_CUE = /^(?:posted|published|updated|last updated|first published|veröffentlicht|aktualisiert|stand|publié|mis à jour|publisert|oppdatert)\b/iu;
const AGENCY =
  /(?:Agence France[- ]Presse|AFP|Reuters|Associated Press|AP|dpa|Deutsche Presse-Agentur|ANI|PTI|IANS|Xinhua|EFE|ANSA|Anadolu|Kyodo|Yonhap|NTB|TT|APA|Belga|Bloomberg|UPI)/u;
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?|\p{Lu}[\p{Lu}'’-]+|\p{Lu}\.|van|von|de|der|da|del|al|bin|ibn|le|la)$/u;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** " - Meeting refugees - ": the wire-copy way of printing a subhead inside an article. */
export function isSectionMarker(text: string): boolean {
  return /^[-–—•*]\s*\S.*\S\s*[-–—•*]$/u.test(text) || /^[-–—]\s+\S/u.test(text);
}

/** A printed date or time line ("September 9, 2021 08:51 AM", "Posted on Sep 8, 2021 at 7:12 am"). */
export function isDateLine(text: string): boolean {
  if (text.length > 110 || wordCount(text) > 16 || (endsLikeSentence(text) && wordCount(text) > 6)) return false;
  // "DOHA, Sept 7, 2021 (AFP) - The minister…" is a lead paragraph, not a date line.
  const dateline = findDateline(text);
  if (dateline && wordCount(text.slice(dateline.length)) >= 3) return false;
  return PRINTED_DATE.test(text) || (DATE_CUE.test(text) && /\d/.test(text));
}

/** A short line with no sentence ending: the shape of a headline, subtitle or subhead. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 2 && words <= 32 && text.length <= 220 &&
    !endsLikeSentence(text.replace(/\s*[?!]$/u, '')) &&
    /\p{L}/u.test(text) &&
    !isSectionMarker(text) &&
    !isDateLine(text)
  );
}

export interface PrintedByline {
  byline: string | null;
  agency: string | null;
  /** "By …", or a name followed by an agency: unmistakable. Otherwise only a run of name-like words. */
  strong: boolean;
}

/** "By Jane Doe", "Shaun TANDON Agence France-Presse", "Jane Doe (Reuters)", "Jane Doe" (weak). */
export function parseByline(text: string): PrintedByline | null {
  if (text.length > 90 || endsLikeSentence(text)) return null;
  let rest = text.trim();
  let strong = false;
  const by = /^(?:by|von|par|av)\s+/iu.exec(rest);
  if (by) {
    rest = rest.slice(by[0].length);
    strong = true;
  }
  let agency: string | null = null;
  const agencyMatch = new RegExp(`[\\s,|/(–—-]*\\(?(${AGENCY.source})\\)?\\s*$`, 'u').exec(rest);
  if (agencyMatch && agencyMatch.index > 0) {
    agency = agencyMatch[1]!;
    rest = rest.slice(0, agencyMatch.index);
    strong = true;
  }
  const names = rest.split(/\s*(?:,| and | und | et | og |&)\s*/u).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) return agency && by ? { byline: null, agency, strong } : null;
  for (const name of names) {
    const tokens = name.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => NAME_TOKEN.test(t))) return null;
  }
  return { byline: names.join(', '), agency, strong };
}

export interface Dateline {
  place: string;
  /** Length of the dateline prefix, separator included. */
  length: number;
}

const DATELINE_PATTERNS: RegExp[] = [
  // "(Ramstein) US Secretary…"
  /^\((\p{Lu}[\p{L}'.\- ]{1,40}?)\)\s+(?=\S)/u,
  // "RAMSTEIN, Germany (AFP) - …", "DOHA, Sept 7, 2021 (BSS/AFP) - …", "GENEVA: …"
  /^(\p{Lu}[\p{Lu}'.\- ]{2,40}?)(?:,\s*([^()\-–—:]{1,30}?))?\s*(?:\([^()]{2,24}\))?\s*[-–—:]\s+(?=\S)/u,
  // "Ramstein (AFP) - …"
  new RegExp(`^(\\p{Lu}[\\p{L}'.\\- ]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.\\- ]{1,30}?)?)\\s*\\((?:${AGENCY.source})\\)\\s*[-–—:]?\\s+(?=\\S)`, 'u'),
];

/** The place line a report opens with, when there is one. */
export function findDateline(paragraph: string): Dateline | null {
  for (const pattern of DATELINE_PATTERNS) {
    const m = pattern.exec(paragraph);
    if (!m) continue;
    // A region after the place is kept ("GENEVA, Switzerland"), a date is not.
    const region = m[2] && !/\d/.test(m[2]) ? `, ${m[2].trim()}` : '';
    return { place: `${m[1]!.trim()}${region}`, length: m[0].length };
  }
  return null;
}
