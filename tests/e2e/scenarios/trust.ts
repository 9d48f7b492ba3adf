// Scenario 10 (issue 8): a page, and Parallax's own content script running in it, cannot write
// what the background trusts. The content script (injected from an extension page, so it has
// Parallax's content-script APIs) forges the pause, a site switch, a saved article, the saved
// grouping and a tab state in storage.local, storage.sync and storage.session, opens "Parallax's"
// database, and sends privileged commands; the page's own world tries the same. Afterwards
// Parallax still annotates, is not paused, and the reader's corpus is as it was.
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-server.ts';
import { attackAsContentScript, attackAsPage } from '../harness/trust-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from '../harness/waiting.ts';
import { openAnnotatedArticle } from './annotate.ts';
import type { Suite } from './suite.ts';

type ViewReply = { ok: boolean; view?: { paused: boolean; siteEnabled: boolean; userArticles: number } };

export function trustScenarios(get: () => Suite): void {
  describe('10. what the background trusts is out of pages\' reach', () => {
    it('forged writes from a content script and from the page change nothing Parallax does', async () => {
      const suite = get();
      const page = await openAnnotatedArticle(suite);
      const tabId = await suite.browser.tabIdOf(page);
      const popup = await suite.openPopupFor(page);

      const fromContent = await popup.evaluate(attackAsContentScript, { tabId });
      const fromPage = await page.evaluate(attackAsPage);
      // The database a page's script opens is its own origin's: empty, never Parallax's.
      expect(fromContent.databaseStores, 'stores seen by a content script').toEqual([]);
      expect(fromPage).toEqual({ extensionStorage: false, databaseStores: [] });
      for (const [type, reply] of Object.entries(fromContent.commands)) {
        expect(reply, `"${type}" from a content script`).toMatchObject({ ok: false, error: expect.stringMatching(/only from Parallax's own pages/) });
      }
      if (suite.name === 'chromium') {
        // Chromium can close storage to content scripts (setAccessLevel): Parallax does, at every start.
        for (const area of ['local', 'sync', 'session']) expect(fromContent.writes[area], `storage.${area}`).toMatch(/not allowed/i);
      } else {
        // Firefox cannot: its content scripts write storage.local and storage.sync (never read by
        // Parallax), and have no storage.session.
        expect(fromContent.writes).toEqual({ local: 'ok', sync: 'ok', session: 'no such area' });
      }

      const view = async () => (await popup.evaluate(async (id: number) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.runtime.sendMessage({ type: 'getTabState', tabId: id });
      }, tabId)) as ViewReply;
      const { value: after } = await pollUntil(view, (r) => r.ok, ANNOTATE_TIMEOUT);
      expect(after.view, 'not paused, the site still on, no forged article').toMatchObject({ paused: false, siteEnabled: true, userArticles: 0 });
      await popup.close();

      // A fresh page load is annotated as before.
      const again = await openAnnotatedArticle(suite, DEMO_PAGES.blinkenHerald);
      await again.close();
      await page.close();
    });
  });
}
