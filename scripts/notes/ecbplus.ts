// ECB+ as a notes bench: per event, the first articles (in file order) make the story's corpus
// versions and the next ones are analysed against them, as if the story had been recognised.
// Story matching is measured elsewhere (eval:stories); here only the notes are at stake.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStrictEntityCatalog } from '../../src/core/entities/strict-catalog.ts';
import { analyseText, type AnalysedText } from '../../src/core/compare/analysed-text.ts';
import { compareStory, type StoryVersionInput } from '../../src/core/compare/compare-story.ts';
import type { Difference } from '../../src/core/types.ts';
import type { NoteFeatures } from '../../src/core/compare/note-model.ts';

export const ECBPLUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'ecbplus');

/** Versions added to the story's corpus per event, and articles analysed against them. */
export const ADDED = 3;
export const ANALYSED = 2;

interface IndexRow {
  file: string;
  topic: number;
  event: string;
}

export interface AnalysedCase {
  event: string;
  topic: number;
  file: string;
  text: string;
  versions: { file: string; text: string }[];
  differences: Difference[];
  features: Map<string, NoteFeatures>;
}

const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function readEcbPlus(dir = ECBPLUS): { events: Map<string, IndexRow[]>; read: (file: string) => string } {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: this command reads ../shared/corpora/ecbplus`);
  const rows = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexRow[];
  const events = new Map<string, IndexRow[]>();
  for (const row of rows) {
    const list = events.get(row.event) ?? [];
    list.push(row);
    events.set(row.event, list);
  }
  for (const list of events.values()) list.sort((a, b) => natural(a.file, b.file));
  return { events, read: (file) => readFileSync(join(dir, file), 'utf8') };
}

/** The version's outlet: ECB+ names none, so the file stands for it. */
export const outletOf = (file: string) => file.replace(/^docs\//, '').replace(/\.txt$/, '');

export function* ecbPlusCases(dir = ECBPLUS): Generator<AnalysedCase> {
  const { events, read } = readEcbPlus(dir);
  const catalog = buildStrictEntityCatalog([]);
  const cache = new Map<string, AnalysedText>();
  const analysed = (file: string) => {
    let a = cache.get(file);
    if (!a) cache.set(file, (a = analyseText(read(file), 'en', catalog)));
    return a;
  };
  for (const [event, rows] of [...events].sort((a, b) => natural(a[0], b[0]))) {
    const added = rows.slice(0, Math.min(ADDED, rows.length - 1));
    const rest = rows.slice(added.length, added.length + ANALYSED);
    const versions: StoryVersionInput[] = added.map((r) => ({
      articleId: r.file,
      outlet: outletOf(r.file),
      publishedAt: null,
      publishedAsPrinted: null,
      analysed: analysed(r.file),
    }));
    for (const row of rest) {
      const here = analysed(row.file);
      const comparison = compareStory(here, { start: 0, end: here.text.length }, null, versions, { keepAll: true });
      yield {
        event,
        topic: row.topic,
        file: row.file,
        text: here.text,
        versions: added.map((r) => ({ file: r.file, text: read(r.file) })),
        differences: comparison.differences,
        features: comparison.features,
      };
    }
  }
}
