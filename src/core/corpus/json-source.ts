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

/** Parser error code -> [what is wrong, what to do]. Positions point at the token after the slip. */
const SYNTAX: Record<string, [string, string]> = {
  InvalidSymbol: ['unexpected character', 'remove it, or quote the text it belongs to'],
  InvalidNumberFormat: ['malformed number', 'write a plain number such as 2 or 2.5'],
  PropertyNameExpected: ['expected a field name in double quotes', 'quote the field name, or remove a trailing ","'],
  ValueExpected: ['expected a value', 'write a value here, or remove a trailing ","'],
  ColonExpected: ['expected ":" after the field name', 'add the ":"'],
  CommaExpected: ['expected ","', 'add a "," after the previous item (it ends just before this position)'],
  CloseBraceExpected: ['expected "}"', 'close the object, or add the missing "," before this position'],
  CloseBracketExpected: ['expected "]"', 'close the list, or add the missing "," before this position'],
  EndOfFileExpected: ['unexpected text after the end of the JSON value', 'remove it, or wrap everything in one object'],
  InvalidCommentToken: ['comments are not allowed in JSON', 'remove the comment (use a "note" field instead)'],
  UnexpectedEndOfComment: ['unterminated comment', 'remove the comment'],
  UnexpectedEndOfString: ['unterminated string', 'add the closing double quote'],
  UnexpectedEndOfNumber: ['unterminated number', 'complete the number'],
  InvalidUnicode: ['invalid \\u escape', 'write four hexadecimal digits after \\u'],
  InvalidEscapeCharacter: ['invalid escape sequence', 'escape a backslash as \\\\'],
  InvalidCharacter: ['control character inside a string', 'write a line break as \\n and a tab as \\t'],
};

/** A path as readers write it: `entities[3].aliases[1]`. */
export function formatJsonPath(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** `entities[3].aliases[1] (entity "heiko-maas")`: the path plus the id of the record it is in. */
export function labelPath(value: unknown, path: JsonPath): string {
  let node = value;
  let record: string | null = null;
  for (const [i, key] of path.entries()) {
    node = (node as Record<string | number, unknown> | undefined)?.[key];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number' && typeof id === 'string') record = `${recordKind(path[i - 1])} "${id}"`;
  }
  const formatted = formatJsonPath(path);
  return record ? `${formatted} (${record})` : formatted;
}

function recordKind(listKey: string | number | undefined): string {
  if (listKey === 'entities') return 'entity';
  if (listKey === 'documents') return 'document';
  return 'item';
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
    const [what, fix] = first
      ? SYNTAX[printParseErrorCode(first.error)] ?? [printParseErrorCode(first.error), 'correct the JSON syntax here']
      : ['the file is empty', 'write the JSON object the file should hold (see docs/corpus.md)'];
    return { source: null, errors: [{ file, line, column, path: null, message: `invalid JSON: ${what}`, fix }] };
  }
  const value = getNodeValue(root);
  const errors = duplicateKeys(root).map((node): CorpusError => {
    const { line, column } = at(node.offset);
    return {
      file, line, column, path: labelPath(value, pathOf(node)),
      message: `field ${JSON.stringify(node.value)} appears twice in the same object`,
      fix: 'keep one of them (JSON readers silently keep only the last)',
    };
  });
  const source: JsonSource = {
    file,
    value,
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
