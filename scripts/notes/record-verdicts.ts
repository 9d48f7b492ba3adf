// Turns a developer's verdict lines ("<id> real|noise|wrong <reason>") into the judged-notes
// fixture: offsets, kind, half and the features each note's confidence was computed from.
// Usage: npx tsx scripts/notes/record-verdicts.ts tests/fixtures/judged-notes/verdicts-ecbplus.txt
//        npx tsx scripts/notes/record-verdicts.ts --stories tests/fixtures/judged-notes/verdicts-stories.txt

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ecbPlusCases } from './ecbplus.ts';
import { fixtureStoryCases } from './fixture-stories.ts';
import { halfOf, JUDGED_DIR, noteId, type JudgedFile, type JudgedNote, type Verdict } from './judged.ts';

const stories = process.argv.includes('--stories');
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: record-verdicts.ts VERDICTS.txt');
const verdicts = new Map<string, { verdict: Verdict; why: string }>();
readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  const m = /^([0-9a-f]{8}) (real|noise|wrong) (.+)$/.exec(line.trim());
  if (!m) throw new Error(`${file}:${i + 1}: expected "<id> real|noise|wrong <reason>"`);
  verdicts.set(m[1]!, { verdict: m[2] as Verdict, why: m[3]! });
});

const notes: JudgedNote[] = [];
for (const c of stories ? fixtureStoryCases() : ecbPlusCases()) {
  for (const d of c.differences) {
    const id = noteId(c.file, d);
    const v = verdicts.get(id);
    if (!v) continue;
    verdicts.delete(id);
    notes.push({
      id,
      file: c.file,
      event: c.event,
      half: halfOf(c.topic),
      kind: d.kind,
      here: d.here ? [d.here.start, d.here.end] : null,
      there: d.there ? { file: d.there.articleId, span: d.there.start !== undefined ? [d.there.start, d.there.end!] : null } : null,
      verdict: v.verdict,
      why: v.why,
      features: Object.fromEntries(Object.entries(c.features.get(d.id)!).map(([k, x]) => [k, Math.round(x * 1000) / 1000])),
    });
  }
}
if (verdicts.size) console.error(`${verdicts.size} verdicts match no current note (kept out): ${[...verdicts.keys()].join(' ')}`);
const out: JudgedFile = {
  about: stories
    ? 'Notes Parallax made on the stories written for it (tests/fixtures/note-stories; scripts/notes/fixture-stories.ts), judged by their writer.'
    : 'Notes Parallax made on ECB+ (../shared/corpora/ecbplus; scripts/notes/ecbplus.ts says how), judged by a developer. Offsets only, no article text.',
  notes,
};
writeFileSync(join(JUDGED_DIR, stories ? 'stories.json' : 'ecbplus.json'), `${JSON.stringify(out, null, 0).replace(/\},\{"id"/g, '},\n{"id"')}\n`);
console.error(`${notes.length} judged notes written`);
