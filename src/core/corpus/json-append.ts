// Appends entries to a list inside a JSON file that people edit by hand, leaving every other byte
// of the file as it was: one insertion after the list's last item (or inside an empty list),
// items indented like the ones already there. One pass, however many entries (a batch of a
// thousand documents must not re-parse the file a thousand times).

import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** `text` with `values` added at the end of the list at `path`; null when there is no list there. */
export function appendToJsonList(text: string, path: (string | number)[], values: readonly unknown[]): string | null {
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, path);
  if (!list || list.type !== 'array') return null;
  if (values.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const items = list.children ?? [];
  const keyIndent = indentOfLine(text, list.parent?.type === 'property' ? list.parent.offset : list.offset);
  const unit = detectIndentUnit(text);
  const itemIndent = items.length > 0 ? indentBefore(text, items[0]!.offset) ?? `${keyIndent}${unit}` : `${keyIndent}${unit}`;
  const format = (value: unknown) => JSON.stringify(value, null, unit).split('\n').join(`${eol}${itemIndent}`);
  const formatted = values.map(format);
  if (items.length > 0) {
    const last = items[items.length - 1]!;
    const at = last.offset + last.length;
    return `${text.slice(0, at)}${formatted.map((f) => `,${eol}${itemIndent}${f}`).join('')}${text.slice(at)}`;
  }
  const open = list.offset + 1;
  const close = list.offset + list.length - 1;
  return `${text.slice(0, open)}${eol}${itemIndent}${formatted.join(`,${eol}${itemIndent}`)}${eol}${keyIndent}${text.slice(close)}`;
}

/** The whitespace between the start of the line and `offset`, when only whitespace is there. */
function indentBefore(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lead = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(lead) ? lead : null;
}

/** The leading whitespace of the line that holds `offset`. */
function indentOfLine(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Two spaces unless the file's first indented line says otherwise (a tab, four spaces). */
function detectIndentUnit(text: string): string {
  const first = /\n([ \t]+)\S/.exec(text)?.[1];
  if (!first) return '  ';
  return first.startsWith('\t') ? '\t' : first;
}
