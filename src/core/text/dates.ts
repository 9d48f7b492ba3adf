// Dates as printed in news text, in the languages Parallax reads: "September 9, 2021 08:51 AM",
// "07 Sep 2021, 13:43", "8. September 2021", "8 de septiembre de 2021", "08.09.2021", ISO 8601,
// and the relative mentions news prose uses ("on Tuesday", "Wednesday's", "yesterday"), which
// need the publication date to be placed. Output is ISO 8601 with only what was printed: a date
// alone stays "2021-09-08", a time without a printed zone gets no offset, a date printed without a
// year and with no reference to place it is "--09-08" (ISO 8601's year-less form).

import {
  FUTURE_CUES, MONTHS, NEXT_CUES, PAST_CUES, RELATIVE_DAYS, WEEKDAYS, WEEKDAYS_IN_DATES, ZONES,
} from './date-words.ts';

export interface DateMention {
  iso: string | null;
  printed: string;
  start: number;
  end: number;
  relative: boolean;
}

export interface DateOptions {
  /** Primary language subtag; decides day/month order of "09/08/2021" and relative words. */
  language?: string;
  /** ISO publication date: places weekday mentions and dates printed without a year. */
  reference?: string;
}

const alternation = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const M = `(?<![\\p{L}])(${alternation(MONTHS.keys())})(?![\\p{L}])\\.?`;
const WEEKDAY_PREFIX = `(?<![\\p{L}])(?:${alternation(WEEKDAYS_IN_DATES.keys())})(?![\\p{L}])\\.?,?\\s+`;
const WD = `(?:${WEEKDAY_PREFIX})?`;
/** "Tuesday the 8th", "Dienstag, den 8.": the article only after a weekday. */
const WD_THE = `(?:${WEEKDAY_PREFIX}(?:(?:the|den|le|el|il)\\s+)?)?`;
const DAY = `(?<![\\d.,:])(\\d{1,2})`;
const YEAR = `((?:19|20)\\d{2})(?!\\d)`;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, options: DateOptions) => { y: number | null; mo: number; d: number; time?: Time } | null;
}
interface Time { h: number; mi: number; s: number | null; zone: string | null }

const PATTERNS: Pattern[] = [
  {
    // ISO 8601, with its own time and zone.
    re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/gu,
    read: (m) => ({
      y: +m[1]!, mo: +m[2]!, d: +m[3]!,
      time: m[4] ? { h: +m[4], mi: +m[5]!, s: m[6] ? +m[6] : null, zone: m[7] ? zoneOffset(m[7]) : null } : undefined,
    }),
  },
  { re: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/gu, read: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }) },
  {
    // 08.09.2021 and 08-09-2021 are day first everywhere; 09/08/2021 is month first in English.
    re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/gu,
    read: (m, o) => {
      const a = +m[1]!, b = +m[3]!;
      const monthFirst = m[2] === '/' && (o.language ?? 'en') === 'en' ? b <= 12 || a > 12 : a > 12;
      return monthFirst && a <= 12 ? { y: +m[4]!, mo: a, d: b } : { y: +m[4]!, mo: b, d: a };
    },
  },
  {
    // Month first: "September 9, 2021", "Sept. 8", "Thu Sep 9 2021".
    re: new RegExp(`${WD}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+${YEAR})?`, 'giu'),
    read: (m) => monthWord(m, 1, m[2]!, m[3]),
  },
  {
    // Day first: "07 Sep 2021", "8. September 2021", "8 septembre 2021", "8 de septiembre de 2021".
    re: new RegExp(`${WD_THE}${DAY}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+|of\\s+)?${M}(?:,?\\s+(?:de\\s+)?${YEAR})?`, 'giu'),
    read: (m) => monthWord(m, 2, m[1]!, m[3]),
  },
];

// Short month forms that are everyday words elsewhere ("des", "set", "out") need a dot or a year.
const RISKY_MONTHS = new Set(['set', 'out', 'des', 'dez', 'mar', 'mai', 'jun', 'jul']);
const LOWERCASE_ENGLISH_WORDS = new Set(['may', 'march']);

