// `npm run -s analyze -- [--format json|w3c] FILE...` end to end: one JSON document per file on
// stdout, the default format unchanged, `w3c` a Web Annotation collection per file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../core/corpus/seeds-helper.ts';
import { checkCollection } from '../core/export/web-annotation-schema.ts';
import { parseAnalyzeArgs } from '../../src/cli/analyze-args.ts';

const SEED = 'seeds/documents/000_cc2cb2b27cb2e02b.txt';
const DEMO_HTML = 'tests/e2e/demo-site/meridian-dispatch/2021/09/08/blinken-ramstein-allies-taliban.html';
const temp = mkdtempSync(join(tmpdir(), 'parallax-analyze-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function analyzeCli(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter(Boolean);
  return { code: run.status, lines: lines.map((l) => JSON.parse(l) as Record<string, unknown>), stdout: run.stdout, stderr: run.stderr };
}

describe('analyze --format', () => {
  const missing = join(temp, 'missing.txt');
  const json = analyzeCli([SEED]);
  const w3c = analyzeCli(['--format', 'w3c', SEED, DEMO_HTML, missing]);

  it('by default prints the analysis, as before', () => {
    expect(json.code).toBe(0);
    expect(json.lines).toHaveLength(1);
    expect(json.lines[0]).toMatchObject({ file: SEED, article: expect.any(Object), quotes: expect.any(Array), differences: expect.any(Array) });
    expect(analyzeCli(['--format=json', SEED]).lines[0]!.quotes).toEqual(json.lines[0]!.quotes);
  });

  it('with w3c prints one Web Annotation collection per file, in order, errors on their own line', () => {
    expect(w3c.code).toBe(2);
    expect(w3c.lines).toHaveLength(3);
    const [seed, html, error] = w3c.lines;
    for (const doc of [seed, html]) {
      const checked = checkCollection(doc);
      expect(checked.ok ? [] : checked.issues).toEqual([]);
    }
    expect(error).toEqual({ file: missing, error: 'no such file' });
    expect(seed!.total).toBe((json.lines[0]!.quotes as unknown[]).length + (json.lines[0]!.entities as { mentions: unknown[] }[]).reduce((n, e) => n + e.mentions.length, 0) + (json.lines[0]!.differences as unknown[]).length);
  });

  it('targets the file itself when the article has no absolute address', () => {
    const doc = w3c.lines[0] as { first: { items: { target: { source: string } }[] } };
    expect(doc.first.items[0]!.target.source).toBe(pathToFileURL(join(repoRoot, SEED)).href);
  });

  it('refuses an unknown format, printing why and nothing on stdout', () => {
    const bad = analyzeCli(['--format', 'xml', SEED]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--format takes json or w3c, not "xml"/);
  });

  it.each([
    [[SEED], { format: 'json', files: [SEED] }],
    [['--format', 'w3c', 'a', 'b'], { format: 'w3c', files: ['a', 'b'] }],
    [['a', '--format=w3c'], { format: 'w3c', files: ['a'] }],
    [['--', '--odd', 'b'], { format: 'json', files: ['--odd', 'b'] }],
    [['--format'], '--format takes json or w3c, not nothing'],
    [['--frmat', 'w3c', 'a'], 'unknown option --frmat'],
    [[], 'no FILE given'],
  ] as const)('reads the arguments %j', (args, expected) => {
    expect(parseAnalyzeArgs([...args])).toEqual(expected);
  });

  it('reads a file whose name starts with dashes after --', () => {
    const odd = join(temp, '--odd.txt');
    writeFileSync(odd, 'A short note with no quotes at all, written for this test.');
    const run = analyzeCli(['--format', 'w3c', '--', odd]);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
  });
});
