// @vitest-environment happy-dom
// The popup's "add to my corpus" action and "My articles" section, rendered from fixture analyses.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import type { TabState, TabView } from '../../src/shared/storage.ts';
import type { AddedToCorpus, UserArticleSummary, UserCorpusList } from '../../src/shared/user-corpus.ts';
// The fixture analyses' confidences decide what is marked and listed, not the last trained model.
vi.mock('../../src/core/compare/note-model.json', async () => ({ default: (await import('../fixtures/analysis/note-model-for-tests.ts')).TEST_NOTE_MODEL }));

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { PopupView } = await import('../../src/popup/PopupView.tsx');

const load = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis', name), 'utf8')) as Analysis;
const full = load('harbour-bridge.json');
const noStory = load('harbour-bridge-no-story.json');

function view(state: Partial<TabState> | null = {}, over: Partial<TabView> = {}): TabView {
  const tabState: TabState = { v: 2, page: null, article: null, url: 'https://www.herald.example/news/harbour-bridge', status: 'ready', textHash: 'x', analysis: full, anchored: [], unanchored: [], error: null, updatedAt: 1, ...state };
  return { tabId: 7, url: tabState.url, site: 'herald.example', siteEnabled: true, defaultSite: true, paused: false, state: state === null ? null : tabState, notice: null, userArticles: 0, remember: false, remembered: 0, ...over };
}

const joined: AddedToCorpus = {
  article: { id: 'user-abc', title: 'Harbour bridge closure delayed', outlet: 'The Marrow Bay Herald', publishedAt: '2027-03-03', url: null, addedAt: '2027-03-04T09:00:00.000Z', story: null, problem: null },
  story: { id: 'story-cc-1', title: 'Marrow Bay harbour bridge closure delayed', joined: true, outlets: ['Coastal Courier', 'Harbour Daily'] },
};
const summary = (over: Partial<UserArticleSummary>): UserArticleSummary => ({ ...joined.article, story: joined.story, ...over });
const listed: UserCorpusList = {
  articles: [
    summary({}),
    summary({ id: 'user-def', title: 'Fenwick Library reopens', outlet: 'fenwick-gazette.example', publishedAt: '2024-05-04', story: { id: 'story-user-def', title: 'Fenwick Library reopens', joined: false, outlets: [] } }),
    summary({ id: 'user-ghi', title: 'An old report', story: null, problem: 'Set aside: this article is already in Parallax’s corpus, as “X” (Y).' }),
  ],
  usage: { count: 3, bytes: 48_000, maxArticles: 50, maxBytes: 4 * 1024 * 1024 },
};

let sent: { type: string }[];
let replies: Record<string, unknown>;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  replies = { addArticleToCorpus: { ok: true, ...joined }, listUserArticles: { ok: true, ...listed }, removeUserArticle: { ok: true, removed: true } };
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
    sent.push(m);
    return replies[m.type] ?? { ok: true };
  });
});
afterEach(cleanup);

