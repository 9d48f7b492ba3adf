// The content script's life on one tab: on when the site is on, off otherwise (live: the
// background says when a switch changed), a new page view for each address, and the background's
// commands (re-analyse, show an annotation, step to the next or previous one). It remembers the
// article text it last sent, so that a page swapping its article for the same words is not
// analysed afresh.
import * as v from 'valibot';
import { browser } from '../shared/browser.ts';
import { TabMessageSchema, type ContentMessage, type Replies, type Reply } from '../shared/messages.ts';
import { isOnHere } from './site-state.ts';
import { PageView, type RunReason, type Send, type SentText } from './page-view.ts';
import { pageKey } from './page-watch.ts';

const send: Send = <M extends ContentMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;

export function startParallax(win: Window): { stop(): void } {
  let view: PageView | null = null;
  let generation = 0;
  let lastSent: SentText | null = null;

  async function refresh(reason: RunReason = 'load'): Promise<void> {
    const mine = ++generation;
    const on = await isOnHere(send).catch(() => false);
    if (mine !== generation) return; // a newer refresh took over
    if (!on) {
      view?.destroy();
      view = null;
      return;
    }
    if (view && reason === 'load' && view.key === pageKey(win.location)) return;
    view?.destroy();
    view = new PageView(win, send, () => void refresh('page-changed'), { reason, lastSent, onSent: (sent) => (lastSent = sent) });
    await view.run();
  }

  const onMessage = (message: unknown): Promise<Reply<object>> | undefined => {
    const parsed = v.safeParse(TabMessageSchema, message);
    if (!parsed.success) return undefined;
    const m = parsed.output;
    if (m.type === 'ping') return Promise.resolve({ ok: true });
    if (m.type === 'reanalyze') {
      void refresh('command');
      return Promise.resolve({ ok: true });
    }
    if (m.type === 'switched') {
      void refresh();
      return Promise.resolve({ ok: true });
    }
    if (m.type === 'step') {
      const stepped = view?.step(m.direction) ?? false;
      return Promise.resolve({ ok: true, stepped } satisfies Replies['step']);
    }
    const shown = view?.show(m.annotationId) ?? false;
    return Promise.resolve({ ok: true, shown } satisfies Replies['showAnnotation']);
  };
  browser.runtime.onMessage.addListener(onMessage);
  void refresh();
  return {
    stop() {
      browser.runtime.onMessage.removeListener(onMessage);
      generation++;
      view?.destroy();
      view = null;
    },
  };
}
