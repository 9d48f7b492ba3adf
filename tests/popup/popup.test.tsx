// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import type { TabState, TabView } from '../../src/shared/storage.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { PopupView } = await import('../../src/popup/PopupView.tsx');
const { Popup } = await import('../../src/popup/Popup.tsx');

const load = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis', name), 'utf8')) as Analysis;
const full = load('harbour-bridge.json');
const noStory = load('harbour-bridge-no-story.json');

function tabState(over: Partial<TabState>): TabState {
  return { v: 2, page: null, article: null, url: 'https://www.herald.example/news/harbour-bridge', status: 'ready', textHash: 'x', analysis: full, anchored: ['q0', 'q1', 'q2', 'd:d0', 'd:d1'], unanchored: ['q3', 'd:d2'], error: null, updatedAt: 1, ...over };
}
function view(over: Partial<TabView> = {}, state: Partial<TabState> | null = {}): TabView {
  return { tabId: 7, url: 'https://www.herald.example/news/harbour-bridge', site: 'herald.example', siteEnabled: true, defaultSite: true, paused: false, state: state === null ? null : tabState(state), notice: null, userArticles: 0, remember: false, remembered: 0, ...over };
}

let sent: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
    sent.push(m);
    if (m.type === 'showOnPage') return { ok: true, shown: true };
    if (m.type === 'getTabState') return { ok: true, view: view() };
    return { ok: true, enabled: true };
  });
});
afterEach(cleanup);

