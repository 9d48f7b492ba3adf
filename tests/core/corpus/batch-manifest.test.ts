// The JSON Lines manifest of a batch: each line on its own, bad lines reported with their number.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseManifest } from '../../../src/core/corpus/batch-manifest.ts';
import { formatCorpusError } from '../../../src/core/corpus/errors.ts';

describe('parseManifest', () => {
  it('reads every good line, skips blank ones and reports each bad one with its line', () => {
    const text = [
      '\uFEFF{"file": "a.txt", "outlet": "Bay Gazette", "date": "2024-02-05"}',
      '',
      '{"file": "b.html", "outlet": "Daily", "date": "2024-02-06T08:00:00+01:00", "url": "https://daily.example.com/b", "lang": "de"}',
      '{"file": "c.txt", "outlet": "Daily", "date": "2021-02-30"}',
      '{"file": "d.txt", "outlet": "Daily"}',
      '{"file": "e.txt", "outlet": "Daily", "date": "2024-01-01", "author": "X"}',
      '{"file": "f.txt", "outlet": "Daily", "date": "2024-01-01", "lang": "English"}',
      '{"file": "g.txt", "outlet": "Daily", "date": "2024-01-01"',
      '["h.txt"]',
      '{"file": "", "outlet": "Daily", "date": "2024-01-01"}',
      '{"file": "i.txt", "outlet": "Daily", "date": "2024-01-01", "byline": "By Jo Bloggs", "title": "A headline"}\r',
    ].join('\n');
    const { entries, errors } = parseManifest('batch.jsonl', text);
    expect(entries.map((e) => [e.line, e.file])).toEqual([[1, 'a.txt'], [3, 'b.html'], [11, 'i.txt']]);
    expect(entries[1]).toMatchObject({ url: 'https://daily.example.com/b', lang: 'de', date: '2024-02-06T08:00:00+01:00' });
    expect(entries[2]).toMatchObject({ byline: 'By Jo Bloggs', title: 'A headline', url: null, lang: null });
    const lines = errors.map(formatCorpusError);
    expect(lines).toEqual([
      expect.stringMatching(/^batch\.jsonl:4:1: date: invalid value "2021-02-30"; write a date such as "2021-09-08"/),
      expect.stringMatching(/^batch\.jsonl:5:1: date: missing field "date"; add "date"/),
      expect.stringMatching(/^batch\.jsonl:6:1: author: unknown field "author"; remove it/),
      expect.stringMatching(/^batch\.jsonl:7:1: lang: invalid value "English"; write a language code/),
      expect.stringMatching(/^batch\.jsonl:8:1: invalid JSON/),
      expect.stringMatching(/^batch\.jsonl:9:1: invalid value \["h\.txt"\]; write an object/),
      expect.stringMatching(/^batch\.jsonl:10:1: file: invalid value ""; write the article's file/),
    ]);
  });

  it('knows real calendar dates', () => {
    expect(['2024-02-29', '2021-09-08'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-29', '2021-13-01', '2021-9-8', '08.09.2021'].some(isCalendarDate)).toBe(false);
  });
});
