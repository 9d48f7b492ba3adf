// `npm run eval -- DIR [--json]`: runs the analysis over a folder of real excerpts described by
// DIR/index.json (and DIR/quotes/index.json when present) and prints how it did: same-story
// recall per language, rejection of near misses and unrelated news, quotes found with the right
// speaker, attribution precision, scare quotes given a speaker, and the differences reported.
// Texts are analysed as the CLI sees a .txt file: words only, no metadata.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type PreparedCorpus } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import { normalizeForMatch } from '../core/text/normalize.ts';
import { loadSeedCorpus } from './load-corpus.ts';
import { parseExpectedSpeaker, quoteMatches, speakerMatches } from './eval-scoring.ts';
import { printTable } from './table.ts';

interface StoryEntry {
  file: string;
  category: string;
  language: string;
  facts?: { quotes?: { speaker: string | null; text: string }[] };
}

interface QuoteEntry {
  file: string;
  quotes: { text: string; speaker: string | null; kind?: string; note?: string }[];
}

/** The devset names the seeds' stories by category; these are the corpus ids they mean. */
const STORY_OF_CATEGORY: Record<string, string> = {
  'same-story': 'story-000_cc2cb2b27cb2e02b-1',
  'same-story-massoud': 'story-000_cc2cb2b27cb2e02b-2',
};

interface QuoteTally {
  expected: number;
  found: number;
  rightSpeaker: number;
  attributed: number;
  attributedRight: number;
  scare: number;
  scareGivenSpeaker: number;
  spuriousAttributions: number;
}

const emptyTally = (): QuoteTally => ({
  expected: 0, found: 0, rightSpeaker: 0, attributed: 0, attributedRight: 0, scare: 0, scareGivenSpeaker: 0, spuriousAttributions: 0,
});

function tallyQuotes(
  analysis: Analysis,
  expected: { text: string; speaker: string | null; kind?: string; note?: string }[],
  exhaustive: boolean,
  tally: QuoteTally,
  misses: string[],
): void {
  const scored = expected.filter((q) => !/^ambiguous/i.test(q.note ?? ''));
  const matchedReported = new Set<number>();
  for (const q of scored) {
    const speaker = parseExpectedSpeaker(q.speaker);
    const isScare = q.kind === 'scare' || (exhaustive && speaker.name === null && !speaker.anonymous);
    const hits = analysis.quotes.map((r, i) => ({ r, i })).filter(({ r }) => quoteMatches(r.text, q.text));
    hits.forEach(({ i }) => matchedReported.add(i));
    if (isScare) {
      tally.scare++;
      if (hits.some(({ r }) => r.speaker !== null)) {
        tally.scareGivenSpeaker++;
        misses.push(`scare quote given a speaker: "${q.text.slice(0, 50)}"`);
      }
      continue;
    }
    tally.expected++;
    if (hits.length === 0) {
      misses.push(`not found: "${q.text.slice(0, 60)}" (${q.speaker})`);
      continue;
    }
    tally.found++;
    const attributed = hits.filter(({ r }) => r.speaker !== null);
    const right = hits.some(({ r }) => speakerMatches(r, speaker));
    if (right) tally.rightSpeaker++;
    else misses.push(`wrong speaker: "${q.text.slice(0, 50)}" expected ${q.speaker}, got ${hits.map(({ r }) => r.speaker ?? 'null').join(' / ')}`);
    if (attributed.length > 0) {
      tally.attributed++;
      if (attributed.every(({ r }) => speakerMatches(r, speaker))) tally.attributedRight++;
    }
  }
  if (exhaustive) {
    analysis.quotes.forEach((r, i) => {
      if (r.speaker !== null && !matchedReported.has(i)) {
        tally.spuriousAttributions++;
        misses.push(`attributed but not a quotation in the annotations: "${r.text.slice(0, 50)}" → ${r.speaker}`);
      }
    });
  }
}