describe('the popup for an article with a story', () => {
  it('shows the story, the outlets with dates and the publication-date note', () => {
    render(<PopupView view={view()} />);
    expect(screen.getByTestId('story-title').textContent).toBe('Marrow Bay harbour bridge closure delayed');
    const outlets = screen.getAllByTestId('outlet').map((li) => li.textContent);
    expect(outlets[0]).toMatch(/The Marrow Bay Herald.*this page/);
    expect(outlets.slice(1).join(' ')).toMatch(/Coastal Courier.*Harbour Daily.*machine-translated/);
    expect(screen.getByTestId('publication-date').textContent).toBe('Published a day earlier by the Harbour Daily.');
    expect(screen.getAllByTestId('difference').some((d) => d.getAttribute('data-kind') === 'date' && /Published/.test(d.textContent ?? ''))).toBe(false);
  });

  it('has one card per speaker, the anonymous source labelled, with how others quoted it', () => {
    render(<PopupView view={view()} />);
    const cards = screen.getAllByTestId('speaker-card');
    expect(cards.map((c) => c.getAttribute('data-speaker-id'))).toEqual(['elena-voss', 'daniel-okafor', 'a-senior-port-official', 'tomas-berg']);
    const anonymous = cards.find((c) => c.getAttribute('data-anonymous') === 'true')!;
    expect(anonymous.textContent).toMatch(/anonymous source/);
    const elsewhere = cards[0]!.querySelector('[data-testid="elsewhere"]')!;
    expect([...elsewhere.querySelectorAll('mark[data-px-diff="there"]')].map((m) => m.textContent)).toEqual(['listened', 'use every day']);
  });

  it('groups differences by kind, marks changed words, and lists unanchored ones as such', () => {
    render(<PopupView view={view()} />);
    const items = screen.getAllByTestId('difference').filter((d) => !d.closest('[data-testid="possible-differences"]'));
    expect(items.map((d) => d.getAttribute('data-kind'))).toEqual(['quote-wording', 'attribution', 'number', 'date', 'only-here', 'only-elsewhere']);
    const wording = items[0]!;
    expect([...wording.querySelectorAll('mark[data-px-diff="here"]')].map((m) => m.textContent)).toEqual(['heard them', 'cross every morning', 'line ']);
    expect(wording.getAttribute('data-anchored')).toBe('true');
    expect(wording.querySelector('[data-testid="show-on-page"]')).not.toBeNull();
    const onlyHere = items.find((d) => d.getAttribute('data-kind') === 'only-here')!;
    expect(onlyHere.getAttribute('data-anchored')).toBe('false');
    expect(onlyHere.textContent).toMatch(/Not found on the page/);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(expect.arrayContaining(['Quoted differently 1', 'Different figures 1', 'Only in other outlets 1']));
  });

  it('lists a note below its kind\'s line apart, collapsed, as possible, with how sure Parallax is', () => {
    render(<PopupView view={view()} />);
    const possible = screen.getByTestId('possible-differences');
    expect(possible.tagName).toBe('DETAILS');
    expect(possible.hasAttribute('open')).toBe(false);
    const items = [...possible.querySelectorAll('[data-testid="difference"]')];
    expect(items.map((d) => d.getAttribute('data-kind'))).toEqual(['only-here']);
    expect(items[0]!.textContent).toMatch(/bridge's age/);
    expect(items[0]!.querySelector('[data-testid="why"]')!.textContent).toMatch(/^40% sure: written for this fixture/);
  });

  it('shows the surest three claims only one side reports, the rest behind "show all"', () => {
    const elsewhere = full.differences.find((d) => d.kind === 'only-elsewhere')!;
    const many = [0.96, 0.99, 0.97, 0.995, 0.98].map((confidence, i) => ({ ...elsewhere, id: `e${i}`, confidence, explanation: `claim ${i}` }));
    const analysis = { ...full, differences: [...full.differences.filter((d) => d.kind !== 'only-elsewhere'), ...many] };
    render(<PopupView view={view({}, { analysis })} />);
    const group = screen.getAllByTestId('difference-group').find((g) => g.getAttribute('data-kind') === 'only-elsewhere')!;
    const listed = () => [...group.querySelectorAll('[data-testid="difference"] .explanation')].map((e) => e.textContent);
    expect(listed()).toEqual(['claim 3', 'claim 1', 'claim 4']);
    expect(group.querySelector('h3')!.textContent).toBe('Only in other outlets 5');
    const more = group.querySelector('[data-testid="show-all-differences"]')!;
    expect(more.textContent).toBe('Show all 5');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(more.getAttribute('aria-controls')!)).not.toBeNull();
    fireEvent.click(more);
    expect(listed()).toEqual(['claim 3', 'claim 1', 'claim 4', 'claim 2', 'claim 0']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show the surest 3');
  });

  it('"show on page" sends the command for that annotation and tab', async () => {
    render(<PopupView view={view()} />);
    fireEvent.click(screen.getAllByTestId('show-on-page')[0]!);
    await waitFor(() => expect(sent).toContainEqual({ type: 'showOnPage', tabId: 7, annotationId: 'q0' }));
  });
});

describe('switches', () => {
  it('the site switch is labelled and sends setSiteEnabled', async () => {
    render(<PopupView view={view()} />);
    const toggle = screen.getByTestId('site-toggle');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toBe('Annotate on herald.example');
    fireEvent.click(toggle);
    await waitFor(() => expect(sent).toContainEqual({ type: 'setSiteEnabled', tabId: 7, site: 'herald.example', enabled: false }));
  });

  it('switching on a site outside the list asks for its permission first, and stops if refused', async () => {
    const request = vi.fn(async () => false);
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
    render(<PopupView view={view({ site: 'blog.example', url: 'https://www.blog.example/p', defaultSite: false, siteEnabled: false }, null)} />);
    fireEvent.click(screen.getByTestId('site-toggle'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/permission to read pages on blog.example/));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.blog.example/*'] });
    expect(sent).toEqual([]);
    request.mockResolvedValue(true);
    fireEvent.click(screen.getByTestId('site-toggle'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'setSiteEnabled', tabId: 7, site: 'blog.example', enabled: true }));
  });

  it('the global pause is a switch that sends setPaused', async () => {
    render(<PopupView view={view()} />);
    const pause = screen.getByTestId('global-pause');
    expect(pause.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(pause);
    await waitFor(() => expect(sent).toContainEqual({ type: 'setPaused', paused: true }));
  });
});

describe('empty states', () => {
  const cases: [string, TabView, string, RegExp][] = [
    ['not an article', view({}, { status: 'not-article', analysis: null }), 'not-article', /not a news article/],
    ['a browser page', view({ site: null, url: 'chrome://extensions/' }, null), 'not-article', /works on news articles/],
    ['no matching story', view({}, { analysis: noStory }), 'no-story', /None of the 12 stories/],
    ['site switched off', view({ siteEnabled: false }, null), 'site-off', /Parallax is off on herald.example/],
    ['paused', view({ paused: true }), 'paused', /Parallax is paused/],
    ['analysis failed', view({}, { status: 'failed', analysis: null, error: 'the bundled corpus (corpus.json) is malformed' }), 'failed', /Reason: the bundled corpus \(corpus.json\) is malformed/],
    ['still loading', view({}, { status: 'loading', analysis: null }), 'loading', /Reading the article/],
    ['nothing stored yet', view({}, null), 'loading', /Reading the article/],
  ];
  for (const [name, v, state, text] of cases) {
    it(name, () => {
      render(<PopupView view={v} />);
      const box = screen.getByTestId('state');
      expect(box.getAttribute('data-state')).toBe(state);
      expect(box.textContent).toMatch(text);
    });
  }

  it('lists quotes without an identified speaker apart, never guessing one', () => {
    const quotes = [...full.quotes, { ...full.quotes[3]!, text: 'we will be back', speaker: null, speakerId: null, start: 0, end: 5 }];
    render(<PopupView view={view({}, { analysis: { ...full, quotes } })} />);
    const items = screen.getAllByTestId('unattributed-quote');
    expect(items.map((i) => i.querySelector('blockquote')!.textContent)).toEqual(['“we will be back”']);
    expect(items[0]!.getAttribute('data-anchored')).toBe('false');
  });

  it('no matching story still lists the speakers found on the page', () => {
    render(<PopupView view={view({}, { analysis: noStory })} />);
    expect(screen.getAllByTestId('speaker-card')).toHaveLength(4);
    expect(screen.queryAllByTestId('difference')).toHaveLength(0);
  });
});

describe('loading the tab view', () => {
  it('asks the background for the tab and follows storage changes', async () => {
    let calls = 0;
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => {
      calls++;
      return { ok: true, view: calls === 1 ? view({}, { status: 'loading', analysis: null }) : view() };
    });
    render(<Popup tabId={7} />);
    await waitFor(() => expect(screen.getByTestId('state').getAttribute('data-state')).toBe('loading'));
    await fakeBrowser.storage.session.set({ 'px:tab:7': { changed: true } });
    await waitFor(() => expect(screen.getByTestId('story-title')).toBeTruthy());
  });

  it('asks again when the background signals that a switch, the pause or the corpus changed', async () => {
    let calls = 0;
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => {
      calls++;
      return { ok: true, view: view({ paused: calls > 1 }) };
    });
    render(<Popup tabId={7} />);
    await waitFor(() => expect(screen.getByTestId('global-pause').getAttribute('aria-checked')).toBe('false'));
    await fakeBrowser.storage.sync.set({ 'px:prefs': { v: 1, paused: true } }); // no longer where the pause lives
    await fakeBrowser.storage.session.set({ 'px:changed': 1 });
    await waitFor(() => expect(screen.getByTestId('global-pause').getAttribute('aria-checked')).toBe('true'));
    expect(calls).toBe(2);
  });

  it('says why when the tab cannot be read', async () => {
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ ok: false, error: 'no tab 7: it may have been closed' }));
    render(<Popup tabId={7} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toMatch(/no tab 7/));
  });
});

describe('a notice from the background', () => {
  it('is shown while the popup is open and marked as seen, so the next popup does not repeat it', async () => {
    const { rerender } = render(<PopupView view={view({ notice: 'Parallax rebuilt it from your articles.' })} />);
    expect(screen.getByTestId('notice').textContent).toBe('Parallax rebuilt it from your articles.');
    expect(screen.getByTestId('notice').getAttribute('role')).toBe('status');
    await waitFor(() => expect(sent).toContainEqual({ type: 'dismissNotice' }));
    rerender(<PopupView view={view({ notice: null })} />);
    expect(screen.getByTestId('notice').textContent).toBe('Parallax rebuilt it from your articles.');
    expect(sent.filter((m) => (m as { type: string }).type === 'dismissNotice')).toHaveLength(1);
    cleanup();
    render(<PopupView view={view({ notice: null })} />);
    expect(screen.queryByTestId('notice')).toBeNull();
  });
});
