// Reads PolNeAR (../shared/corpora/polnear): articles and their brat-standoff attribution
// relations (Source, Cue, Content as character spans, possibly discontinuous). One annotation
// file per article: the first in name order, when an article was annotated twice.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../core/types.ts';

export type Split = 'train' | 'dev' | 'test';

export interface GoldRelation {
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[];
}

export interface GoldArticle {
  name: string;
  text: string;
  relations: GoldRelation[];
}

export function readPolnear(dir: string, split: Split): GoldArticle[] {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`${dir}: no ${split}/text and ${split}/attributions folders (is this PolNeAR?)`);
  const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const out: GoldArticle[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    const ann = annotations.find((a) => a.startsWith(`${name}_`) && /^_[0-9a-z]+\.ann$/.test(a.slice(name.length)));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    out.push({ name, text, relations: parseBrat(readFileSync(join(annDir, ann), 'utf8')) });
  }
  return out;
}

/** Brat standoff: `T<n>\tType start end[;start end]\ttext` and `E<n>\tAttribution:T Cue:T Content:T Source:T`. */
export function parseBrat(ann: string): GoldRelation[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const parts = line.split('\t');
    const id = parts[0] ?? '';
    if (/^T\d+$/.test(id) && parts[1]) {
      const [type, ...rest] = parts[1].split(' ');
      const list = rest.join(' ').split(';').map((s) => {
        const [a, b] = s.trim().split(/\s+/).map(Number);
        return { start: a!, end: b! };
      });
      if (list.every((s) => Number.isInteger(s.start) && Number.isInteger(s.end))) spans.set(id, { type: type!, spans: list });
    } else if (/^E\d+$/.test(id) && parts[1]) {
      events.push(Object.fromEntries(parts[1].trim().split(/\s+/).map((arg) => arg.split(':') as [string, string])));
    }
  }
  const get = (id: string | undefined) => (id ? spans.get(id)?.spans ?? null : null);
  return events.flatMap((e) => {
    const content = get(e.Content);
    return content ? [{ source: get(e.Source), cue: get(e.Cue), content }] : [];
  });
}

/**
 * The characters inside quotation marks within a relation's Content (double marks only, the two
 * apostrophes some archives print for one among them). Curly marks say which way they face;
 * straight ones alternate. A mark left open runs to the span's end.
 */
export function quotedSpans(text: string, content: Span[]): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    if (end > start) out.push({ start, end });
  };
  for (const part of content) {
    let open: number | null = null;
    for (let k = part.start; k < part.end; k++) {
      const twin = text[k] === "'" && text[k + 1] === "'";
      const ch = twin ? '"' : text[k];
      if (ch === '\u201c' || (ch === '"' && open === null)) {
        if (open === null) open = k + (twin ? 2 : 1);
      } else if (ch === '\u201d' || ch === '"') {
        push(open ?? part.start, k);
        open = null;
      }
      if (twin) k++;
    }
    if (open !== null) push(open, part.end);
  }
  return out;
}

export function hasQuotationMarks(text: string, content: Span[]): boolean {
  return content.some((s) => /[\u201c\u201d"]|''/.test(text.slice(s.start, s.end)));
}
