// Popup entry. As the toolbar popup it targets the active tab; opened as a page with `?tab=N` it
// targets tab N (tests, and readers who keep it open beside the article).
import { render } from 'preact';
import { browser } from '../shared/browser.ts';
import { Popup } from './Popup.tsx';

async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTab().then((tabId) => render(<Popup tabId={tabId} />, document.getElementById('app')!));