describe('adding the article to my corpus', () => {
  it('is offered on an article, says the article stays on this device, and confirms the story it joined', async () => {
    render(<PopupView view={view()} />);
    const button = screen.getByRole('button', { name: 'Add this article to my corpus' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.getByTestId('add-to-corpus-note').textContent).toMatch(/on this device only, never synced/);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByTestId('add-confirmation')).toBeTruthy());
    expect(sent).toContainEqual({ type: 'addArticleToCorpus', tabId: 7 });
    const confirmation = screen.getByTestId('add-confirmation');
    expect(confirmation.getAttribute('role')).toBe('status');
    expect(confirmation.getAttribute('data-joined')).toBe('true');
    expect(confirmation.textContent).toBe('Added to your corpus. It joined the story “Marrow Bay harbour bridge closure delayed”, with Coastal Courier and Harbour Daily.');
  });

  it('says when the article starts a new story', async () => {
    replies.addArticleToCorpus = { ok: true, article: joined.article, story: { id: 'story-user-abc', title: 'Harbour bridge', joined: false, outlets: [] } };
    render(<PopupView view={view({ analysis: noStory })} />);
    fireEvent.click(screen.getByTestId('add-to-corpus'));
    await waitFor(() => expect(screen.getByTestId('add-confirmation').textContent).toMatch(/starts a new story: when you open another outlet’s version of it, Parallax will compare the two/));
  });

  it('keeps the confirmation through the re-analysis that follows', async () => {
    const { rerender } = render(<PopupView view={view()} />);
    fireEvent.click(screen.getByTestId('add-to-corpus'));
    await waitFor(() => expect(screen.getByTestId('add-confirmation')).toBeTruthy());
    rerender(<PopupView view={view({ status: 'loading', analysis: null })} />);
    rerender(<PopupView view={view({ analysis: { ...full, corpusArticleId: 'user-abc' } })} />);
    expect(screen.getByTestId('add-confirmation').textContent).toMatch(/joined the story/);
    expect(screen.queryByTestId('add-to-corpus')).toBeNull();
  });

  it('shows why it failed', async () => {
    replies.addArticleToCorpus = { ok: false, error: 'Your corpus holds 50 articles, the most Parallax keeps: remove one to add this one.' };
    render(<PopupView view={view()} />);
    fireEvent.click(screen.getByTestId('add-to-corpus'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/holds 50 articles/));
    expect(screen.getByTestId('add-to-corpus').hasAttribute('disabled')).toBe(false);
  });

  const disabled: [string, string, RegExp][] = [
    ['in my corpus', 'user-abc', /This article is in your corpus/],
    ['in the bundled corpus', '000_cc2cb2b27cb2e02b-1', /part of Parallax’s own corpus/],
  ];
  for (const [name, id, reason] of disabled) {
    it(`is disabled with the reason when the article is already ${name}`, () => {
      render(<PopupView view={view({ analysis: { ...full, corpusArticleId: id } })} />);
      const button = screen.getByTestId('add-to-corpus');
      expect(button.hasAttribute('disabled'), name).toBe(true);
      const note = document.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(note.textContent, name).toMatch(reason);
    });
  }

  const hidden: [string, TabView][] = [
    ['not an article', view({ status: 'not-article', analysis: null })],
    ['still reading', view({ status: 'loading', analysis: null })],
    ['site switched off', view(null, { siteEnabled: false })],
    ['analysis failed', view({ status: 'failed', analysis: null, error: 'x' })],
  ];
  for (const [name, v] of hidden) {
    it(`is not offered when ${name}`, () => {
      render(<PopupView view={v} />);
      expect(screen.queryByTestId('add-to-corpus'), name).toBeNull();
    });
  }

  it('says so when the page is the only version of its story', () => {
    const alone = { ...full, corpusArticleId: 'user-abc', differences: [], story: { ...full.story!, versions: [] } };
    render(<PopupView view={view({ analysis: alone })} />);
    expect(screen.getByTestId('no-differences').textContent).toMatch(/No other version of this story is in the corpus yet/);
  });
});

describe('my articles', () => {
  async function openList() {
    const details = screen.getByTestId('my-articles') as HTMLDetailsElement;
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    return details;
  }

  it('shows the count from the tab view without asking for the list, and follows it', async () => {
    const { rerender } = render(<PopupView view={view({ status: 'not-article', analysis: null }, { userArticles: 2 })} />);
    expect(screen.getByTestId('my-articles-count').textContent).toBe('2');
    expect(sent.map((m) => m.type)).not.toContain('listUserArticles');
    rerender(<PopupView view={view({ status: 'not-article', analysis: null }, { userArticles: 1 })} />);
    expect(screen.getByTestId('my-articles-count').textContent).toBe('1');
  });

  it('lists them when opened: title, outlet, date, story, and what was set aside', async () => {
    render(<PopupView view={view()} />);
    await openList();
    await waitFor(() => expect(screen.getAllByTestId('user-article')).toHaveLength(3));
    const [first, second, third] = screen.getAllByTestId('user-article').map((li) => li.textContent ?? '');
    expect(first).toMatch(/Harbour bridge closure delayed.*The Marrow Bay Herald · [^I]*2027.*In “Marrow Bay harbour bridge closure delayed”, with 2 other outlets/);
    expect(second).toMatch(/Fenwick Library reopens.*fenwick-gazette.example · [^A]*2024.*A story of its own so far/);
    expect(third).toMatch(/Set aside: this article is already in Parallax’s corpus/);
    expect(screen.getByTestId('my-articles-usage').textContent).toBe('3 of 50 articles · 47 KB of 4.0 MB');
    expect(screen.getByTestId('my-articles').textContent).toMatch(/on this device only: never synced, never sent anywhere/);
  });

  it('removes one with a labelled button', async () => {
    render(<PopupView view={view()} />);
    await openList();
    const remove = await screen.findByRole('button', { name: 'Remove “Fenwick Library reopens” from my corpus' });
    fireEvent.click(remove);
    await waitFor(() => expect(sent).toContainEqual({ type: 'removeUserArticle', id: 'user-def' }));
  });

  it('says when there are none yet', async () => {
    replies.listUserArticles = { ok: true, articles: [], usage: { count: 0, bytes: 0, maxArticles: 50, maxBytes: 4 * 1024 * 1024 } };
    render(<PopupView view={view()} />);
    await openList();
    await waitFor(() => expect(screen.getByTestId('my-articles-empty').textContent).toMatch(/None yet/));
  });

  it('shows why the list cannot be read', async () => {
    replies.listUserArticles = { ok: false, error: 'Parallax could not read its corpus: HTTP 404' };
    render(<PopupView view={view()} />);
    await openList();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/HTTP 404/));
  });
});
