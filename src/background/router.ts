// One entry for every runtime message: check who sent it, validate its shape, dispatch. A refusal
// (or a failure) is a value ({ ok: false, error }) the sender can show, never an exception across
// contexts.
import * as v from 'valibot';
import type { Runtime } from '../shared/browser.ts';
import { ContentMessageSchema, PopupMessageSchema, describeIssues, failure, type Replies, type Reply } from '../shared/messages.ts';
import { writePrefs } from './store/prefs.ts';
import { siteStatus } from './sites.ts';
import { announceSwitches } from './switch-broadcast.ts';
import { analyzeArticle, recordAnchoring, recordPageStatus } from './analyze-article.ts';
import { setSiteEnabled } from './site-switch.ts';
import { getTabView } from './tab-view.ts';
import { reanalyzeTab, showOnPage } from './tab-commands.ts';
import { isContentScript, isExtensionPage } from './senders.ts';
import { refreshAllIndicators } from './tab-events.ts';
import { addArticleToCorpus, listUserArticles, removeUserArticle } from './user-corpus.ts';
import { dismissNotice } from './notices.ts';
import { forget, listRemembered, setRemember } from './remember.ts';
import { exportAnalysis } from './export-analysis.ts';
import { exportPack, importPack } from './packs.ts';
import { offeredPart, receivePart } from './pack-transfer.ts';

const CONTENT_TYPES = new Set(['analyzeArticle', 'annotationsAnchored', 'pageStatus', 'pageSwitch']);
const POPUP_TYPES = new Set([
  'getTabState', 'setSiteEnabled', 'setPaused', 'showOnPage', 'reanalyze', 'addArticleToCorpus', 'removeUserArticle', 'listUserArticles', 'dismissNotice',
  'setRemember', 'listRemembered', 'forgetRemembered', 'exportAnalysis', 'exportPack', 'readPackPart', 'sendPackPart', 'importPack',
]);

/** Every message gets a value back: a handler that fails unexpectedly answers `{ ok: false, error }`. */
export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<object>> {
  try {
    return await dispatch(message, sender);
  } catch (error) {
    console.error('Parallax background:', error);
    return failure(`Parallax failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<Reply<object>> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && CONTENT_TYPES.has(type)) {
    if (!isContentScript(sender)) return failure(`"${type}" is accepted only from a page's content script`);
    const parsed = v.safeParse(ContentMessageSchema, message);
    if (!parsed.success) return failure(describeIssues(parsed.issues));
    const m = parsed.output;
    const tabId = sender.tab.id;
    switch (m.type) {
      case 'analyzeArticle':
        return analyzeArticle(tabId, sender.url, m.article, m.force ?? false);
      case 'annotationsAnchored':
        return recordAnchoring(tabId, sender.url, m.anchored, m.unanchored);
      case 'pageStatus':
        return recordPageStatus(tabId, sender.url, m.status);
      case 'pageSwitch': {
        const reply: Replies['pageSwitch'] = { ok: true, on: (await siteStatus(sender.url))?.on ?? false };
        return reply;
      }
    }
  }
  if (typeof type === 'string' && POPUP_TYPES.has(type)) {
    if (!isExtensionPage(sender)) return failure(`"${type}" is accepted only from Parallax's own pages`);
    const parsed = v.safeParse(PopupMessageSchema, message);
    if (!parsed.success) return failure(describeIssues(parsed.issues));
    const m = parsed.output;
    switch (m.type) {
      case 'getTabState':
        return getTabView(m.tabId);
      case 'setSiteEnabled': {
        const reply = await setSiteEnabled(m.tabId, m.site, m.enabled);
        await Promise.all([refreshAllIndicators(), announceSwitches()]);
        return reply;
      }
      case 'setPaused':
        await writePrefs({ paused: m.paused });
        await Promise.all([refreshAllIndicators(), announceSwitches()]);
        return { ok: true };
      case 'showOnPage':
        return showOnPage(m.tabId, m.annotationId);
      case 'reanalyze':
        return reanalyzeTab(m.tabId);
      case 'addArticleToCorpus':
        return addArticleToCorpus(m.tabId);
      case 'removeUserArticle':
        return removeUserArticle(m.id);
      case 'listUserArticles':
        return listUserArticles();
      case 'dismissNotice':
        await dismissNotice();
        return { ok: true };
      case 'setRemember':
        return setRemember(m.site, m.on, m.tabId ?? null);
      case 'listRemembered':
        return listRemembered();
      case 'exportAnalysis':
        return exportAnalysis(m.tabId);
      case 'forgetRemembered':
        return forget(m.scope, m.scope === 'all' ? null : m.key);
      case 'exportPack':
        return exportPack();
      case 'readPackPart': {
        const text = offeredPart(m.transfer, m.part);
        const reply: Replies['readPackPart'] = text === null ? failure('the pack is no longer on offer (Parallax may have restarted): export it again') : { ok: true, text };
        return reply;
      }
      case 'sendPackPart':
        return receivePart(m.transfer, m.part, m.parts, m.text);
      case 'importPack':
        return importPack(m.transfer);
    }
  }
  return failure(`unknown message type ${JSON.stringify(type ?? null)}`);
}
