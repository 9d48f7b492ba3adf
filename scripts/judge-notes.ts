// Prints the notes Parallax makes on ECB+ (../shared/corpora/ecbplus) with their context, for a
// developer to read and judge; verdicts go to tests/fixtures/judged-notes/verdicts-*.txt and
// scripts/notes/record-verdicts.ts turns them into fixtures. Notes already judged are skipped
// unless --all.
// Usage: npx tsx scripts/judge-notes.ts [--all] [--kind KIND] [--half tune|hold] [--shown]
//        [--above] [--below] [--sample N] [--features] [--stories] > notes.txt
//   --shown: only notes the product keeps (above the floor, the surest few of each coverage
//   direction); --above / --below: only notes above / below their kind's line; --sample N: one
//   note in N (by the note's id, so the sample is stable).

import { ecbPlusCases, type AnalysedCase } from './notes/ecbplus.ts';
import { fixtureStoryCases } from './notes/fixture-stories.ts';
import { halfOf, noteId, readJudged } from './notes/judged.ts';
import { contentWords } from '../src/core/compare/coverage-claims.ts';
import { keepSurest } from '../src/core/compare/compare-story.ts';
import { isAboveFloor, isAboveLine } from '../src/core/compare/note-model.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const kind = option('--kind');
const half = option('--half');
const sample = Number(option('--sample') ?? 1);
const judged = new Set(readJudged().map((n) => n.id));

const clip = (s: string, n = 420) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
const around = (text: string, start: number, end: number) =>
  `…${clip(text.slice(Math.max(0, start - 160), start), 160)}[[${clip(text.slice(start, end), 420)}]]${clip(text.slice(end, end + 80), 80)}…`;

/** The sentences of the texts that share most content words with the claim: where it could hide. */
function closest(claim: string, texts: string[]): string[] {
  const words = new Set(contentWords(claim));
  const scored = texts
    .flatMap((t) => t.split(/(?<=[.!?]["”’]?)\s+/))
    .map((s) => ({ s, n: contentWords(s).filter((w) => words.has(w)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return scored.slice(0, 3).map((x) => `(${x.n}) ${x.s}`);
}

function shownIds(c: AnalysedCase): Set<string> {
  const kept = keepSurest(c.differences.filter((d) => isAboveFloor(d)).map((d) => ({ note: d })));
  return new Set(kept.map((x) => x.note.id));
}

let printed = 0;
for (const c of args.includes('--stories') ? fixtureStoryCases() : ecbPlusCases()) {
  if (half && halfOf(c.topic) !== half) continue;
  const shown = shownIds(c);
  for (const d of c.differences) {
    if (kind && d.kind !== kind) continue;
    if (d.kind === 'date' && d.about === 'publication') continue;
    const id = noteId(c.file, d);
    if (!args.includes('--all') && judged.has(id)) continue;
    if (args.includes('--shown') && !shown.has(d.id)) continue;
    if (args.includes('--above') && !isAboveLine(d)) continue;
    if (args.includes('--below') && isAboveLine(d)) continue;
    if (sample > 1 && parseInt(id, 16) % sample !== 0) continue;
    printed++;
    const f = c.features.get(d.id)!;
    console.log(`\n### ${id} ${d.kind} ${c.file} (${halfOf(c.topic)}) conf ${d.confidence}`);
    if (args.includes('--features')) console.log(`features ${Object.entries(f).map(([k, v]) => `${k}=${+v.toFixed(2)}`).join(' ')}`);
    if (d.here) console.log(`HERE ${around(c.text, d.here.start, d.here.end)}`);
    if (d.there) {
      const v = c.versions.find((x) => x.file === d.there!.articleId)!;
      console.log(`THERE(${d.there.outlet}) ${d.there.start !== undefined ? around(v.text, d.there.start, d.there.end!) : d.there.text}`);
    }
    if (d.kind === 'only-here') {
      console.log(`OTHERS ${c.versions.map((v) => `${v.file.replace('docs/', '')} ${v.text.split(/\s+/).length}w`).join(', ')}; here ${c.text.split(/\s+/).length}w`);
      for (const s of closest(d.here!.text, c.versions.map((v) => v.text))) console.log(`  near: ${clip(s, 240)}`);
    }
    if (d.kind === 'only-elsewhere') {
      console.log(`THIS ARTICLE ${c.text.split(/\s+/).length}w, opens: ${clip(c.text, 160)}`);
      for (const s of closest(d.there!.text, [c.text])) console.log(`  near: ${clip(s, 240)}`);
    }
    console.log(`WHY ${d.evidence.join('; ')}`);
  }
}
console.error(`${printed} notes printed`);
