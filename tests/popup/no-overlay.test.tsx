// @vitest-environment happy-dom
// A page that keeps Parallax from showing its overlay: the popup says so and offers to try again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { TabView } from '../../src/shared/storage.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { PopupView } = await import('../../src/popup/PopupView.tsx');
afterEach(cleanup);

const url = 'https://www.herald.example/news/harbour-bridge';
const view: TabView = {
  tabId: 7, url, site: 'herald.example', siteEnabled: true, defaultSite: true, paused: false,
  state: { v: 2, url, status: 'no-overlay', textHash: null, analysis: null, page: null, article: null, anchored: null, unanchored: null, error: null, updatedAt: 1 },
  notice: null, userArticles: 0, remember: false, remembered: 0,
};

describe('the popup for a page that blocked the overlay', () => {
  it('says that Parallax could not show its cards there, and can try again', () => {
    const sent: unknown[] = [];
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: unknown) => (sent.push(m), { ok: true }));
    render(<PopupView view={view} />);
    const state = screen.getByTestId('state');
    expect(state.getAttribute('data-state')).toBe('no-overlay');
    expect(state.textContent).toMatch(/Parallax could not show its cards on this page/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(sent).toEqual([{ type: 'reanalyze', tabId: 7 }]);
  });
});
