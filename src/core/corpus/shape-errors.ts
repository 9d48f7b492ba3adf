// Runs a valibot schema over a parsed JSON file and turns every issue into a CorpusError that
// points at the field's line:column, says what is wrong and what a valid value looks like.

import * as v from 'valibot';
import { preview, type CorpusError } from './errors.ts';
import { labelPath, type JsonPath, type JsonSource } from './json-source.ts';

type AnySchema = v.GenericSchema & { message?: unknown; entries?: Record<string, AnySchema>; item?: AnySchema; wrapped?: AnySchema; pipe?: AnySchema[] };

/** Validates the shape of `source.value`; returns the typed value only when there is no issue. */
export function checkShape<S extends v.GenericSchema>(
  source: JsonSource,
  schema: S,
): { value: v.InferOutput<S> | null; errors: CorpusError[] } {
  const result = v.safeParse(schema, source.value, { abortEarly: false });
  if (result.success) return { value: result.output, errors: [] };
  return { value: null, errors: result.issues.map((issue) => toError(source, schema as unknown as AnySchema, issue)) };
}

function toError(source: JsonSource, root: AnySchema, issue: v.BaseIssue<unknown>): CorpusError {
  const path: JsonPath = (issue.path ?? []).map((item) => item.key as string | number);
  const last = issue.path?.at(-1);
  const keyIssue = last?.origin === 'key';
  const missing = keyIssue && issue.input === undefined && !(String(last!.key) in (last!.input as object));
  const { line, column } = source.locate(path, { key: keyIssue && !missing });
  const label = labelPath(source.value, path);
  if (missing) {
    const key = String(last!.key);
    return { file: source.file, line, column, path: label, message: `missing field "${key}"`, fix: `add "${key}": ${expectation(schemaAt(root, path))}` };
  }
  if (keyIssue) {
    const allowed = Object.keys(schemaAt(root, path.slice(0, -1))?.entries ?? {});
    return {
      file: source.file, line, column, path: label,
      message: `unknown field "${String(last!.key)}"`,
      fix: `remove it or correct its spelling (fields here: ${allowed.join(', ')})`,
    };
  }
  return { file: source.file, line, column, path: label || '(top level)', message: `invalid value ${preview(issue.input)}`, fix: `write ${issue.message}` };
}

function schemaAt(root: AnySchema, path: JsonPath): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const key of path) {
    schema = unwrap(schema);
    schema = typeof key === 'number' ? schema?.item : schema?.entries?.[key];
  }
  return schema;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let s = schema;
  while (s && (s.wrapped || (s.pipe && s.pipe[0] !== s))) s = s.wrapped ?? s.pipe![0];
  return s;
}

function expectation(schema: AnySchema | undefined): string {
  for (let s = schema; s; s = s.wrapped ?? s.pipe?.[0]) {
    if (typeof s.message === 'string') return s.message;
    if (!s.wrapped && !(s.pipe && s.pipe[0] !== s)) break;
  }
  return 'a value';
}
