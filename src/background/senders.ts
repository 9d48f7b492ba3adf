// Who may say what: content-script messages must come from a page's top frame in a tab;
// privileged commands only from this extension's own pages (the popup, even when opened as a tab).
import { browser, type Runtime } from '../shared/browser.ts';

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export function isContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number }; url: string } {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    (sender.frameId ?? 0) === 0 &&
    typeof sender.url === 'string' &&
    !sender.url.startsWith(browser.runtime.getURL(''))
  );
}
