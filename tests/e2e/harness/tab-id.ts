// Finds a tab's id by asking the tabs API from an extension page (works the same in both
// browsers; the e2e build's host permissions let it see 127.0.0.1 and localhost URLs).
import type { TestPage } from './driver.ts';

export async function tabIdFromExtensionPage(extensionPage: TestPage, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.url?.split('#')[0] === wanted.split('#')[0]);
    return tab?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}
