// `npm run corpus -- add|check|compile` end to end, on a temporary copy of seeds/ (the real
// folder is never written). A failed add must leave every seed file byte for byte as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, seedsDir } from './seeds-helper.ts';

const fixtures = join(repoRoot, 'tests/fixtures/corpus');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempSeeds(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-corpus-'));
  temps.push(dir);
  cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
  return { dir, seeds: join(dir, 'seeds'), out: join(dir, 'build/corpus.json') };
}

function corpus(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir` with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('corpus add', () => {
  it('adds a rewrite of the Blinken story into the existing story', () => {
    const t = tempSeeds();
    const before = snapshot(t.seeds);
    const run = corpus(['add', join(fixtures, 'blinken-rewrite.txt'), '--outlet', 'Example Daily', '--date', '2021-09-08', '--seeds', t.seeds, '--out', t.out]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.story).toMatchObject({ id: 'story-000_cc2cb2b27cb2e02b-1', joined: true });
    expect(result.documentId).toMatch(/^004_[0-9a-f]{16}$/);
    expect(run.stderr).toContain('joined story story-000_cc2cb2b27cb2e02b-1');

    const after = snapshot(t.seeds);
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(added).toEqual([`documents/${result.documentId}.txt`]);
    expect(readFileSync(join(t.seeds, added[0]!), 'utf8')).toBe(readFileSync(join(fixtures, 'blinken-rewrite.txt'), 'utf8'));
    for (const [file, bytes] of Object.entries(before)) if (file !== 'documents.json') expect(after[file], file).toBe(bytes);

    const meta = JSON.parse(readFileSync(join(t.seeds, 'documents.json'), 'utf8')).documents.at(-1);
    expect(meta).toMatchObject({ id: result.documentId, outlet: 'Example Daily', outletDescribed: false, publishedAt: '2021-09-08', language: 'en', url: null });
    const compiled = JSON.parse(readFileSync(t.out, 'utf8'));
    expect(compiled.corpus.articles.find((a: { id: string }) => a.id === `${result.documentId}-1`)).toMatchObject({
      title: 'Blinken: Taliban must earn any recognition, allies agree at Ramstein', dateline: 'RAMSTEIN, Germany',
    });
    expect(corpus(['check', '--seeds', t.seeds]).code).toBe(0);
  });

  it('adds the article extracted from an HTML page, joining the Blinken story', () => {
    const t = tempSeeds();
    const run = corpus(['add', join(fixtures, 'blinken-rewrite.html'), '--outlet', 'Northfield Courier', '--date', '2021-09-08', '--seeds', t.seeds, '--out', t.out]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.story).toMatchObject({ id: 'story-000_cc2cb2b27cb2e02b-1', joined: true });
    const stored = readFileSync(join(t.seeds, 'documents', `${result.documentId}.txt`), 'utf8');
    expect(stored).toMatch(/^Antony Blinken, America's chief diplomat, warned the Taliban/);
    expect(stored).not.toMatch(/<|Subscribe|Home/);
    const meta = JSON.parse(readFileSync(join(t.seeds, 'documents.json'), 'utf8')).documents.at(-1);
    expect(meta).toMatchObject({ byline: 'Marta Quill', language: 'en', articles: [{ n: 1, title: 'Allies back tough line on Taliban recognition' }] });
    const article = JSON.parse(readFileSync(t.out, 'utf8')).corpus.articles.find((a: { id: string }) => a.id === `${result.documentId}-1`);
    expect(article).toMatchObject({ title: 'Allies back tough line on Taliban recognition', titleDescribed: true });
  });

  it('puts an unrelated article into a new story, and the ids of existing stories stay put', () => {
    const t = tempSeeds();
    const run = corpus(['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'Bay Gazette', '--date', '2024-02-05', '--url', 'https://gazette.example.com/tram', '--lang', 'en', '--seeds', t.seeds, '--out', t.out]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.story).toEqual({ id: `story-${result.documentId}-1`, title: 'Tram line to the airport wins final approval', joined: false, with: [] });
    const stories = JSON.parse(readFileSync(t.out, 'utf8')).corpus.stories.map((s: { id: string }) => s.id);
    expect(stories).toEqual(['story-000_cc2cb2b27cb2e02b-1', 'story-000_cc2cb2b27cb2e02b-2', `story-${result.documentId}-1`]);
  });

  const failures: { name: string; args: (t: ReturnType<typeof tempSeeds>) => string[]; code: number; stderr: RegExp }[] = [
    {
      name: 'the same text again',
      args: (t) => ['add', join(t.seeds, 'documents/003_79f0f28387a61ee3.txt'), '--outlet', 'Copy', '--date', '2021-09-08'],
      code: 1, stderr: /already in the corpus as article 003_79f0f28387a61ee3-1/,
    },
    { name: 'a date that does not exist', args: () => ['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2021-02-30'], code: 2, stderr: /--date YYYY-MM-DD/ },
    { name: 'no outlet', args: () => ['add', join(fixtures, 'unrelated-article.txt'), '--date', '2021-02-03'], code: 2, stderr: /--outlet NAME/ },
    { name: 'a missing file', args: (t) => ['add', join(t.dir, 'nope.txt'), '--outlet', 'X', '--date', '2021-02-03'], code: 2, stderr: /cannot read .*nope\.txt: ENOENT/ },
    { name: 'a bad URL', args: () => ['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2021-02-03', '--url', 'gazette'], code: 2, stderr: /not an http\(s\) URL/ },
    { name: 'an HTML page without an article', args: () => ['add', join(fixtures, 'no-article.html'), '--outlet', 'X', '--date', '2021-02-03'], code: 1, stderr: /no-article\.html: no article (text )?found/ },
    {
      name: 'an empty file',
      args: (t) => { writeFileSync(join(t.dir, 'empty.txt'), '\n\n'); return ['add', join(t.dir, 'empty.txt'), '--outlet', 'X', '--date', '2021-02-03']; },
      code: 1, stderr: /empty text/,
    },
    {
      name: 'seeds that are already broken',
      args: (t) => {
        writeFileSync(join(t.seeds, 'entities.json'), readFileSync(join(t.seeds, 'entities.json'), 'utf8').replace('"Maas",', '"Maas", "Blinken",'));
        return ['add', join(fixtures, 'unrelated-article.txt'), '--outlet', 'X', '--date', '2021-02-03'];
      },
      code: 1, stderr: /entities\.json:\d+:\d+: .*alias "Blinken" also belongs to "antony-blinken"/,
    },
  ];
  for (const f of failures) {
    it(`refuses ${f.name} and leaves the seeds byte-identical`, () => {
      const t = tempSeeds();
      const args = f.args(t);
      const before = snapshot(t.seeds);
      const run = corpus([...args, '--seeds', t.seeds, '--out', t.out]);
      expect(run.code, run.stderr).toBe(f.code);
      expect(run.stderr).toMatch(f.stderr);
      expect(run.stdout).toBe('');
      expect(snapshot(t.seeds)).toEqual(before);
    });
  }
});

describe('corpus check and compile', () => {
  it('check prints a summary and exits 0 on the seeds', () => {
    const run = corpus(['check', '--seeds', seedsDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/2 documents, 3 articles, 2 stories, \d+ entities/);
  });

  it('check prints every error and exits 1', () => {
    const t = tempSeeds();
    writeFileSync(join(t.seeds, 'documents/009_stray.txt'), 'A stray page.\n');
    writeFileSync(join(t.seeds, 'entities.json'), readFileSync(join(t.seeds, 'entities.json'), 'utf8').replace('"kind": "place"', '"kind": "city"'));
    const run = corpus(['check', '--seeds', t.seeds]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/documents\/009_stray\.txt: no entry in .*documents\.json; /);
    expect(run.stderr).toMatch(/entities\.json:\d+:\d+: entities\[\d+\]\.kind \(entity "[a-z-]+"\): invalid value "city"; write one of/);
    expect(run.stderr).toMatch(/corpus: 2 errors/);
  });

  it('compile writes the compiled corpus', () => {
    const t = tempSeeds();
    const run = corpus(['compile', '--seeds', t.seeds, '--out', t.out]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(t.out, 'utf8')).corpus.stories).toHaveLength(2);
  });

  it('rejects an unknown command with exit code 2', () => {
    const run = corpus(['compiel']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "compiel"');
  });
});
