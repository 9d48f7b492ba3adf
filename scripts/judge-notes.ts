// Prints the notes Parallax makes on ECB+ (../shared/corpora/ecbplus) with their context, for a
// developer to read and judge. Notes already judged are skipped unless --all.
// Usage: npx tsx scripts/judge-notes.ts [--all] [--kind KIND] [--sample N] > notes.txt
//   --sample N: of the only-elsewhere notes judge one in N, of only-here one in N/4 (by the
//   note's id, so the sample is stable).

import { ecbPlusCases } from './notes/ecbplus.ts';
import { halfOf, noteId, readJudged } from './notes/judged.ts';
import { contentWords } from '../src/core/compare/coverage-claims.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 1;
const judged = new Set(readJudged().map((n) => n.id));

const clip = (s: string, n = 420) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');
const around = (text: string, start: number, end: number) =>
  `…${clip(text.slice(Math.max(0, start - 110), start), 110)}[[${clip(text.slice(start, end), 360)}]]${clip(text.slice(end, end + 60), 60)}…`;

/** The sentences of the texts that share most content words with the claim: where it could hide. */
function closest(claim: string, texts: string[]): string[] {
  const words = new Set(contentWords(claim));
  const scored = texts
    .flatMap((t) => t.split(/(?<=[.!?]["”’]?)\s+/))
    .map((s) => ({ s, n: contentWords(s).filter((w) => words.has(w)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return scored.slice(0, 2).map((x) => `(${x.n}) ${x.s}`);
}

let printed = 0;
for (const c of ecbPlusCases()) {
  for (const d of c.differences) {
    if (kind && d.kind !== kind) continue;
    const id = noteId(c.file, d);
    if (!all && judged.has(id)) continue;
    const coverage = d.kind === 'only-here' || d.kind === 'only-elsewhere';
    const every = d.kind === 'only-elsewhere' ? sample : Math.max(1, Math.round(sample / 4));
    if (coverage && every > 1 && parseInt(id, 16) % every !== 0) continue;
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
      for (const s of closest(d.here!.text, c.versions.map((v) => v.text))) console.log(`  near: ${clip(s, 200)}`);
    }
    if (d.kind === 'only-elsewhere') {
      console.log(`THIS ARTICLE ${c.text.split(/\s+/).length}w, opens: ${clip(c.text, 120)}`);
      for (const s of closest(d.there!.text, [c.text])) console.log(`  near: ${clip(s, 200)}`);
    }
    console.log(`WHY ${d.evidence.join('; ')}`);
  }
}
console.error(`${printed} notes printed`);