function ratio(a: number, b: number): string {
  return b === 0 ? '—' : (a / b).toFixed(3);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(join(dir, 'index.json'))) {
    console.error('usage: npm run eval -- DIR [--json] [--verbose]   (DIR holds index.json, e.g. ../shared/devset)');
    process.exit(2);
  }
  const corpus = loadSeedCorpus();
  const report: Record<string, unknown> = {};
  const lines: string[][] = [];

  const entries = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as (StoryEntry | QuoteEntry)[];
  const storyEntries = entries.filter((e): e is StoryEntry => 'category' in e);
  const quoteSets: { dir: string; entries: QuoteEntry[] }[] = [];
  const quoteEntries = entries.filter((e): e is QuoteEntry => !('category' in e) && Array.isArray((e as QuoteEntry).quotes));
  if (quoteEntries.length) quoteSets.push({ dir, entries: quoteEntries });
  if (existsSync(join(dir, 'quotes', 'index.json'))) {
    quoteSets.push({ dir: join(dir, 'quotes'), entries: JSON.parse(readFileSync(join(dir, 'quotes', 'index.json'), 'utf8')) });
  }

  const differenceCounts: Record<string, number> = {};
  let sameWordingNotes = 0;
  const notes: string[] = [];
  const analyseFile = (folder: string, file: string): Analysis => {
    const analysis = analyze({ text: readFileSync(join(folder, file), 'utf8') }, corpus);
    for (const d of analysis.differences) {
      differenceCounts[d.kind] = (differenceCounts[d.kind] ?? 0) + 1;
      if (d.kind === 'quote-wording' && d.here && d.there && normalizeForMatch(d.here.text) === normalizeForMatch(d.there.text)) sameWordingNotes++;
    }
    return analysis;
  };

  if (storyEntries.length) {
    const recall: Record<string, { hit: number; total: number }> = {};
    let rejected = 0;
    let toReject = 0;
    const factTally = emptyTally();
    const rows: string[][] = [];
    for (const e of storyEntries) {
      const analysis = analyseFile(dir, e.file);
      const got = analysis.story?.id ?? null;
      const expectedStory = STORY_OF_CATEGORY[e.category] ?? null;
      const language = e.language.slice(0, 2);
      let ok: boolean;
      if (expectedStory) {
        recall[language] ??= { hit: 0, total: 0 };
        recall[language].total++;
        ok = got === expectedStory;
        if (ok) recall[language].hit++;
      } else {
        toReject++;
        ok = got === null;
        if (ok) rejected++;
      }
      const misses: string[] = [];
      if (e.facts?.quotes) tallyQuotes(analysis, e.facts.quotes, false, factTally, misses);
      rows.push([e.file.slice(0, 44), e.category, language, got ? `${got.replace('story-', '')} (${analysis.story!.score.toFixed(2)})` : '—', ok ? 'ok' : 'WRONG']);
      if (verbose) for (const m of misses) notes.push(`${e.file}: ${m}`);
    }
    lines.push(['file', 'category', 'lang', 'story (score)', '']);
    lines.push(...rows);
    report.sameStoryRecall = Object.fromEntries(Object.entries(recall).map(([l, r]) => [l, { ...r, recall: r.hit / r.total }]));
    report.rejection = { rejected, total: toReject, rate: toReject ? rejected / toReject : null };
    report.factQuotes = factTally;
    printTable('Same story', lines, json);
    printTable(
      'Same story: summary',
      [
        ['measure', 'value', 'goal'],
        ...Object.entries(recall).map(([l, r]) => [`recall (${l})`, `${r.hit}/${r.total} = ${ratio(r.hit, r.total)}`, l === 'en' ? '≥ 0.9' : '≥ 0.6']),
        ['near-miss + unrelated rejected', `${rejected}/${toReject} = ${ratio(rejected, toReject)}`, '≥ 0.95'],
        ['fact quotes found with right speaker', `${factTally.rightSpeaker}/${factTally.expected} = ${ratio(factTally.rightSpeaker, factTally.expected)}`, '≥ 0.85'],
        ['attribution precision', `${factTally.attributedRight}/${factTally.attributed} = ${ratio(factTally.attributedRight, factTally.attributed)}`, '≥ 0.95'],
      ],
      json,
    );
  }

  for (const set of quoteSets) {
    const tally = emptyTally();
    const rows: string[][] = [['file', 'found', 'right speaker', 'precision', 'scare w/ speaker', 'spurious']];
    for (const e of set.entries) {
      const analysis = analyseFile(set.dir, e.file);
      const t = emptyTally();
      const misses: string[] = [];
      tallyQuotes(analysis, e.quotes, true, t, misses);
      for (const k of Object.keys(tally) as (keyof QuoteTally)[]) tally[k] += t[k];
      rows.push([e.file.slice(0, 44), `${t.found}/${t.expected}`, `${t.rightSpeaker}/${t.expected}`, ratio(t.attributedRight, t.attributed), `${t.scareGivenSpeaker}/${t.scare}`, String(t.spuriousAttributions)]);
      if (verbose) for (const m of misses) notes.push(`${e.file}: ${m}`);
    }
    rows.push(['all', ratio(tally.found, tally.expected), ratio(tally.rightSpeaker, tally.expected), ratio(tally.attributedRight, tally.attributed), `${tally.scareGivenSpeaker}/${tally.scare}`, String(tally.spuriousAttributions)]);
    report[`quotes:${set.dir}`] = tally;
    printTable(`Quotes, every quotation annotated (${set.dir})  goals: found ≥ 0.9, right speaker ≥ 0.9, no scare quote given a speaker`, rows, json);
  }

  report.differences = differenceCounts;
  report.sameWordingNotes = sameWordingNotes;
  printTable(
    'Differences reported',
    [['kind', 'count'], ...Object.entries(differenceCounts).map(([k, v]) => [k, String(v)]), ['wording notes whose sides say the same words (goal 0)', String(sameWordingNotes)]],
    json,
  );
  if (verbose && !json) for (const n of notes) console.log(`  ${n}`);
  if (json) console.log(JSON.stringify(report));
}

main();
