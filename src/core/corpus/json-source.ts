// Strict JSON with positions: the parsed value plus a way back from a field path to the
// line:column where it is written, so that every error can point into the file.

import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineAndColumn, type CorpusError } from './errors.ts';

export type JsonPath = (string | number)[];

export interface JsonSource {
  file: string;
  value: unknown;
  /** Line and column of the value at `path`; of the key itself with `key: true`; of the nearest
   * existing parent when the path does not exist (a missing field points at its object). */
  locate(path: JsonPath, options?: { key?: boolean }): { line: number; column: number };
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string (write \\n or \\t)',
};

/** A path as readers write it: `entities[3].aliases[1]`. */
export function formatJsonPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Parses `text` as strict JSON (no comments, no trailing commas, no duplicate keys). */
export function parseJsonSource(file: string, text: string): { source: JsonSource | null; errors: CorpusError[] } {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const at = (offset: number) => lineAndColumn(text, offset);
  if (parseErrors.length > 0 || !root) {
    // Errors after the first are usually its echo: report the first only.
    const first = parseErrors[0];
    const { line, column } = at(first?.offset ?? 0);
    const what = first ? SYNTAX_HINTS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error) : 'empty file';
    return {
      source: null,
      errors: [{ file, line, column, path: null, message: `invalid JSON: ${what}`, fix: 'correct the JSON syntax at this position' }],
    };
  }
  const errors = duplicateKeys(root).map((node): CorpusError => {
    const { line, column } = at(node.offset);
    return {
      file, line, column, path: formatJsonPath(pathOf(node)),
      message: `field ${JSON.stringify(node.value)} appears twice in the same object`,
      fix: 'keep one of them (JSON readers silently keep only the last)',
    };
  });
  const source: JsonSource = {
    file,
    value: getNodeValue(root),
    locate(path, options) {
      for (let n = path.length; n >= 0; n--) {
        const node = findNodeAtLocation(root, path.slice(0, n));
        if (!node) continue;
        const target = options?.key && n === path.length && node.parent?.type === 'property' ? node.parent.children![0]! : node;
        return at(target.offset);
      }
      return at(root.offset);
    },
  };
  return { source, errors };
}

function duplicateKeys(node: Node): Node[] {
  const found: Node[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      if (seen.has(key.value)) found.push(key);
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) found.push(...duplicateKeys(child));
  return found;
}

/** Path of a property-key node, for duplicate-key messages. */
function pathOf(keyNode: Node): JsonPath {
  const path: JsonPath = [keyNode.value];
  let node: Node | undefined = keyNode.parent?.parent;
  while (node?.parent) {
    const parent: Node = node.parent;
    if (parent.type === 'property') {
      path.unshift(parent.children![0]!.value);
      node = parent.parent;
    } else if (parent.type === 'array') {
      path.unshift(parent.children!.indexOf(node));
      node = parent;
    } else break;
  }
  return path;
}