function monthWord(m: RegExpExecArray, monthGroup: number, day: string, year: string | undefined) {
  const word = m[monthGroup]!;
  const lower = word.toLowerCase();
  const dotted = m[0].includes(`${word}.`);
  if (RISKY_MONTHS.has(lower) && !dotted && !year) return null;
  if (LOWERCASE_ENGLISH_WORDS.has(word)) return null;
  return { y: year ? +year : null, mo: MONTHS.get(lower)!, d: +day };
}

function zoneOffset(printed: string): string | null {
  const p = printed.trim();
  const known = ZONES[p.toLowerCase()];
  if (known) return known;
  const m = /^(?:GMT|UTC)?\s?([+-])(\d{1,2})(?::?(\d{2}))?$/iu.exec(p);
  return m ? `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : null;
}

// A time right after the date ("…2021 at 7:12 am", "…2021, 13:43 Uhr", "… kl. 13.43"), with a
// printed zone; ambiguous zones (ET, IST) are read past but give no offset.
const ZONE = `GMT\\s?[+-]\\d{1,2}(?::?\\d{2})?|UTC\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|${alternation(
  Object.keys(ZONES).filter((z) => z.length > 1).map((z) => z.toUpperCase()),
)}|ET|PT|CT|MT|IST|CST`;
const TIME_AFTER = new RegExp(
  `^(?:\\s*(?:[,|·–—-]|at|um|à|a las|alle|kl\\.?|klo|klokken|klockan|om|o|godz\\.?)(?![\\p{L}]))*\\s*` +
    `(\\d{1,2})(?:([:.h])(\\d{2}))?(?::(\\d{2}))?\\s*([aApP]\\.?[mM]\\.?)?(?![\\p{L}\\d])\\s*(?:[Uu]hr|heures|h(?![\\p{L}]))?` +
    `(?:\\s*\\(?(${ZONE})\\)?(?![\\p{L}\\d]))?`,
  'u',
);
// A time printed before the date ("08:51 AM ET, Thu September 9, 2021", "13:43, 07 Sep 2021").
const TIME_BEFORE = new RegExp(`(\\d{1,2}):(\\d{2})\\s*([aApP]\\.?[mM]\\.?)?\\s*(?:\\(?(${ZONE})\\)?)?\\s*[,|·–—-]?\\s*(?:on\\s+)?$`, 'u');

function readTimeAfter(rest: string): { time: Time; length: number } | null {
  const m = TIME_AFTER.exec(rest.slice(0, 60));
  if (!m) return null;
  const [, hh, sep, mm, ss, ampm, zone] = m;
  const cue = /\p{L}/u.test(m[0].slice(0, m[0].indexOf(hh!)));
  const unit = /(uhr|heures|h)\s*$/iu.test(m[0].replace(zone ?? '', '').replace(/[\s()]+$/u, ''));
  if (!mm && !ampm) return null; // a bare number is not a time
  if (sep === '.' && !cue && !unit) return null; // "10.50" is a time only after "kl."/"um" or before "Uhr"
  const time = toTime(+hh!, mm ? +mm : 0, ss ? +ss : null, ampm, zone);
  return time ? { time, length: m[0].trimEnd().length } : null;
}

function toTime(h: number, mi: number, s: number | null, ampm: string | undefined, zone: string | undefined): Time | null {
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = /^p/iu.test(ampm);
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || mi > 59 || (s !== null && s > 59)) return null;
  return { h, mi, s, zone: zone ? zoneOffset(zone) : null };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function validDay(y: number | null, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysIn(y ?? 2000, mo); // a leap year admits 29 February when no year is printed
}

function referenceDay(reference: string | undefined): Date | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(reference) : null;
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

/** The year that puts a year-less day closest to the reference. */
function placeYear(mo: number, d: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const distance = (year: number) => Math.abs(Date.UTC(year, mo - 1, d) - ref.getTime());
  return [y - 1, y, y + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

function isoOf(y: number | null, mo: number, d: number, time: Time | undefined): string {
  const date = y === null ? `--${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}-${pad(d)}`;
  if (!time || y === null) return date;
  return `${date}T${pad(time.h)}:${pad(time.mi)}${time.s !== null ? `:${pad(time.s)}` : ''}${time.zone ?? ''}`;
}

/** Every absolute date mention, earliest first, overlaps resolved in favour of the longer. */
function absoluteDates(text: string, options: DateOptions): DateMention[] {
  const ref = referenceDay(options.reference);
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m, options);
      if (!parts || !validDay(parts.y, parts.mo, parts.d)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      let time = parts.time;
      if (!time) {
        const after = readTimeAfter(text.slice(end));
        const before = after ? null : TIME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
        if (after) {
          time = after.time;
          end += after.length;
        } else if (before) {
          const t = toTime(+before[1]!, +before[2]!, null, before[3], before[4]);
          if (t) {
            time = t;
            start -= before[0].length;
          }
        }
      }
      const y = parts.y ?? (ref ? placeYear(parts.mo, parts.d, ref) : null);
      found.push({ iso: isoOf(y, parts.mo, parts.d, time), printed: text.slice(start, end), start, end, relative: false });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/** The first date in a string (a dateline, a "Posted on …" line, a meta tag's value). */
export function parsePrintedDate(
  text: string,
  options: DateOptions = {},
): { iso: string; printed: string; start: number; end: number } | null {
  const first = absoluteDates(text, options)[0];
  return first && first.iso ? { iso: first.iso, printed: first.printed, start: first.start, end: first.end } : null;
}

const WEEKDAY_MENTION = new RegExp(`(?<![\\p{L}])(${alternation(WEEKDAYS.keys())})(?:['’]s)?(?![\\p{L}])`, 'giu');

function shiftDays(day: Date, offset: number): string {
  return new Date(day.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** "on Tuesday": the latest such day up to the reference, unless the words before look ahead. */
function placeWeekday(weekday: number, before: string, ref: Date): string {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  if (NEXT_CUES.test(before)) return shiftDays(ref, ahead || 7);
  if (PAST_CUES.test(before)) return shiftDays(ref, -(back || 7));
  if (FUTURE_CUES.test(before)) return shiftDays(ref, ahead);
  return shiftDays(ref, -back);
}

const RELATIVE_DAY_PATTERNS = new Map<string, [RegExp, number][]>(
  Object.entries(RELATIVE_DAYS).map(([lang, words]) => [
    lang,
    Object.entries(words).map(([word, offset]): [RegExp, number] => [
      new RegExp(`(?<![\\p{L}])${word.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
      offset,
    ]),
  ]),
);

function relativeDates(text: string, options: DateOptions, taken: DateMention[]): DateMention[] {
  const ref = referenceDay(options.reference);
  const free = (s: number, e: number) => !taken.some((t) => s < t.end && e > t.start);
  const out: DateMention[] = [];
  const sentenceBefore = (i: number) => {
    const head = text.slice(Math.max(0, i - 60), i);
    return head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('\n')) + 1);
  };
  WEEKDAY_MENTION.lastIndex = 0;
  for (let m = WEEKDAY_MENTION.exec(text); m; m = WEEKDAY_MENTION.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (!free(start, end)) continue;
    const weekday = WEEKDAYS.get(m[1]!.toLowerCase())!;
    out.push({ iso: ref ? placeWeekday(weekday, sentenceBefore(start), ref) : null, printed: m[0], start, end, relative: true });
  }
  const languages = options.language ? [...new Set([options.language, 'en'])] : Object.keys(RELATIVE_DAYS);
  for (const lang of languages) {
    for (const [re, offset] of RELATIVE_DAY_PATTERNS.get(lang) ?? []) {
      for (const m of text.matchAll(re)) {
        const start = m.index, end = start + m[0].length;
        if (!free(start, end) || out.some((o) => o.start === start)) continue;
        out.push({ iso: ref ? shiftDays(ref, offset) : null, printed: m[0], start, end, relative: true });
      }
    }
  }
  return out;
}

/** Every date mention in a text, absolute and relative, in text order. */
export function findDates(text: string, options: DateOptions = {}): DateMention[] {
  const absolute = absoluteDates(text, options);
  return [...absolute, ...relativeDates(text, options, absolute)].sort((a, b) => a.start - b.start);
}
