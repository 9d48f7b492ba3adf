// The content script's life on one tab: on when the site is on, off otherwise (live: the
// background says when a switch changed), a new page view for each address, and the background's
// commands.
import * as v from 'valibot';
import { browser } from '../shared/browser.ts';
import { TabMessageSchema, type ContentMessage, type Replies, type Reply } from '../shared/messages.ts';
import { isOnHere } from './site-state.ts';
import { PageView, type Send } from './page-view.ts';
import { pageKey } from './page-watch.ts';

const send: Send = <M extends ContentMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<Replies[M['type']]>;

export function startParallax(win: Window): { stop(): void } {
  let view: PageView | null = null;
  let generation = 0;

  async function refresh(force = false): Promise<void> {
    const mine = ++generation;
    const on = await isOnHere(send).catch(() => false);
    if (mine !== generation) return; // a newer refresh took over
    if (!on) {
      view?.destroy();
      view = null;
      return;
    }
    if (view && !force && view.key === pageKey(win.location)) return;
    view?.destroy();
    view = new PageView(win, send, () => void refresh(true));
    await view.run(force);
  }

  const onMessage = (message: unknown): Promise<Reply<object>> | undefined => {
    const parsed = v.safeParse(TabMessageSchema, message);
    if (!parsed.success) return undefined;
    const m = parsed.output;
    if (m.type === 'ping') return Promise.resolve({ ok: true });
    if (m.type === 'reanalyze') {
      void refresh(true);
      return Promise.resolve({ ok: true });
    }
    if (m.type === 'switched') {
      void refresh();
      return Promise.resolve({ ok: true });
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
