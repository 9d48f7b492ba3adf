// Recomputes the notes on ECB+ (../shared/corpora/ecbplus, or the folder given) and on the note
// stories, weighs them with the shipped note model, and prints precision of the notes the
// product keeps (above the floor, the surest few of each coverage direction) above each kind's line
// against the judged verdicts, tuning half and held-out half apart; how many notes an article
// gets (every candidate, what differences[] keeps, what the page marks); and the notes above the
// line nobody has judged yet. Unlike tests/core/compare/judged-notes.test.ts, which weighs the
// features stored with each verdict, this runs the current code end to end.
// Usage: npm run eval:notes [-- ../shared/corpora/ecbplus] [--json]

import { ecbPlusCases, ECBPLUS, type AnalysedCase } from './notes/ecbplus.ts';
import { fixtureStoryCases } from './notes/fixture-stories.ts';
import { halfOf, noteId, readJudged, type Verdict } from './notes/judged.ts';
import { KINDS } from './notes/precision.ts';
import { keepSurest } from '../src/core/compare/compare-story.ts';
import { isAboveFloor, isAboveLine, NOTE_MODEL } from '../src/core/compare/note-model.ts';
import type { DifferenceKind } from '../src/core/types.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? ECBPLUS;
const verdicts = new Map(readJudged().map((n) => [n.id, n.verdict]));

interface Cell {
  above: number;
  real: number;
  judged: number;
}
type Half = 'tune' | 'hold';
const table = new Map<string, Cell>();
const cell = (source: string, kind: DifferenceKind, half: Half) => {
  const key = `${source}|${kind}|${half}`;
  let c = table.get(key);
  if (!c) table.set(key, (c = { above: 0, real: 0, judged: 0 }));
  return c;
};
const unjudged: { id: string; kind: DifferenceKind; file: string; half: Half; confidence: number }[] = [];
const perArticle = { articles: 0, candidates: 0, listed: 0, marked: 0 };

function visit(source: string, cases: Iterable<AnalysedCase>) {
  for (const c of cases) {
    const half = halfOf(c.topic);
    const notes = c.differences.filter((d) => !(d.kind === 'date' && d.about === 'publication'));
    // What differences[] keeps: above the floor, the surest few of each coverage direction.
    const listed = keepSurest(notes.filter((d) => isAboveFloor(d)).map((d) => ({ note: d }))).map((x) => x.note);
    if (source === 'ecbplus') {
      perArticle.articles++;
      perArticle.candidates += notes.length;
      perArticle.listed += listed.length;
      perArticle.marked += listed.filter((d) => isAboveLine(d)).length;
    }
    for (const d of listed) {
      if (!isAboveLine(d)) continue;
      const id = noteId(c.file, d);
      const v: Verdict | undefined = verdicts.get(id);
      const k = cell(source, d.kind, half);
      k.above++;
      if (v) {
        k.judged++;
        if (v === 'real') k.real++;
      } else unjudged.push({ id, kind: d.kind, file: c.file, half, confidence: d.confidence });
    }
  }
}

visit('ecbplus', ecbPlusCases(dir));
visit('stories', fixtureStoryCases());

const rows = KINDS.flatMap((kind) =>
  (['tune', 'hold'] as const).map((half) => {
    const e = cell('ecbplus', kind, half);
    const s = cell('stories', kind, half);
    const judged = e.judged + s.judged;
    const real = e.real + s.real;
    return {
      kind,
      half,
      line: NOTE_MODEL.kinds[kind].line,
      aboveLine: e.above + s.above,
      judged,
      real,
      precision: judged ? real / judged : null,
      ecbplus: e,
      stories: s,
    };
  }),
);
const articles = perArticle.articles || 1;
const summary = {
  corpus: dir,
  rows,
  notesPerArticle: {
    articles: perArticle.articles,
    candidates: perArticle.candidates / articles,
    listed: perArticle.listed / articles,
    marked: perArticle.marked / articles,
  },
  unjudged,
};

if (json) {
  console.log(JSON.stringify(summary, null, 1));
} else {
  const fmt = (r: (typeof rows)[number]) =>
    r.judged ? `${r.precision!.toFixed(2)} (${r.real}/${r.judged}; ECB+ ${r.ecbplus.real}/${r.ecbplus.judged}, stories ${r.stories.real}/${r.stories.judged})` : '—';
  console.log('Precision of the notes differences[] keeps above the line, judged (real/judged), from the current code:\n');
  console.log('| kind | line | tuning half | held-out half | above the line, not judged |');
  console.log('|---|---|---|---|---|');
  for (const kind of KINDS) {
    const [t, h] = rows.filter((r) => r.kind === kind);
    const line = NOTE_MODEL.kinds[kind].line;
    console.log(`| ${kind} | ${line > 1 ? 'none' : line.toFixed(3)} | ${fmt(t!)} | ${fmt(h!)} | ${t!.aboveLine - t!.judged + h!.aboveLine - h!.judged} |`);
  }
  const n = summary.notesPerArticle;
  console.log(
    `\nECB+: ${n.articles} articles; per article ${n.candidates.toFixed(1)} candidates, ` +
      `${n.listed.toFixed(1)} in differences[] (above the floor, the surest 8 per coverage direction), ${n.marked.toFixed(1)} above the line`,
  );
  if (unjudged.length) {
    console.log(`\n${unjudged.length} notes above the line not judged yet (npm run judge:notes -- --shown --above):`);
    for (const u of unjudged) console.log(`  ${u.id} ${u.kind} ${u.file} (${u.half}) ${u.confidence}`);
  }
}
