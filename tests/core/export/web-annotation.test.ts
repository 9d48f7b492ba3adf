// The export as W3C Web Annotations: the model's shape (valibot), valid JSON-LD under the W3C
// context with no term dropped (jsonld.js, safe mode, offline), and selectors that point back at
// exactly the passages of the analysis, counted in code points.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { analyze, prepareCorpus } from '../../../src/core/analyze.ts';
import { compileCorpus } from '../../../src/core/corpus/compile.ts';
import { addUserArticles, userArticleFrom } from '../../../src/core/corpus/user-articles.ts';
import { extractArticleFromHtml } from '../../../src/cli/extract-html.ts';
import { nameUuid, POSITIONS_NOTE, toWebAnnotations, type TextTarget, type WebAnnotation } from '../../../src/core/export/web-annotation.ts';
import type { Analysis } from '../../../src/core/types.ts';
import { seedInput } from '../corpus/seeds-helper.ts';
import { readSeed, root, SEED_000 } from '../seed-corpus.ts';
import { checkCollection } from './web-annotation-schema.ts';

const ANNO_CONTEXT_FILE = join(root, 'tests/fixtures/jsonld/anno.jsonld');
const PAGE = 'https://herald.example/world/us-pakistan#section-2';
const OTHER = 'https://meridian.example/2021/09/08/blinken';

