// The tab's view, fetched from the background and fetched again whenever storage.session says
// this tab's state changed, or the background signals that a switch, the pause or the reader's
// corpus changed (those live in its database, which has no change events).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { CHANGE_KEY, tabKey, type TabView } from '../shared/storage.ts';
import { command } from './commands.ts';

export type Loaded = { view: TabView; error: null } | { view: null; error: string } | { view: null; error: null };

export function useTabView(tabId: number): [Loaded, () => void] {
  const [loaded, setLoaded] = useState<Loaded>({ view: null, error: null });
  const reload = useCallback(() => {
    void command({ type: 'getTabState', tabId }).then((reply) => {
      setLoaded(reply.ok ? { view: reply.view, error: null } : { view: null, error: reply.error });
    });
  }, [tabId]);
  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      const keys = Object.keys(changes);
      if (area === 'session' && (keys.includes(tabKey(tabId)) || keys.includes(CHANGE_KEY))) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId, reload]);
  return [loaded, reload];
}
