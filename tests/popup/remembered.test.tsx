// @vitest-environment happy-dom
// The popup's "remember" switch and "Remembered articles" section.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { TabView } from '../../src/shared/storage.ts';
import type { RememberedList } from '../../src/shared/remembered.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { PopupView } = await import('../../src/popup/PopupView.tsx');

const view = (over: Partial<TabView> = {}): TabView => ({
  tabId: 7, url: 'https://www.herald.example/news/x', site: 'herald.example', siteEnabled: true, defaultSite: true, paused: false,
  state: null, notice: null, userArticles: 0, remember: false, remembered: 3, ...over,
});
const item = (id: string, outlet: string, site: string) => ({ id, title: `${outlet} on the library`, outlet, site, publishedAt: '2024-05-04', readAt: '2024-05-06T10:00:00.000Z', url: null });
const listed: RememberedList = {
  stories: [
    { id: 'story-mem-a', title: 'Fenwick Library reopens', articles: [item('mem-b', 'Riverside Post', '127.0.0.1'), item('mem-a', 'Fenwick Gazette', 'herald.example')] },
    { id: 'story-mem-c', title: 'Harbour festival', articles: [item('mem-c', 'Coastal Courier', 'herald.example')] },
  ],
  sites: [{ site: 'herald.example', count: 2 }, { site: '127.0.0.1', count: 1 }],
  usage: { count: 3, bytes: 9_000, maxArticles: 5_000, maxBytes: 50 * 1024 * 1024 },
  problem: null,
};

let sent: { type: string }[];
let replies: Record<string, unknown>;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  replies = { listRemembered: { ok: true, ...listed }, forgetRemembered: { ok: true, forgotten: 1 }, setRemember: { ok: true, remember: true } };
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: { type: string }) => {
    sent.push(m);
    return replies[m.type] ?? { ok: true };
  });
});
afterEach(cleanup);

async function openSection() {
  const details = screen.getByTestId('remembered') as HTMLDetailsElement;
  await act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('remember switch', () => {
  it('is off by default, offered only on a site Parallax is on, and asks the background', async () => {
    render(<PopupView view={view()} />);
    const toggle = screen.getByTestId('remember-toggle');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent).toMatch(/Remember articles I read on herald\.example/);
    fireEvent.click(toggle);
    await waitFor(() => expect(sent).toContainEqual({ type: 'setRemember', site: 'herald.example', on: true, tabId: 7 }));
    cleanup();
    render(<PopupView view={view({ siteEnabled: false })} />);
    expect(screen.queryByTestId('remember-toggle')).toBeNull();
  });
});

describe('remembered articles', () => {
  it('shows the count without listing; when opened, stories with their outlets and dates, the sites and the room used', async () => {
    render(<PopupView view={view()} />);
    expect(screen.getByTestId('remembered-count').textContent).toBe('3');
    expect(sent.map((m) => m.type)).not.toContain('listRemembered');
    await openSection();
    await waitFor(() => expect(screen.getAllByTestId('remembered-story')).toHaveLength(2));
    const first = screen.getAllByTestId('remembered-story')[0]!.textContent ?? '';
    expect(first).toMatch(/Fenwick Library reopens.*Riverside Post · [^F]*2024.*Fenwick Gazette/);
    expect(screen.getAllByTestId('remembered-site').map((s) => s.getAttribute('data-site'))).toEqual(['herald.example', '127.0.0.1']);
    expect(screen.getByTestId('remembered-usage').textContent).toMatch(/3 of 5,000 articles · 9 KB of 50\.0 MB\. Beyond that, the oldest read are dropped first\./);
  });

  const forgets: [string, string, object][] = [
    ['one article', 'forget-article', { type: 'forgetRemembered', scope: 'article', key: 'mem-b' }],
    ['a story', 'forget-story', { type: 'forgetRemembered', scope: 'story', key: 'story-mem-a' }],
    ['a site', 'forget-site', { type: 'forgetRemembered', scope: 'site', key: 'herald.example' }],
    ['everything', 'forget-all', { type: 'forgetRemembered', scope: 'all' }],
  ];
  for (const [name, testId, message] of forgets) {
    it(`forgets ${name}, then lists again`, async () => {
      render(<PopupView view={view()} />);
      await openSection();
      await waitFor(() => expect(screen.getAllByTestId(testId).length).toBeGreaterThan(0));
      fireEvent.click(screen.getAllByTestId(testId)[0]!);
      await waitFor(() => expect(sent).toContainEqual(message));
      await waitFor(() => expect(sent.filter((m) => m.type === 'listRemembered')).toHaveLength(2));
    });
  }

  it('says why the last article could not be remembered', async () => {
    replies.listRemembered = { ok: true, ...listed, problem: 'Parallax could not remember “X”: your browser refused to store it.' };
    render(<PopupView view={view()} />);
    await openSection();
    await waitFor(() => expect(screen.getByTestId('remembered-problem').textContent).toMatch(/could not remember/));
    expect(screen.getByTestId('remembered-problem').getAttribute('role')).toBe('alert');
  });
});
