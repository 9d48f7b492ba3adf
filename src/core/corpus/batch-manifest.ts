// The JSON Lines manifest of a batch (`corpus add|pack --manifest FILE.jsonl`): one article per
// line, `{"file", "outlet", "date", "url"?, "lang"?, "byline"?, "title"?}`, the file relative to
// the manifest. Each line is read on its own: a bad line is reported with its number and the
// others still count. Blank lines are skipped.

import * as v from 'valibot';
import { preview, type CorpusError } from './errors.ts';

export interface ManifestEntry {
  /** 1-based line of the manifest. */
  line: number;
  file: string;
  outlet: string;
  date: string;
  url: string | null;
  lang: string | null;
  byline: string | null;
  title: string | null;
}

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** `2021-09-08` that names a real day (not 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function isLanguageCode(value: string): boolean {
  return LANGUAGE.test(value);
}

const text = (what: string) => v.pipe(v.string(what), v.trim(), v.nonEmpty(what));
const optionalText = (what: string) => v.optional(v.nullable(text(what)));
const DATE_HINT = 'a date such as "2021-09-08" (or an ISO 8601 date-time with offset)';

const entrySchema = v.strictObject(
  {
    file: text('the article\'s file, relative to the manifest'),
    outlet: text('the outlet\'s name'),
    date: v.pipe(v.string(DATE_HINT), v.regex(ISO_DATE, DATE_HINT), v.check((s) => isCalendarDate(s.slice(0, 10)), DATE_HINT)),
    url: v.optional(v.nullable(v.string('the page\'s http(s) address, or null'))),
    lang: v.optional(v.nullable(v.pipe(v.string('a language code such as "en" or "de"'), v.regex(LANGUAGE, 'a language code such as "en" or "de"')))),
    byline: optionalText('the byline as printed'),
    title: optionalText('the headline'),
  },
  'an object {"file", "outlet", "date", "url"?, "lang"?}',
);

const FIELDS = Object.keys(entrySchema.entries).join(', ');

export function parseManifest(name: string, content: string): { entries: ManifestEntry[]; errors: CorpusError[] } {
  const entries: ManifestEntry[] = [];
  const errors: CorpusError[] = [];
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const error = (path: string | null, message: string, fix: string) => errors.push({ file: name, line, column: 1, path, message, fix });
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      error(null, `invalid JSON (${(e as Error).message})`, 'write one JSON object per line, such as {"file": "a.txt", "outlet": "Daily", "date": "2021-09-08"}');
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      error(null, `invalid value ${preview(value)}`, `write an object such as {"file": "a.txt", "outlet": "Daily", "date": "2021-09-08"}`);
      return;
    }
    const result = v.safeParse(entrySchema, value, { abortEarly: true });
    if (!result.success) {
      const issue = result.issues[0];
      const key = issue.path?.at(-1);
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? null;
      if (key?.origin === 'key' && issue.input === undefined && !(String(key.key) in (key.input as object))) {
        error(field, `missing field "${String(key.key)}"`, `add "${String(key.key)}": ${issue.expected === 'never' ? 'a value' : describe(String(key.key))}`);
      } else if (key?.origin === 'key') {
        error(field, `unknown field "${String(key.key)}"`, `remove it or correct its spelling (fields: ${FIELDS})`);
      } else {
        error(field, `invalid value ${preview(issue.input)}`, `write ${issue.message}`);
      }
      return;
    }
    const e = result.output;
    entries.push({ line, file: e.file, outlet: e.outlet, date: e.date, url: e.url ?? null, lang: e.lang ?? null, byline: e.byline ?? null, title: e.title ?? null });
  });
  return { entries, errors };
}

function describe(field: string): string {
  if (field === 'file') return 'the article\'s file, relative to the manifest';
  if (field === 'outlet') return 'the outlet\'s name';
  if (field === 'date') return DATE_HINT;
  return 'a value';
}
