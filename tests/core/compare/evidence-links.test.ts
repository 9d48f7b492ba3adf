// Every difference's other side and every "elsewhere" quote links to its passage in the other
// outlet's article (a text fragment), when that article has an http(s) URL; none otherwise.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, prepareCorpus } from '../../../src/core/analyze.ts';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import { addUserArticles, userArticleFrom } from '../../../src/core/corpus/user-articles.ts';
import { decodeTextDirective, findTextDirective, prepareFragmentText } from '../../../src/core/anchor/text-fragment.ts';
import type { Analysis } from '../../../src/core/types.ts';
import { extractArticleFromHtml } from '../../../src/cli/extract-html.ts';
import { seedInput } from '../corpus/seeds-helper.ts';
import { readSeed, root, SEED_000 } from '../seed-corpus.ts';

const RETOLD_URL = 'https://meridian.example/2021/09/08/blinken';
/** Our own rewrite of the seed story (the demo site's third outlet), as a reader would add it. */
const rewrite = extractArticleFromHtml(
  readFileSync(join(root, 'tests/e2e/demo-site/meridian-dispatch/2021/09/08/blinken-ramstein-allies-taliban.html'), 'utf8'),
)!;

function corpusWith(url: string | null) {
  const seeds = compileCorpus(seedInput());
  if (!seeds.ok) throw new Error('seeds do not compile');
  const retold = userArticleFrom({ ...rewrite, url }, '2025-02-01T10:00:00.000Z');
  const { compiled } = addUserArticles(seeds.compiled, [retold]);
  return { prepared: prepareCorpus(compiled), retold };
}

/** Where a browser lands in `text` for a link's text directive, as the words it covers. */
function landing(link: string, text: string): string | null {
  const directive = decodeTextDirective(link.split('#:~:')[1] ?? '');
  const found = directive && findTextDirective(prepareFragmentText(text, 'en'), directive);
  return found ? text.slice(found.start, found.end) : null;
}

describe('evidence links', () => {
  const { prepared, retold } = corpusWith(`${RETOLD_URL}#comments`);
  const analysis: Analysis = analyze({ text: readSeed(SEED_000) }, prepared);
  const againstRetold = analysis.differences.filter((d) => d.there?.articleId === retold.id);

  it('the rewrite with a URL is one of the versions compared', () => {
    expect(analysis.story?.versions.some((v) => v.articleId === retold.id && v.url === `${RETOLD_URL}#comments`)).toBe(true);
    expect(againstRetold.length).toBeGreaterThan(0);
  });

  it('every difference against it links to its passage there, the old fragment gone', () => {
    expect(againstRetold.filter((d) => d.there!.start !== undefined).map((d) => d.kind)).toContain('quote-wording');
    for (const d of againstRetold) {
      expect(d.there!.link, `${d.kind}: ${d.there!.text}`).toMatch(new RegExp(`^${RETOLD_URL}#:~:text=[^#\\s]+$`));
      if (d.there!.start === undefined) continue;
      const passage = retold.text.slice(d.there!.start, d.there!.end).trim();
      expect(landing(d.there!.link!, retold.text), `${d.kind}: ${d.there!.link}`).toBe(passage);
    }
  });

  it('a publication date links to the date as printed', () => {
    const date = againstRetold.find((d) => d.kind === 'date' && d.about === 'publication');
    expect(date, 'the rewrite is dated a day before the seed page').toBeDefined();
    if (!date) return;
    expect(decodeTextDirective(date.there!.link!.split('#:~:')[1]!)?.start).toBe(date.there!.text.replace(/\s+/g, ' ').trim());
  });

  it('every "elsewhere" quote from it links to those words there', () => {
    const quotes = analysis.speakers.flatMap((s) => s.elsewhere).filter((e) => e.articleId === retold.id);
    expect(quotes.length).toBeGreaterThan(0);
    for (const e of quotes) {
      expect(e.link, e.text).toMatch(new RegExp(`^${RETOLD_URL}#:~:text=`));
      expect(landing(e.link!, retold.text), e.link).toBe(e.text.trim());
    }
  });

  it('versions without a URL (the bundled seeds) get no link', () => {
    const others = analysis.differences.filter((d) => d.there && d.there.articleId !== retold.id);
    expect(others.length).toBeGreaterThan(0);
    for (const d of others) expect(d.there!.link).toBeUndefined();
    for (const e of analysis.speakers.flatMap((s) => s.elsewhere).filter((e) => e.articleId !== retold.id)) expect(e.link).toBeUndefined();
  });

  it.each([['no URL', null], ['a javascript: URL', 'javascript:alert(1)'], ['a data: URL', 'data:text/html,x']])('a version with %s gets no link', (_, url) => {
    const { prepared: p, retold: r } = corpusWith(url);
    const a = analyze({ text: readSeed(SEED_000) }, p);
    const mine = a.differences.filter((d) => d.there?.articleId === r.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const d of mine) expect(d.there!.link).toBeUndefined();
  });
});
