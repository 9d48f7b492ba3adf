// Appending entries to a hand-edited JSON list: every other byte stays as it was.
import { describe, expect, it } from 'vitest';
import { appendToJsonList } from '../../../src/core/corpus/json-append.ts';

describe('appendToJsonList', () => {
  it('adds after the last item, indented like the items, and leaves the rest byte for byte', () => {
    const text = '{\n  "documents": [\n    { "id": "a",   "note": "hand formatted" }\n  ],\n  "x": 1\n}\n';
    const out = appendToJsonList(text, ['documents'], [{ id: 'b' }, { id: 'c', n: [1] }])!;
    expect(out).toBe('{\n  "documents": [\n    { "id": "a",   "note": "hand formatted" },\n    {\n      "id": "b"\n    },\n    {\n      "id": "c",\n      "n": [\n        1\n      ]\n    }\n  ],\n  "x": 1\n}\n');
    expect(JSON.parse(out).documents.map((d: { id: string }) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('fills an empty list, and keeps CRLF line ends and tab indentation', () => {
    expect(JSON.parse(appendToJsonList('{ "documents": [] }', ['documents'], [{ id: 'a' }])!).documents).toEqual([{ id: 'a' }]);
    const out = appendToJsonList('{\r\n\t"documents": [\r\n\t]\r\n}\r\n', ['documents'], [{ id: 'a' }])!;
    expect(out).toBe('{\r\n\t"documents": [\r\n\t\t{\r\n\t\t\t"id": "a"\r\n\t\t}\r\n\t]\r\n}\r\n');
  });

  it('returns the text unchanged for no values, and null where there is no list', () => {
    expect(appendToJsonList('{"documents":[1]}', ['documents'], [])).toBe('{"documents":[1]}');
    expect(appendToJsonList('{"documents":{}}', ['documents'], [1])).toBeNull();
    expect(appendToJsonList('{}', ['documents'], [1])).toBeNull();
  });
});
