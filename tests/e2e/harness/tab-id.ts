// Finds a tab's id by asking the tabs API from an extension page (works the same in both
// browsers; the e2e build's host permissions let it see 127.0.0.1 and localhost URLs). Firefox
// lets an extension give back a host permission the manifest lists (switching localhost off does),
// after which that host's tabs show no URL: then the page is brought to the front and the active
// tab of the window last focused, if Parallax may not see its URL, is taken.
import type { TestPage } from './driver.ts';

export async function tabIdFromExtensionPage(extensionPage: TestPage, page: TestPage): Promise<number> {
  const byUrl = await extensionPage.evaluate(async (wanted: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.url?.split('#')[0] === wanted.split('#')[0]);
    return tab?.id ?? -1;
  }, page.url());
  if (byUrl >= 0) return byUrl;
  await page.bringToFront();
  const hidden = await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true })).filter((t) => t.url === undefined).map((t) => t.id ?? -1);
  });
  if (hidden.length === 1) return hidden[0]!;
  throw new Error(`no tab shows ${page.url()}`);
}
