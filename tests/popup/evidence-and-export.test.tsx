// @vitest-environment happy-dom
// The popup's evidence links ("Read in <Outlet>, <date>", a new tab, http(s) only) and its
// "Export annotations" button (a .jsonld file through a Blob URL, valid Web Annotations).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import type { TabView } from '../../src/shared/storage.ts';
import { checkCollection } from '../core/export/web-annotation-schema.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { PopupView } = await import('../../src/popup/PopupView.tsx');
const { exportFileName } = await import('../../src/popup/download.ts');

const COURIER = 'https://www.courier.example/news/bridge';
const DATE = /Coastal Courier, (3 Mar 2027|Mar 3, 2027)/;

/** The hand-made fixture analysis, with the Coastal Courier's article given an address. */
function linkedAnalysis(): Analysis {
  const a = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis/harbour-bridge.json'), 'utf8')) as Analysis;
  a.story!.versions = a.story!.versions.map((v) => (v.articleId === 'courier-1' ? { ...v, url: COURIER } : v));
  a.differences = a.differences.map((d) =>
    d.there?.articleId === 'courier-1' ? { ...d, there: { ...d.there, link: `${COURIER}#:~:text=${encodeURIComponent(d.there.text.split(' ').slice(0, 3).join(' '))}` } } : d,
  );
  a.speakers = a.speakers.map((s) => ({ ...s, elsewhere: s.elsewhere.map((e) => (e.articleId === 'courier-1' ? { ...e, link: `${COURIER}#:~:text=${encodeURIComponent(e.text)}` } : e)) }));
  return a;
}

function view(analysis: Analysis): TabView {
  return {
    tabId: 7, url: 'https://www.herald.example/news/harbour-bridge', site: 'herald.example', siteEnabled: true, defaultSite: true, paused: false,
    state: { v: 2, url: 'https://www.herald.example/news/harbour-bridge', status: 'ready', textHash: 'x', analysis, page: null, article: null, anchored: ['q0', 'd:d0'], unanchored: [], error: null, updatedAt: 1 },
    notice: null, userArticles: 0, remember: false, remembered: 0,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ ok: true }));
  (fakeBrowser.runtime as unknown as { getManifest: unknown }).getManifest = () => ({ manifest_version: 3, name: 'Parallax', version: '9.8.7' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('evidence links in the popup', () => {
  it('a difference names the other outlet and its date, and offers its passage in a new tab', () => {
    const analysis = linkedAnalysis();
    render(<PopupView view={view(analysis)} />);
    const wording = screen.getAllByTestId('difference').find((d) => d.getAttribute('data-kind') === 'quote-wording')!;
    expect([...wording.querySelectorAll('.side-label')].map((l) => l.textContent)).toEqual(['This article', expect.stringMatching(DATE)]);
    const link = wording.querySelector<HTMLAnchorElement>('[data-testid="evidence-link"]')!;
    const expected = analysis.differences.find((d) => d.kind === 'quote-wording')!.there!.link!;
    expect(link.getAttribute('href')).toBe(expected);
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.courier\.example\/news\/bridge#:~:text=/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toMatch(new RegExp(`^Read in ${DATE.source} \\(opens in a new tab\\) ↗$`));
  });

  it('a version without an address is named and dated, with no link', () => {
    render(<PopupView view={view(linkedAnalysis())} />);
    const fromDaily = screen.getAllByTestId('difference').find((d) => d.getAttribute('data-kind') === 'only-elsewhere')!;
    expect(fromDaily.textContent).toMatch(/Harbour Daily, (2 Mar 2027|Mar 2, 2027)/);
    expect(fromDaily.querySelector('[data-testid="evidence-link"]')).toBeNull();
  });

  it('"how others quoted it" links to the other outlet\'s words', () => {
    render(<PopupView view={view(linkedAnalysis())} />);
    const elsewhere = screen.getAllByTestId('elsewhere').filter((e) => e.querySelector('[data-testid="evidence-link"]'));
    expect(elsewhere.length).toBeGreaterThan(0);
    const link = elsewhere[0]!.querySelector<HTMLAnchorElement>('[data-testid="evidence-link"]')!;
    expect(link.href).toMatch(/^https:\/\/www\.courier\.example\/news\/bridge#:~:text=/);
    expect(link.rel).toBe('noopener noreferrer');
    expect(elsewhere[0]!.textContent).toMatch(DATE);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings', 'not a url'])('never turns %s into a link', (bad) => {
    const analysis = linkedAnalysis();
    analysis.differences = analysis.differences.map((d) => (d.there ? { ...d, there: { ...d.there, link: bad } } : d));
    analysis.speakers = analysis.speakers.map((s) => ({ ...s, elsewhere: s.elsewhere.map((e) => ({ ...e, link: bad })) }));
    render(<PopupView view={view(analysis)} />);
    expect(screen.queryAllByTestId('evidence-link')).toEqual([]);
    expect(document.querySelector('a[href^="javascript"], a[href^="data"]')).toBeNull();
  });
});

describe('"Export annotations"', () => {
  it('saves the page\'s annotations as a .jsonld file through a Blob URL', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:popup/test-1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const analysis = linkedAnalysis();
    // The tab keeps only what the popup draws: the whole analysis is asked of the background.
    const asked: unknown[] = [];
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
      asked.push(m);
      return m.type === 'exportAnalysis' ? { ok: true, analysis } : { ok: true };
    });
    render(<PopupView view={view(analysis)} />);
    fireEvent.click(screen.getByTestId('export-annotations'));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(asked).toContainEqual({ type: 'exportAnalysis', tabId: 7 });

    expect(clicks).toEqual([{ href: 'blob:popup/test-1', download: exportFileName(analysis.article.url, analysis.article.title, 'jsonld') }]);
    expect(clicks[0]!.download).toMatch(/^parallax-.+\.jsonld$/);
    expect(blobs[0]!.type).toBe('application/ld+json');
    const doc = JSON.parse(await blobs[0]!.text());
    const checked = checkCollection(doc);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(doc.generator).toEqual({ type: 'Software', name: 'Parallax', 'schema:softwareVersion': '9.8.7' });
    const mentions = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(doc.total).toBe(analysis.quotes.length + mentions + analysis.differences.length);
    expect(JSON.stringify(doc)).toContain(`"via":"${analysis.differences.find((d) => d.there?.link)!.there!.link}"`);
    expect(screen.getByTestId('export-status').textContent).toBe(`Saved ${doc.total} annotations as ${clicks[0]!.download}.`);
    expect(document.querySelectorAll('a[download]').length).toBe(0);
  });

  it('names the file after the site and the title', () => {
    expect(exportFileName('https://www.herald.example/news/a?x=1', 'Marrow Bay delays: the “bridge” closure — again!', 'jsonld')).toBe('parallax-herald.example-marrow-bay-delays-the-bridge-closure-again.jsonld');
    expect(exportFileName(null, 'Été à Genève', 'jsonld')).toBe('parallax-ete-a-geneve.jsonld');
    expect(exportFileName('not a url', null, 'jsonld')).toBe('parallax.jsonld');
  });
});
