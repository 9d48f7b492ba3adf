// Quote finding and attribution measured on real text we did not write (../shared/devset), with
// the scoring method of the hidden checks (CONTRACT "How the hidden checks score").
// Usage: npx tsx scripts/eval-quotes.ts [--verbose] [--json]

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntityCatalog } from '../src/core/entities/catalog.ts';
import { analyzeQuotes } from '../src/core/quotes/index.ts';
import { normalizeForMatch } from '../src/core/text/normalize.ts';
import type { EntityRecord, Quote } from '../src/core/types.ts';

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

function found(reported: Quote, expected: string): boolean {
  const r = normalizeForMatch(reported.text);
  const e = normalizeForMatch(expected);
  return r.includes(e) || (e.includes(r) && r.length > 12);
}

function speakerRight(reported: Quote, expected: string | null): boolean {
  if (expected === null) return reported.speaker === null;
  if (expected.startsWith('anonymous')) return reported.anonymous;
  if (!reported.speaker || reported.anonymous) return false;
  const name = normalizeForMatch(reported.speaker);
  const full = normalizeForMatch(expected.replace(/\s*\(.*\)$/, ''));
  if (name.includes(full)) return true;
  const parts = full.split(' ');
  const words = new Set(name.split(' '));
  return parts.length > 1 && words.has(parts[0]!) && words.has(parts[parts.length - 1]!);
}

interface Row {
  file: string;
  expected: number;
  found: number;
  right: number;
  attributed: number;
  scare: number;
  scareWithSpeaker: number;
}

function score(file: string, text: string, language: string, expected: Expected[], catalog: ReturnType<typeof buildEntityCatalog>): Row {
  const analysis = analyzeQuotes(text, { language, catalog });
  const row: Row = { file, expected: 0, found: 0, right: 0, attributed: 0, scare: 0, scareWithSpeaker: 0 };
  for (const e of expected) {
    if (e.note?.startsWith('ambiguous')) continue;
    const scare = e.speaker === null;
    const candidates = analysis.quotes.filter((q) => found(q, e.text));
    const best = candidates.find((q) => speakerRight(q, e.speaker)) ?? candidates[0];
    if (scare) {
      row.scare++;
      if (best && best.speaker !== null) row.scareWithSpeaker++;
      if (verbose) console.error(`  ${best ? (best.speaker === null ? 'ok  ' : 'SPKR') : 'miss'} scare ${JSON.stringify(e.text.slice(0, 60))} -> ${best?.speaker ?? '-'}`);
      continue;
    }
    row.expected++;
    if (!best) {
      if (verbose) console.error(`  MISS ${JSON.stringify(e.text.slice(0, 70))} (${e.speaker})`);
      continue;
    }
    row.found++;
    const right = speakerRight(best, e.speaker);
    if (best.speaker !== null) row.attributed++;
    if (right) row.right++;
    if (verbose) {
      const tag = right ? 'ok  ' : best.speaker === null ? 'NONE' : 'WRONG';
      console.error(`  ${tag} ${JSON.stringify(e.text.slice(0, 60))} expected ${e.speaker} got ${best.speaker}${best.anonymous ? ' (anon)' : ''} ${best.confidence}`);
    }
  }
  return row;
}

function table(title: string, rows: Row[]) {
  const total = rows.reduce(
    (t, r) => ({ ...t, expected: t.expected + r.expected, found: t.found + r.found, right: t.right + r.right, attributed: t.attributed + r.attributed, scare: t.scare + r.scare, scareWithSpeaker: t.scareWithSpeaker + r.scareWithSpeaker }),
    { file: 'overall', expected: 0, found: 0, right: 0, attributed: 0, scare: 0, scareWithSpeaker: 0 },
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
      pct(r.right, r.attributed).padStart(10),
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
  const catalog = buildEntityCatalog(await entityList());
  const general = JSON.parse(readFileSync(join(shared, 'quotes', 'index.json'), 'utf8')) as { file: string; language: string; quotes: Expected[] }[];
  const generalRows = general.map((entry) => {
    if (verbose) console.error(entry.file);
    const text = readFileSync(join(shared, 'quotes', entry.file), 'utf8');
    return score(entry.file, text, entry.language.slice(0, 2), entry.quotes, catalog);
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
