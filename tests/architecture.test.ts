// Conventions as tests: the pure core knows no browser; contexts import only what they may.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('src/core is pure', () => {
  const files = sourceFiles(join(root, 'src/core'));
  it('has source files', () => expect(files.length).toBeGreaterThan(3));
  const forbidden: [string, RegExp][] = [
    ['global document', /(?<![.\w])document\./],
    ['window', /(?<![.\w])window\b/],
    ['chrome APIs', /(?<![.\w])chrome\./],
    ['browser APIs', /(?<![.\w])browser\./],
    ['timers', /(?<![.\w])(setTimeout|setInterval|requestAnimationFrame)\(/],
    ['storage', /(?<![.\w])(localStorage|sessionStorage|indexedDB)\b/],
    ['network', /(?<![.\w])(fetch|XMLHttpRequest|WebSocket)\(/],
    ['node modules', /from ['"]node:/],
    ['other layers', /from ['"]\.\.\/(\.\.\/)*(shared|background|content|popup|cli)\//],
  ];
  for (const file of files) {
    const src = stripComments(readFileSync(file, 'utf8'));
    for (const [what, pattern] of forbidden) {
      it(`${relative(root, file)} uses no ${what}`, () => expect(src).not.toMatch(pattern));
    }
  }
});

describe('layer boundaries', () => {
  const rules: [string, RegExp, string][] = [
    ['src/content', /from ['"][./]*\/background\//, 'content never imports background'],
    ['src/popup', /from ['"][./]*\/background\//, 'popup never imports background'],
  ];
  for (const [dir, pattern, rule] of rules) {
    it(rule, () => {
      let files: string[] = [];
      try {
        files = sourceFiles(join(root, dir));
      } catch {
        files = [];
      }
      for (const file of files) expect(readFileSync(file, 'utf8'), relative(root, file)).not.toMatch(pattern);
    });
  }
  it('only the background opens the extension\'s database (idb): pages\' content scripts must never hold what it trusts', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => /from ['"]idb['"]|\bindexedDB\b/.test(stripComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith('src/background/'));
    expect(offenders).toEqual([]);
  });
  it('only src/shared/browser.ts imports webextension-polyfill', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f))
      .filter((f) => f !== 'src/shared/browser.ts');
    expect(offenders).toEqual([]);
  });
});
