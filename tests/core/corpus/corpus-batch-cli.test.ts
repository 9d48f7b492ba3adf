// `npm run corpus -- add|pack` with many articles, and the CLI's limits, end to end on temporary
// copies of seeds/. A bad entry is reported with its file or manifest line and the rest is still
// taken; a refused run, or one whose writing fails, leaves every file as it was and prints one
// line per problem, never a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPack } from '../../../src/core/corpus/pack.ts';
import { repoRoot, seedsDir } from './seeds-helper.ts';

const fixtures = join(repoRoot, 'tests/fixtures/corpus');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function temp(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-batch-'));
  temps.push(dir);
  cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), out: join(dir, 'build/corpus.json') };
}

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const corpus = (args: string[]) => run('src/cli/corpus.ts', args);
const jsonLines = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Article files written by hand for these tests (copies of the corpus fixtures). */
function articleFolder(t: { dir: string }): string {
  const folder = join(t.dir, 'articles');
  mkdirSync(join(folder, 'more'), { recursive: true });
  copyFileSync(join(fixtures, 'unrelated-article.txt'), join(folder, 'tram.txt'));
  copyFileSync(join(fixtures, 'subheads-article.txt'), join(folder, 'library.txt'));
  copyFileSync(join(fixtures, 'blinken-rewrite.html'), join(folder, 'more/blinken.html'));
  writeFileSync(join(folder, 'notes.md'), 'not an article file');
  return folder;
}

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('corpus add, many articles at once', () => {
  it('adds several files in one call, one JSON line each', () => {
    const t = temp();
    const folder = articleFolder(t);
    const r = corpus(['add', join(folder, 'tram.txt'), join(folder, 'library.txt'), join(folder, 'more/blinken.html'), '--outlet', 'Bay Gazette', '--date', '2021-09-08', '--seeds', t.seeds, '--out', t.out]);
    expect(r.code, r.stderr).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([join(folder, 'tram.txt'), join(folder, 'library.txt'), join(folder, 'more/blinken.html')]);
    expect(lines[2].story).toMatchObject({ id: 'story-000_cc2cb2b27cb2e02b-1', joined: true });
    expect(r.stderr).toMatch(/added 3 of 3 documents .*one index build/);
    expect(JSON.parse(readFileSync(join(t.seeds, 'documents.json'), 'utf8')).documents).toHaveLength(5);
    expect(corpus(['check', '--seeds', t.seeds]).code).toBe(0);
  });

  it('adds the article files of a folder, subfolders included', () => {
    const t = temp();
    const r = corpus(['add', articleFolder(t), '--outlet', 'Bay Gazette', '--date', '2021-09-08', '--seeds', t.seeds, '--out', t.out]);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonLines(r.stdout).map((l) => relative(t.dir, l.file))).toEqual(['articles/library.txt', 'articles/more/blinken.html', 'articles/tram.txt']);
  });

  it('takes a manifest: a bad line stops nothing else and is reported with its line', () => {
    const t = temp();
    articleFolder(t);
    writeFileSync(join(t.dir, 'articles/binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    const manifest = join(t.dir, 'batch.jsonl');
    writeFileSync(manifest, [
      '{"file": "articles/tram.txt", "outlet": "Bay Gazette", "date": "2024-02-05", "url": "https://www.bay-gazette.com/tram"}',
      '{"file": "articles/missing.txt", "outlet": "Bay Gazette", "date": "2024-02-05"}',
      '{"file": "articles/library.txt", "outlet": "Norbury Post", "date": "2024-02-06", "url": "http://a.b@com/"}',
      'not json',
      '',
      '{"file": "articles/binary.txt", "outlet": "X", "date": "2024-02-05"}',
      '{"file": "articles/more/blinken.html", "outlet": "Northfield Courier", "date": "2021-09-08", "lang": "en"}',
      '{"file": "articles/tram.txt", "outlet": "Copy", "date": "2024-02-07"}',
    ].join('\n'));
    const r = corpus(['add', '--manifest', manifest, '--seeds', t.seeds, '--out', t.out]);
    expect(r.code, r.stderr).toBe(1);
    noStackTrace(r.stderr);
    expect(r.stderr).toMatch(/batch\.jsonl:2:1: .*missing\.txt: no such file/);
    expect(r.stderr).toMatch(/batch\.jsonl:3:1: url "http:\/\/a\.b@com\/" carries a user name or password/);
    expect(r.stderr).toMatch(/batch\.jsonl:4:1: invalid JSON/);
    expect(r.stderr).toMatch(/batch\.jsonl:6:1: .*binary\.txt: holds NUL bytes/);
    expect(r.stderr).toMatch(/batch\.jsonl:8:1: .*tram\.txt: the same text is already in the corpus as .*batch\.jsonl:1/);
    expect(r.stderr).toMatch(/added 2 of 7 documents/);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.line)).toEqual([1, 7]);
    const documents = JSON.parse(readFileSync(join(t.seeds, 'documents.json'), 'utf8')).documents;
    expect(documents.map((d: { outlet: string; url: string | null }) => [d.outlet, d.url]).slice(2)).toEqual([
      ['Northfield Courier', null], ['Bay Gazette', 'https://www.bay-gazette.com/tram'],
    ]);
  });

  it('refuses --out DIR before writing anything (no stack trace, the seeds as they were)', () => {
    const t = temp();
    mkdirSync(join(t.dir, 'outdir'));
    const before = snapshot(t.dir);
    const r = corpus(['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2024-02-05', '--seeds', t.seeds, '--out', join(t.dir, 'outdir')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .*outdir is a folder; give a file path/);
    noStackTrace(r.stderr);
    expect(snapshot(t.dir)).toEqual(before);
  });

  it('refuses an --out that cannot be written before doing anything, in one line', () => {
    const t = temp();
    writeFileSync(join(t.dir, 'plain-file'), 'x');
    const before = snapshot(t.dir);
    const r = corpus(['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2024-02-05', '--seeds', t.seeds, '--out', join(t.dir, 'plain-file/corpus.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^corpus: --out .*plain-file\/corpus\.json cannot be written: a part of that path is a file/m);
    noStackTrace(r.stderr);
    expect(r.stdout).toBe('');
    expect(snapshot(t.dir)).toEqual(before);
  });

  it('refuses a 5 MB file, a text past 100,000 characters, a binary and a non-UTF-8 file, and the seeds stay as they were', () => {
    const t = temp();
    const files = [
      big(t.dir, 'huge.txt', 5_000_000),
      big(t.dir, 'long.txt', 150_000),
      bytes(t.dir, 'photo.txt', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      bytes(t.dir, 'latin1.txt', [...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait, a long sentence about coffee that goes on.')]),
    ];
    const before = snapshot(t.seeds);
    const r = corpus(['add', ...files, '--outlet', 'X', '--date', '2024-02-05', '--lang', 'en', '--seeds', t.seeds, '--out', t.out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: is 4\.8 MB, more than the 391 KB accepted here/);
    expect(r.stderr).toMatch(/long\.txt: is 150,\d{3} characters long, more than the 100,000/);
    expect(r.stderr).toMatch(/photo\.txt: holds NUL bytes/);
    expect(r.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
    expect(r.stderr).toMatch(/nothing was added \(4 errors\)/);
    noStackTrace(r.stderr);
    expect(r.stdout).toBe('');
    expect(snapshot(t.seeds)).toEqual(before);
    expect(existsSync(t.out)).toBe(false);
  });

  it('leaves out an HTML page\'s canonical address that could not name a site, and says so', () => {
    const t = temp();
    const page = join(t.dir, 'page.html');
    writeFileSync(page, readFileSync(join(fixtures, 'blinken-rewrite.html'), 'utf8').replace('<head>', '<head>\n  <link rel="canonical" href="http://a.b@com/">'));
    const r = corpus(['add', page, '--outlet', 'Northfield Courier', '--date', '2021-09-08', '--seeds', t.seeds, '--out', t.out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/page's own address "http:\/\/a\.b@com\/" carries a user name or password.*left out/);
    expect(JSON.parse(readFileSync(join(t.seeds, 'documents.json'), 'utf8')).documents.at(-1).url).toBeNull();
  });

  it('refuses --url with credentials as a usage error (the other cases: article-url.test.ts)', () => {
    const r = corpus(['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2024-02-05', '--url', 'http://a.b@com/', '--seeds', temp().seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--url "http:\/\/a\.b@com\/" carries a user name or password/);
  });
});

describe('corpus check on URLs', () => {
  it('reports a documents.json url that cannot name a site, with its line', () => {
    const t = temp();
    const file = join(t.seeds, 'documents.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"url": null', '"url": "http://a.b@com/"'));
    const r = corpus(['check', '--seeds', t.seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/documents\.json:\d+:\d+: documents\[0\]\.url \(document "000_cc2cb2b27cb2e02b"\): url "http:\/\/a\.b@com\/" carries a user name or password/);
  });
});

describe('corpus pack', () => {
  it('builds a pack from a manifest, leaving the seeds alone; a bad entry is left out and reported', () => {
    const t = temp();
    articleFolder(t);
    const manifest = join(t.dir, 'pack.jsonl');
    writeFileSync(manifest, [
      '{"file": "articles/tram.txt", "outlet": "Bay Gazette", "date": "2024-02-05"}',
      '{"file": "articles/library.txt", "outlet": "Norbury Post", "date": "2024-02-06", "url": "https://norbury-post.com/library"}',
      '{"file": "articles/nope.txt", "outlet": "X", "date": "2024-02-06"}',
    ].join('\n'));
    const out = join(t.dir, 'out/pack.json');
    const before = snapshot(t.seeds);
    const r = corpus(['pack', '--manifest', manifest, '--out', out, '--seeds', t.seeds]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/pack\.jsonl:3:1: .*nope\.txt: no such file/);
    expect(r.stderr).toMatch(/pack .*pack\.json: 2 articles from 2 documents of 3/);
    expect(snapshot(t.seeds)).toEqual(before);
    const read = readPack(readFileSync(out, 'utf8'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.pack.corpus.corpus.articles.map((a) => a.outlet)).toEqual(['Bay Gazette', 'Norbury Post']);
    expect(read.pack.corpus.corpus.entities.length).toBeGreaterThan(0);
    expect(jsonLines(r.stdout).map((l) => l.line)).toEqual([1, 2]);
  });

  it('needs --out, and refuses a folder there', () => {
    const t = temp();
    expect(corpus(['pack', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2024-02-05']).stderr).toMatch(/pack needs --out FILE\.json/);
    const r = corpus(['pack', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2024-02-05', '--out', t.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a folder/);
  });
});

describe('analyze on bad input', () => {
  it('refuses binary, huge and non-UTF-8 files with one error line each, and still analyses the others', () => {
    const t = temp();
    const files = [
      bytes(t.dir, 'photo.txt', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      big(t.dir, 'huge.txt', 5_000_000),
      big(t.dir, 'long.txt', 150_000),
      join(fixtures, 'unrelated-article.txt'),
    ];
    const r = run('src/cli/analyze.ts', files);
    expect(r.code).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.error ?? 'ok')).toEqual([
      expect.stringMatching(/holds NUL bytes/),
      expect.stringMatching(/is 4\.8 MB, more than the 391 KB accepted here/),
      expect.stringMatching(/150,\d{3} characters long, more than the 100,000/),
      'ok',
    ]);
    expect(lines[3].article).toBeTruthy();
  });
});

function big(dir: string, name: string, chars: number): string {
  const sentence = 'The council met again on Tuesday and agreed to look at the plan once more. ';
  const path = join(dir, name);
  writeFileSync(path, `A long document\n\n${sentence.repeat(Math.ceil(chars / sentence.length))}`);
  return path;
}

function bytes(dir: string, name: string, content: number[]): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(content));
  return path;
}