/** Resolves only the W3C annotation context, from the copy in fixtures: nothing goes online. */
async function documentLoader(url: string) {
  if (url.replace(/^https:/, 'http:') !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network in tests: ${url}`);
  return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(ANNO_CONTEXT_FILE, 'utf8')) };
}

function seedAnalysisWithLinkedVersion(): Analysis {
  const seeds = compileCorpus(seedInput());
  if (!seeds.ok) throw new Error('seeds do not compile');
  const rewrite = extractArticleFromHtml(
    readFileSync(join(root, 'tests/e2e/demo-site/meridian-dispatch/2021/09/08/blinken-ramstein-allies-taliban.html'), 'utf8'),
  )!;
  const { compiled } = addUserArticles(seeds.compiled, [userArticleFrom({ ...rewrite, url: OTHER }, '2025-02-01T10:00:00.000Z')]);
  return analyze({ text: readSeed(SEED_000), url: PAGE, title: 'Herald page' }, prepareCorpus(compiled));
}

const analysis = seedAnalysisWithLinkedVersion();
const CREATED = '2025-03-01T12:00:00.000Z';
const doc = toWebAnnotations(analysis, { created: CREATED, generator: { name: 'Parallax', version: '0.1.0' } });
const items = doc.first?.items ?? [];
const selectorsOf = (a: WebAnnotation) => ('selector' in a.target ? (a.target as TextTarget).selector : null);
const values = (a: WebAnnotation, purpose: string) => a.body.filter((b) => b.purpose === purpose).map((b) => b.value);

describe('the W3C Web Annotation export', () => {
  it('has the model\'s shape: a collection, one embedded page, annotations with bodies and targets', () => {
    const checked = checkCollection(doc);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBe(items.length);
    expect(doc.generated).toBe(CREATED);
  });

  it('is JSON-LD that the W3C context fully defines (no term dropped on expansion)', async () => {
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(doc)), { documentLoader, safe: true });
    const text = JSON.stringify(expanded);
    for (const iri of ['http://www.w3.org/ns/oa#hasTarget', 'http://www.w3.org/ns/oa#TextQuoteSelector', 'http://www.w3.org/ns/oa#TextPositionSelector', 'http://www.w3.org/ns/oa#renderedVia', 'http://www.w3.org/2000/01/rdf-schema#comment', 'http://www.w3.org/ns/oa#via', 'http://purl.org/dc/terms/creator']) {
      expect(text, iri).toContain(iri);
    }
  });

  it('safe mode would catch a term the context does not define', async () => {
    const broken = JSON.parse(JSON.stringify(doc));
    broken.first.items[0].target.selector[0].prefx = 'typo';
    await expect(jsonld.expand(broken, { documentLoader, safe: true })).rejects.toThrow();
  });

  it('holds one annotation per quote, per entity mention and per difference', () => {
    const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(items.length).toBe(analysis.quotes.length + mentions + analysis.differences.length);
    expect(analysis.quotes.length).toBeGreaterThan(3);
    expect(analysis.differences.length).toBeGreaterThan(3);
  });

  it('gives every annotation a distinct, stable urn:uuid, changing with the page', () => {
    const ids = [doc.id, doc.first!.id, ...items.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toWebAnnotations(analysis, { created: CREATED }).first!.items.map((a) => a.id)).toEqual(items.map((a) => a.id));
    expect(toWebAnnotations(analysis, { source: 'https://elsewhere.example/a' }).first!.items[0]!.id).not.toBe(items[0]!.id);
    expect(nameUuid('a')).not.toBe(nameUuid('b'));
  });

  it('targets the page (its URL without the fragment) by quote and by position in the article text', () => {
    const text = analysis.article.text;
    const codePoints = [...text];
    let withSelectors = 0;
    for (const a of items) {
      expect(a.target.source).toBe('https://herald.example/world/us-pakistan');
      const selectors = selectorsOf(a);
      if (!selectors) continue;
      withSelectors++;
      const [quote, position] = selectors;
      expect(codePoints.slice(position.start, position.end).join(''), a.id).toBe(quote.exact);
      expect(codePoints.slice(Math.max(0, position.start - quote.prefix.length), position.start).join('')).toBe(quote.prefix);
      expect(codePoints.slice(position.end, position.end + [...quote.suffix].length).join('')).toBe(quote.suffix);
    }
    expect(withSelectors).toBeGreaterThan(items.length / 2);
  });

  it('says that positions count in the extracted article text, not the page DOM', () => {
    expect(doc['rdfs:comment']).toBe(POSITIONS_NOTE);
    expect(POSITIONS_NOTE).toMatch(/extracted/);
    expect(POSITIONS_NOTE).toMatch(/not the page.s full DOM text/);
    for (const a of items) if ('renderedVia' in a.target) expect(a.target.renderedVia['rdfs:comment']).toBe(POSITIONS_NOTE);
  });

  it('a quote carries its speaker, its kind and the other outlets\' words, with a link to them', () => {
    const index = analysis.quotes.findIndex((q) => q.speakerId === 'antony-blinken' && analysis.speakers.some((s) => s.elsewhere.some((e) => e.hereQuote === analysis.quotes.indexOf(q) && e.link)));
    expect(index).toBeGreaterThanOrEqual(0);
    const a = items[index]!;
    expect(a.motivation).toBe('identifying');
    expect(values(a, 'identifying')).toEqual(['Antony Blinken']);
    expect(values(a, 'classifying')).toEqual([analysis.quotes[index]!.kind]);
    const theirs = a.body.filter((b) => b.creator);
    expect(theirs.length).toBeGreaterThan(0);
    const linked = theirs.find((b) => b.via?.startsWith(`${OTHER}#:~:text=`));
    expect(linked, JSON.stringify(theirs)).toBeDefined();
    const version = analysis.story!.versions.find((v) => v.url === OTHER)!;
    expect(linked!.creator).toEqual({ type: 'Organization', name: version.outlet });
    expect(linked!.label).toBe(`${version.outlet}, ${version.publishedAt!.slice(0, 10)}`);
    expect(linked!.language).toBe('en');
  });

  it('an anonymous source is tagged as one', () => {
    const index = analysis.quotes.findIndex((q) => q.anonymous && q.speaker);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(values(items[index]!, 'tagging')).toContain('anonymous source');
  });

  it('an entity mention carries the name, the kind and the role', () => {
    const start = analysis.quotes.length;
    const ei = analysis.entities.findIndex((e) => e.id === 'antony-blinken');
    const offset = analysis.entities.slice(0, ei).reduce((n, e) => n + e.mentions.length, 0);
    const a = items[start + offset]!;
    expect(values(a, 'identifying')).toEqual(['Antony Blinken']);
    expect(values(a, 'classifying')).toEqual(['person']);
    expect(values(a, 'describing')[0]).toMatch(/Secretary of State/);
    expect(selectorsOf(a)![0].exact).toBe(analysis.entities[ei]!.mentions[0]!.text);
  });

  it('a difference carries its kind, the explanation and the other outlet\'s words; one found only elsewhere targets the page', () => {
    const base = items.length - analysis.differences.length;
    analysis.differences.forEach((d, i) => {
      const a = items[base + i]!;
      expect(a.motivation).toBe('assessing');
      expect(values(a, 'classifying')).toEqual([d.kind]);
      expect(values(a, 'commenting')).toEqual([d.explanation]);
      if (d.there) expect(a.body.find((b) => b.creator)?.value).toBe(d.there.text);
      if (d.there?.link) expect(a.body.find((b) => b.creator)?.via).toBe(d.there.link);
      if (!d.here) expect(selectorsOf(a), d.kind).toBeNull();
      else expect(selectorsOf(a)![0].exact).toBe(d.here.text);
    });
    expect(analysis.differences.some((d) => d.here === null)).toBe(true);
  });
});

