// Errors a user can cause in seeds/: each names the file, where in it (line:column and/or field
// path) and what to do. Validation collects them all instead of stopping at the first.

export interface CorpusError {
  /** Path as the user knows it ("seeds/entities.json"). */
  file: string;
  /** 1-based; null when the problem is the file as a whole. */
  line: number | null;
  column: number | null;
  /** Field path inside a JSON file ("entities[3].aliases[1]"), possibly with the record's id. */
  path: string | null;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** `FILE:LINE:COL: PATH: MESSAGE; FIX` (the parts that are unknown are left out). */
export function formatCorpusError(error: CorpusError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}:${error.column ?? 1}`;
  const path = error.path ? `${error.path}: ` : '';
  return `${where}: ${path}${error.message}; ${error.fix}`;
}

/** Line and column (1-based) of a string offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A value quoted for a message, shortened so that one error stays one line. */
export function preview(value: unknown, max = 60): string {
  const json = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}
