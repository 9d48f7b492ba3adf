// A line that only dates the article ("Updated 1:39 am EST, Wednesday, November 20, 2019",
// "By Jane Doe | November 18, 2019 at 2:26 PM"): once its dates, times, the name after "By" and
// label words are taken out, at most one word is left. Read word by word against the date
// parser's word lists, not with the date parser's patterns: those are large Unicode,
// case-insensitive expressions whose first use on a page costs tens of milliseconds of
// compiling, in one go, on the page's main thread.

import { MONTHS, RELATIVE_DAYS, WEEKDAYS, WEEKDAYS_IN_DATES, ZONES } from '../text/date-words.ts';

const MAX_WORDS = 20;

// Words a dateline is made of besides dates: labels, connectors, units of "3 hours ago".
const LABELS = new Set([
  'updated', 'update', 'published', 'posted', 'first', 'last', 'modified', 'created', 'on', 'at', 'am', 'pm', 'a.m', 'p.m',
  'ago', 'today', 'yesterday', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'read', 'original',
  'aktualisiert', 'veröffentlicht', 'publisert', 'oppdatert', 'publié', 'mis', 'à', 'jour', 'publicado', 'atualizado',
  'pubblicato', 'uhr', 'h',
]);
/** Between a day and its month ("8 de septiembre de 2021", "the 8th of May", "den 8."). */
const CONNECTORS = new Set(['de', 'of', 'the', 'den', 'le', 'el', 'il']);
const RELATIVE = new Set(Object.values(RELATIVE_DAYS).flatMap((words) => Object.keys(words).flatMap((w) => w.split(' '))));

const DAY = /^\d{1,2}(?:st|nd|rd|th|er|\.)?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const CLOCK = /^\d{1,2}(?:[:.h]\d{2}){1,2}(?:[ap]\.?m\.?)?$/i;
const NUMERIC_DATE = /^(?:\d{4}-\d{2}-\d{2}(?:t[\d:.+-]*z?)?|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2})$/i;
const ZONE_ABBREVIATION = /^[A-Z]{2,4}T?$/;
const TIME_IN_TEXT = /(?:^|[^\d])\d{1,2}:\d{2}(?!\d)/;
const BYLINE_WORDS = new Set(['by', 'von', 'av', 'par', 'por']);
/** Ends a name after "By": a separator between the parts of a dateline. */
const SEPARATOR = /[|–—-]/;

interface Token {
  text: string;
  lower: string;
  /** Punctuation glued before the word ("(80)" is a count, not a day). */
  glued: boolean;
  /** A separator (| – — -) came right before this token. */
  afterSeparator: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let afterSeparator = false;
  for (const raw of text.split(/\s+/)) {
    if (!raw) continue;
    // Punctuation around a word ("(EST)", "2019,", "|Updated") is not part of it; a dot after a
    // day or an abbreviated month is, and so is a hyphen inside a word ("segunda-feira").
    const leading = /^[|–—\-(/,;:·@[\]]+/.exec(raw)?.[0] ?? '';
    const word = raw.slice(leading.length).replace(/[|–—(),;:·[\]/]+$/, '');
    if (SEPARATOR.test(leading)) afterSeparator = true;
    if (word && !/^[|–—-]+$/.test(word)) {
      tokens.push({ text: word, lower: word.toLowerCase(), glued: leading !== '', afterSeparator });
      afterSeparator = false;
    } else if (word) afterSeparator = true;
    if (SEPARATOR.test(raw.slice(leading.length + word.length))) afterSeparator = true;
  }
  return tokens;
}

const bare = (t: Token) => t.lower.replace(/\.$/, '');
const isMonth = (t: Token) => MONTHS.has(bare(t));
const isDay = (t: Token) => DAY.test(t.text) && Number.parseInt(t.text, 10) >= 1 && Number.parseInt(t.text, 10) <= 31;
const isDayOrYear = (t: Token | undefined) => !!t && !t.glued && (isDay(t) || YEAR.test(bare(t)));

export function isDateline(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length > MAX_WORDS || !/\d/.test(text)) return false;
  const dated = new Set<number>();
  tokens.forEach((t, i) => {
    if (NUMERIC_DATE.test(t.text)) dated.add(i);
    if (!isMonth(t)) return;
    // A month word with a day or a year next to it (a connector may sit between).
    let before = i - 1;
    if (tokens[before] && CONNECTORS.has(tokens[before]!.lower)) before--;
    let after = i + 1;
    if (tokens[after] && CONNECTORS.has(tokens[after]!.lower)) after++;
    if (!isDayOrYear(tokens[before]) && !isDayOrYear(tokens[after])) return;
    for (let k = Math.max(0, before); k <= Math.min(tokens.length - 1, after + 2); k++) {
      const u = tokens[k]!;
      if (k === i || isDayOrYear(u) || CONNECTORS.has(u.lower) || (k < i && WEEKDAYS_IN_DATES.has(bare(u)))) dated.add(k);
      else if (k > i) break;
    }
  });
  if (dated.size === 0 && !TIME_IN_TEXT.test(text)) return false;
  let left = 0;
  let inByline = false;
  for (const [i, t] of tokens.entries()) {
    if (t.afterSeparator) inByline = false;
    // "By Jane Doe" up to the next separator.
    if (BYLINE_WORDS.has(t.lower) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      inByline = true;
      continue;
    }
    if (inByline || dated.has(i)) continue;
    const b = bare(t);
    if (DAY.test(t.text) || CLOCK.test(t.text) || NUMERIC_DATE.test(t.text) || /^[ap]\.?m\.?$/i.test(t.text) || LABELS.has(b) || LABELS.has(t.lower)) continue;
    if (WEEKDAYS.has(b) || WEEKDAYS_IN_DATES.has(b) || RELATIVE.has(b) || ZONES[b] !== undefined || ZONE_ABBREVIATION.test(t.text)) continue;
    if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
    left++;
  }
  return left <= 1;
}