describe('the export of other analyses', () => {
  const bare = (text: string, extra: Partial<Analysis> = {}): Analysis => ({
    article: { title: null, siteName: null, byline: null, url: null, publishedAt: null, language: 'en', text },
    corpusArticleId: null, story: null, entities: [], quotes: [], speakers: [], differences: [], corpusStories: 0, ...extra,
  });

  it('counts positions in code points when the text has characters outside the BMP', () => {
    const text = 'Fans 🎉🎉 cheered: “We won,” said the captain.';
    const start = text.indexOf('We won');
    const analysis = bare(text, {
      quotes: [{ text: 'We won,', start, end: start + 7, kind: 'spoken', speaker: null, speakerId: null, anonymous: false, confidence: 0.3, cue: null, source: null, carriedFrom: null, namedAt: null }],
    });
    const [a] = toWebAnnotations(analysis).first!.items;
    const [quote, position] = (a!.target as TextTarget).selector;
    expect(position).toEqual({ type: 'TextPositionSelector', start: start - 2, end: start - 2 + 7 });
    expect(quote.exact).toBe('We won,');
    expect(quote.prefix).toBe('Fans 🎉🎉 cheered: “');
    expect(checkCollection(toWebAnnotations(analysis)).ok).toBe(true);
  });

  it('never cuts a surrogate pair in a prefix or suffix', () => {
    const text = `${'🎉'.repeat(40)} word ${'🚢'.repeat(40)}`;
    const start = text.indexOf('word');
    const analysis = bare(text, { entities: [{ id: null, name: 'Word', kind: 'person', role: null, description: null, listed: false, mentions: [{ start, end: start + 4, text: 'word' }] }] });
    const [quote] = (toWebAnnotations(analysis).first!.items[0]!.target as TextTarget).selector;
    expect(quote.prefix).toBe(`${'🎉'.repeat(31)} `);
    expect(quote.suffix).toBe(` ${'🚢'.repeat(31)}`);
    expect(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(quote.prefix) || /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(quote.suffix)).toBe(false);
  });

  it('names a page without an absolute URL by its text, and an empty analysis has no page of items', () => {
    const empty = toWebAnnotations(bare('Nothing quoted here.'));
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
    expect(empty.label).toMatch(/^Parallax annotations: urn:parallax:article:/);
    expect(checkCollection(empty).ok).toBe(true);
    const relative = toWebAnnotations(bare('Text.', { article: { ...bare('Text.').article, url: '/relative/page.html' } }));
    expect(relative.label).toMatch(/urn:parallax:article:/);
  });

  it('takes the source it is given (the CLI gives a file: URL)', () => {
    const doc = toWebAnnotations(bare('Nothing.'), { source: 'file:///tmp/article.txt' });
    expect(doc.label).toBe('Parallax annotations: file:///tmp/article.txt');
  });
});
