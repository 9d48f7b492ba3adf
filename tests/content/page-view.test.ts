// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageView, type Send } from '../../src/content/page-view.ts';
import type { ContentMessage } from '../../src/shared/messages.ts';
import { installHighlightApi, loadFixturePage, payload, pxHighlights } from './page-fixture.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
// The e2e flavour, whose host shows its state as data-px-* attributes (production writes none:
// page-attacks.test.ts).
vi.mock('../../src/shared/build-flags.ts', () => ({ E2E_BUILD: true }));

let registry: Map<string, unknown>;
let sent: ContentMessage[];
const send: Send = async (message) => {
  sent.push(message);
  if (message.type === 'analyzeArticle') return { ok: true, page: payload, storyFound: true } as never;
  return { ok: true } as never;
};

beforeEach(() => {
  registry = installHighlightApi();
  sent = [];
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a page view', () => {
  it('highlights the anchored annotations and reports the unanchored ones', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    expect(await view.run()).toBe('ready');
    expect(pxHighlights(registry)).toEqual(expect.arrayContaining(['px-quote-0', 'px-quote-1', 'px-quote-2', 'px-quote-3', 'px-entity', 'px-diff', 'px-diff-number']));
    const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'))!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.getAttribute('data-px-state')).toBe('ready');
    expect(Number(host.getAttribute('data-px-annotations'))).toBe(payload.annotations.length);
    const report = sent.find((m) => m.type === 'annotationsAnchored');
    expect(report).toMatchObject({ unanchored: [] });
    expect(sent[0]).toMatchObject({ type: 'analyzeArticle', article: { title: expect.stringContaining('Marrow Bay'), siteName: 'The Marrow Bay Herald' } });
    view.destroy();
  });

  it('measures every slice of its synchronous steps under the step\'s px: name', async () => {
    loadFixturePage();
    performance.clearMeasures();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    for (const step of ['px:detect', 'px:extract', 'px:anchor', 'px:highlight', 'px:analyze-wait', 'px:total']) {
      expect(performance.getEntriesByName(step, 'measure').length, step).toBeGreaterThan(0);
    }
    // Slices of one step never overlap: each is a task of its own.
    const slices = performance.getEntriesByName('px:extract', 'measure');
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.startTime).toBeGreaterThanOrEqual(slices[i - 1]!.startTime + slices[i - 1]!.duration);
    view.destroy();
  });

  it('reports annotations whose text the page does not carry', async () => {
    loadFixturePage();
    const missing = { ...payload.annotations[0]!, id: 'q99', selector: { exact: 'words this page never printed anywhere at all', prefix: '', suffix: '', start: 5, end: 50 } };
    const sendWithMissing: Send = async (m) => (sent.push(m), m.type === 'analyzeArticle' ? { ok: true, page: { ...payload, annotations: [...payload.annotations, missing] }, storyFound: true } : { ok: true }) as never;
    const view = new PageView(window, sendWithMissing, () => undefined);
    await view.run();
    expect(sent.find((m) => m.type === 'annotationsAnchored')).toMatchObject({ unanchored: ['q99'] });
    view.destroy();
  });

  it('destroy() leaves the DOM byte-identical and no px- highlight registered', async () => {
    const before = loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    expect(view.show('q0')).toBe(true); // flash, focus and cards add and remove things too
    expect(view.step(1)).toBe(true);
    expect(document.documentElement.outerHTML).not.toBe(before);
    view.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(pxHighlights(registry)).toEqual([]);
  });

  it('does nothing on a page that is not an article', async () => {
    document.head.innerHTML = '<title>Weather</title>';
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Sunny.</p>';
    const before = document.documentElement.outerHTML;
    const view = new PageView(window, send, () => undefined);
    expect(await view.run()).toBe('not-article');
    expect(document.documentElement.outerHTML).toBe(before);
    expect(sent).toEqual([{ type: 'pageStatus', url: location.href, status: 'not-article' }]);
  });

  it('never reacts to its own overlay changes, but does to the article being replaced', async () => {
    loadFixturePage();
    const stale = vi.fn();
    const view = new PageView(window, send, stale);
    await view.run();
    view.show('d:d1');
    view.step(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await wait(700);
    expect(stale).not.toHaveBeenCalled();
    document.querySelector('article')!.replaceChildren(document.createTextNode('Loading the next story…'));
    await wait(700);
    expect(stale).toHaveBeenCalledTimes(1);
    view.destroy();
  });

  it('puts its highlights back when the page clears the registry', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    registry.clear();
    view.step(1);
    expect(pxHighlights(registry)).toEqual(expect.arrayContaining(['px-entity', 'px-focus', 'px-quote-0']));
    view.destroy();
  });
});
