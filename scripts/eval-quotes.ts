// Quote finding and attribution measured on real text we did not write (../shared/devset), with
// the scoring method of the hidden checks (CONTRACT "How the hidden checks score").
// Usage: npx tsx scripts/eval-quotes.ts [--verbose] [--json]

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntityCatalog } from '../src/core/entities/catalog.ts';
import { buildStrictEntityCatalog } from '../src/core/entities/strict-catalog.ts';
import { analyzeQuotes } from '../src/core/quotes/index.ts';
import { parseExpectedSpeaker, quoteMatches, speakerMatches } from '../src/cli/eval-scoring.ts';
import type { EntityRecord } from '../src/core/types.ts';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared', 'devset');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

interface Expected {
  text: string;
  /** Full name, "anonymous: …", or null (nobody speaks). */
  speaker: string | null;
  kind?: string;
  note?: string;
}

async function entityList(): Promise<EntityRecord[]> {
  const path = join(root, 'seeds', 'entities.json');
  if (existsSync(path)) {
    const raw = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(raw) ? raw : raw.entities;
  }
  process.stderr.write('seeds/entities.json not found: using the test fixture entity list\n');
  return (await import('../tests/core/entities/fixtures.ts')).SEED_ENTITIES;
}

interface Row {
  file: string;
  expected: number;
  found: number;
  right: number;
  attributed: number;
  attributedRight: number;
  scare: number;
  scareWithSpeaker: number;
}

function score(file: string, text: string, language: string, expected: Expected[], catalog: ReturnType<typeof buildEntityCatalog>): Row {
  const analysis = analyzeQuotes(text, { language, catalog });
  const row: Row = { file, expected: 0, found: 0, right: 0, attributed: 0, attributedRight: 0, scare: 0, scareWithSpeaker: 0 };
  // Strict reading of the method: every reported quote that matches counts; a scare quote is
  // wrong if any of them has a speaker; precision needs all attributed matches to be right.
  for (const e of expected) {
    if (e.note?.startsWith('ambiguous')) continue;
    const want = parseExpectedSpeaker(e.speaker);
    const hits = analysis.quotes.filter((q) => quoteMatches(q.text, e.text));
    if (e.speaker === null) {
      row.scare++;
      const bad = hits.some((q) => q.speaker !== null);
      if (bad) row.scareWithSpeaker++;
      if (verbose) console.error(`  ${hits.length ? (bad ? 'SPKR' : 'ok  ') : 'miss'} scare ${JSON.stringify(e.text.slice(0, 60))} -> ${hits.map((q) => q.speaker ?? '-').join(' / ')}`);
      continue;
    }
    row.expected++;
    if (!hits.length) {
      if (verbose) console.error(`  MISS ${JSON.stringify(e.text.slice(0, 70))} (${e.speaker})`);
      continue;
    }
    row.found++;
    const right = hits.some((q) => speakerMatches(q, want));
    const attributed = hits.filter((q) => q.speaker !== null);
    if (right) row.right++;
    if (attributed.length) {
      row.attributed++;
      if (attributed.every((q) => speakerMatches(q, want))) row.attributedRight++;
    }
    if (verbose) {
      const tag = right ? (attributed.every((q) => speakerMatches(q, want)) ? 'ok  ' : 'MIXED') : attributed.length ? 'WRONG' : 'NONE';
      console.error(`  ${tag} ${JSON.stringify(e.text.slice(0, 60))} expected ${e.speaker} got ${hits.map((q) => `${q.speaker}${q.anonymous ? ' (anon)' : ''} ${q.confidence}`).join(' / ')}`);
    }
  }
  return row;
}

function table(title: string, rows: Row[]) {
  const total = rows.reduce(
    (t, r) => ({
      ...t,
      expected: t.expected + r.expected,
      found: t.found + r.found,
      right: t.right + r.right,
      attributed: t.attributed + r.attributed,
      attributedRight: t.attributedRight + r.attributedRight,
      scare: t.scare + r.scare,
      scareWithSpeaker: t.scareWithSpeaker + r.scareWithSpeaker,
    }),
    { file: 'overall', expected: 0, found: 0, right: 0, attributed: 0, attributedRight: 0, scare: 0, scareWithSpeaker: 0 },
  );
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '  - ');
  console.log(`\n${title}`);
  console.log('file'.padEnd(52), 'expected  found  right-spk  precision  scare  scare-with-spk');
  for (const r of [...rows, total]) {
    console.log(
      r.file.slice(0, 52).padEnd(52),
      String(r.expected).padStart(8),
      pct(r.found, r.expected).padStart(6),
      pct(r.right, r.expected).padStart(10),
      pct(r.attributedRight, r.attributed).padStart(10),
      String(r.scare).padStart(6),
      String(r.scareWithSpeaker).padStart(15),
    );
  }
  return total;
}

async function main() {
  if (!existsSync(shared)) {
    console.error(`No development set at ${shared}: this script reads ../shared/devset.`);
    process.exit(1);
  }
  // Pages of no corpus story get the list without its story-only aliases, as the engine does.
  const records = await entityList();
  const catalog = buildEntityCatalog(records);
  const strict = buildStrictEntityCatalog(records);
  const general = JSON.parse(readFileSync(join(shared, 'quotes', 'index.json'), 'utf8')) as { file: string; language: string; quotes: Expected[] }[];
  const generalRows = general.map((entry) => {
    if (verbose) console.error(entry.file);
    const text = readFileSync(join(shared, 'quotes', entry.file), 'utf8');
    return score(entry.file, text, entry.language.slice(0, 2), entry.quotes, strict);
  });
  const facts = JSON.parse(readFileSync(join(shared, 'index.json'), 'utf8')) as { file: string; language: string; facts?: { quotes?: Expected[] } }[];
  const factRows = facts
    .filter((entry) => entry.facts?.quotes?.length)
    .map((entry) => {
      if (verbose) console.error(entry.file);
      const text = readFileSync(join(shared, entry.file), 'utf8');
      return score(entry.file, text, entry.language.slice(0, 2), entry.facts!.quotes!, catalog);
    });
  const g = table('General-topic quotes (devset/quotes)', generalRows);
  const f = table('Story facts (devset/index.json facts.quotes)', factRows);
  if (asJson) console.log(JSON.stringify({ general: g, facts: f }));
}

await main();
