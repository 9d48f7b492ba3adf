// `npm run eval:attribution -- DIR [--split train|dev|test] [--json]`: attribution measured on
// PolNeAR (../shared/corpora/polnear). Every article is analysed as plain English text with no
// entity list; each gold relation whose Content holds quotation marks is scored (score.ts):
// found, source right, precision of sources given, per source type, and a calibration table.

import { parseArgs } from 'node:util';
import { analyzeQuotes } from '../core/quotes/index.ts';
import { buildEntityCatalog } from '../core/entities/catalog.ts';
import { modelFrom, shippedModel, type ModelFile } from '../core/attribution/model.ts';
import { readFileSync } from 'node:fs';
import { readPolnear, type Split } from './attribution/polnear.ts';
import { calibration, scoreArticle, tally, type ScoredRelation, type SourceType, type Tally } from './attribution/score.ts';
import { printTable } from './table.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { split: { type: 'string', default: 'dev' }, json: { type: 'boolean', default: false }, misses: { type: 'string' }, line: { type: 'string' }, model: { type: 'string' } },
});
const dir = positionals[0];
const split = values.split as Split;
if (!dir || !['train', 'dev', 'test'].includes(split)) {
  console.error('usage: npm run eval:attribution -- DIR [--split train|dev|test] [--json] [--misses N] [--line X] [--model FILE]');
  process.exit(2);
}

const catalog = buildEntityCatalog([]);
// --line: score at another line than the shipped one (to see the trade-off; the product uses the shipped line).
// --model: a weights file written by `train:attribution -- --out DIR` (the shipped one by default).
const shipped = values.model ? modelFrom(JSON.parse(readFileSync(values.model, 'utf8')) as ModelFile) : shippedModel();
const model = values.line === undefined ? shipped : { ...shipped, calibration: { ...shipped.calibration, line: Number(values.line) } };
const articles = readPolnear(dir, split);
const rows: ScoredRelation[] = [];
const started = performance.now();
for (const article of articles) {
  const { quotes } = analyzeQuotes(article.text, { language: 'en', catalog, model });
  rows.push(...scoreArticle(article, quotes));
}
const ms = performance.now() - started;

const types: (SourceType | 'all')[] = ['all', 'name', 'pronoun', 'description', 'none'];
const byType = Object.fromEntries(types.map((t) => [t, tally(t === 'all' ? rows : rows.filter((r) => r.type === t))])) as Record<string, Tally>;
const withSource = tally(rows.filter((r) => r.type !== 'none'));
const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const summary = {
  split,
  articles: articles.length,
  relations: rows.length,
  found: ratio(byType.all!.found, byType.all!.relations),
  right: ratio(withSource.right, withSource.relations),
  rightOfFound: ratio(withSource.right, withSource.found),
  precision: ratio(byType.all!.right, byType.all!.given),
  byType: Object.fromEntries(types.slice(1).map((t) => {
    const x = byType[t]!;
    return [t, { relations: x.relations, found: ratio(x.found, x.relations), right: t === 'none' ? null : ratio(x.right, x.relations), given: x.given, precision: ratio(x.right, x.given) }];
  })),
  calibration: calibration(rows).map((b) => ({ ...b, shareRight: ratio(b.right, b.given) })),
  msPerArticle: Math.round((ms / Math.max(1, articles.length)) * 10) / 10,
};

if (values.json) console.log(JSON.stringify(summary));
const fmt = (x: number | null) => (x === null ? '-' : x.toFixed(3));
printTable(`PolNeAR ${split}: ${articles.length} articles, ${rows.length} quotation relations`, [
  ['source type', 'relations', 'found', 'right', 'given', 'precision'],
  ...types.map((t) => {
    const x = byType[t]!;
    return [t, String(x.relations), fmt(ratio(x.found, x.relations)), t === 'none' ? '-' : fmt(ratio(x.right, t === 'all' ? withSource.relations : x.relations)), String(x.given), fmt(ratio(x.right, x.given))];
  }),
], values.json);
printTable('Calibration (quotes given a source)', [
  ['confidence', 'given', 'right', 'share right'],
  ...summary.calibration.map((b) => [`${b.from.toFixed(2)}-${b.to.toFixed(2)}`, String(b.given), String(b.right), fmt(b.shareRight)]),
], values.json);
if (!values.json) console.log(`\n${summary.msPerArticle} ms per article`);

if (values.misses) {
  const n = Number(values.misses);
  const wrong = rows.filter((r) => r.type !== 'none' && !r.right);
  for (const r of wrong.slice(0, n)) console.error(`${r.article}\t${r.type}\tfound=${r.found}\tgold=${JSON.stringify(r.gold)}\treported=${JSON.stringify(r.reported)}`);
}
