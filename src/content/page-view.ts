// One page view: detect -> extract (from a copy of the article's subtree) -> one message to the
// background -> anchor -> highlight -> cards. Every listener, observer and timer hangs on one
// AbortSignal; `destroy()` aborts it and removes every highlight and the overlay, leaving the DOM
// as it was.
import { extractArticle } from '../core/extract/extract-article.ts';
import { findArticleRoot } from '../core/extract/find-article-root.ts';
import { isProbablyArticle } from '../core/extract/is-article.ts';
import type { PageAnnotation, PagePayload } from '../shared/page-model.ts';
import { anchorAll } from './anchoring.ts';
import { narrowAnchorRoot } from './anchor-root.ts';
import { HighlightPainter, highlightsSupported, type Anchored } from './highlights.ts';
import { Interactions } from './interactions.ts';
import { createOverlay, type Overlay } from './overlay.ts';
import { lostShare, pageKey, watchMutations } from './page-watch.ts';
import { recordBusy, startStep, timed } from './perf.ts';
import { debounce, yieldToMain } from './schedule.ts';
import type { ContentMessage, Replies } from '../shared/messages.ts';

export type Send = <M extends ContentMessage>(message: M) => Promise<Replies[M['type']]>;

export type PageOutcome = 'not-article' | 'no-highlights' | 'failed' | 'empty' | 'ready' | 'aborted';

export class PageView {
  private readonly controller = new AbortController();
  private overlay: Overlay | null = null;
  private painter: HighlightPainter | null = null;
  private interactions: Interactions | null = null;
  private anchored: Anchored[] = [];
  readonly key: string;

  constructor(
    private readonly win: Window,
    private readonly send: Send,
    /** Called when the page changed enough to need a new page view. */
    private readonly onStale: () => void,
  ) {
    this.key = pageKey(win.location);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async run(force = false): Promise<PageOutcome> {
    const doc = this.win.document;
    const signal = this.signal;
    const total = startStep('px:total');
    try {
      if (!timed('px:detect', () => isProbablyArticle(doc))) {
        await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'not-article' }).catch(() => undefined);
        return 'not-article';
      }
      if (!highlightsSupported(this.win)) return 'no-highlights';
      this.overlay = createOverlay(doc);
      await yieldToMain();
      if (signal.aborted) return 'aborted';
      const root = findArticleRoot(doc) ?? doc.body;
      await yieldToMain();
      if (signal.aborted) return 'aborted';
      const article = timed('px:extract', () => extractArticle(doc, { url: this.win.location.href, root: root ?? undefined }));
      if (!article) {
        this.overlay.remove();
        this.overlay = null;
        await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'not-article' }).catch(() => undefined);
        return 'not-article';
      }
      const endWait = startStep('px:analyze-wait');
      const reply = await this.send({
        type: 'analyzeArticle',
        force,
        article: { title: article.title, byline: article.byline, siteName: article.siteName, url: article.url, publishedAt: article.publishedAt, language: article.language, text: article.text },
      }).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      endWait();
      if (signal.aborted) return 'aborted';
      if (!reply.ok || !reply.page) {
        this.overlay.setState('empty', 0);
        return 'failed';
      }
      return await this.draw(root ?? doc.body, reply.page, article.text.length);
    } finally {
      total();
    }
  }

  private async draw(root: Element, page: PagePayload, sourceLength: number): Promise<PageOutcome> {
    const signal = this.signal;
    const overlay = this.overlay!;
    const anchorStart = performance.now();
    const narrow = narrowAnchorRoot(this.win.document, root, sourceLength);
    let result = await anchorAll(narrow, page.annotations, sourceLength, signal);
    if (result && narrow !== root && result.unanchored.length > page.annotations.length * 0.2) {
      // The narrow container missed too much: look in the whole article root after all.
      const wide = await anchorAll(root, page.annotations, sourceLength, signal);
      if (wide) result = { ...wide, busyMs: wide.busyMs + result.busyMs };
    }
    if (result) recordBusy('px:anchor', anchorStart, result.busyMs);
    if (!result || signal.aborted) return 'aborted';
    this.anchored = result.anchored;
    const painter = (this.painter = new HighlightPainter(this.win));
    const kindOf = (a: PageAnnotation) => (a.difference ? page.differences[a.difference]?.kind ?? null : null);
    timed('px:highlight', () => painter.paint(result.anchored, kindOf));
    overlay.setState(result.anchored.length ? 'ready' : 'empty', result.anchored.length);
    this.interactions = new Interactions(this.win.document, overlay, page, painter, result.anchored, signal);
    this.watch(root);
    void this.send({ type: 'annotationsAnchored', url: this.win.location.href, anchored: result.anchored.map((a) => a.annotation.id), unanchored: result.unanchored }).catch(() => undefined);
    return result.anchored.length ? 'ready' : 'empty';
  }

  private watch(root: Node): void {
    const signal = this.signal;
    const doc = this.win.document;
    const overlay = this.overlay!;
    const recheck = () => {
      if (pageKey(this.win.location) !== this.key || !root.isConnected || lostShare(this.anchored.map((a) => a.range)) > 0.3) {
        this.onStale();
        return;
      }
      overlay.reattach();
      this.painter?.ensureRegistered();
      this.interactions?.placeBadges();
    };
    watchMutations(doc.body ?? doc.documentElement, overlay.host, signal, { onChange: recheck });
    this.win.addEventListener('popstate', recheck, { signal });
    this.win.addEventListener('resize', debounce(() => this.interactions?.placeBadges(), 200, signal), { signal, passive: true });
    doc.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'visible') recheck();
    }, { signal });
  }

  show(annotationId: string): boolean {
    return this.interactions?.show(annotationId) ?? false;
  }

  destroy(): void {
    this.controller.abort();
    this.interactions?.cards.close();
    this.painter?.clear();
    this.overlay?.remove();
    this.anchored = [];
    this.interactions = null;
    this.painter = null;
    this.overlay = null;
  }
}
