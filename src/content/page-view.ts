// One page view: detect -> extract (from a copy of the article's subtree) -> one message to the
// background -> anchor -> highlight -> cards. Every listener, observer and timer hangs on one
// AbortSignal; `destroy()` aborts it and removes every highlight and the overlay, leaving the DOM
// as it was. Detection, extraction and anchoring run as bounded steps in slices of a few
// milliseconds (CONTRACT "Long tasks"), each slice measured under its step's px: name.
import { extractArticleSteps, type ExtractedArticle } from '../core/extract/extract-article.ts';
import { findArticleRoot } from '../core/extract/find-article-root.ts';
import { isProbablyArticle } from '../core/extract/is-article.ts';
import { paragraphCensusSteps, type ParagraphCensus } from '../core/extract/paragraph-mass.ts';
import type { PageAnnotation, PagePayload } from '../shared/page-model.ts';
import { anchorSteps, type AnchoringResult } from './anchoring.ts';
import { narrowAnchorRoot } from './anchor-root.ts';
import { HighlightPainter, highlightsSupported, type Anchored } from './highlights.ts';
import { Interactions } from './interactions.ts';
import { createOverlay, type Overlay } from './overlay.ts';
import { lostShare, pageKey, watchMutations } from './page-watch.ts';
import { recordSlice, startStep, timed, type Step } from './perf.ts';
import { debounce, runSliced } from './schedule.ts';
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
    const total = startStep('px:total');
    try {
      const detected = await this.sliced('px:detect', detectSteps(doc));
      if (!detected) return 'aborted';
      const census = detected.value;
      if (!census) {
        await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'not-article' }).catch(() => undefined);
        return 'not-article';
      }
      if (!highlightsSupported(this.win)) return 'no-highlights';
      this.overlay = createOverlay(doc);
      const extracted = await this.sliced('px:extract', extractSteps(doc, census, this.win.location.href));
      if (!extracted) return 'aborted';
      const { root, article } = extracted.value;
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
      if (this.signal.aborted) return 'aborted';
      if (!reply.ok || !reply.page) {
        this.overlay.setState('empty', 0);
        return 'failed';
      }
      return await this.draw(root, reply.page, article.text.length);
    } finally {
      total();
    }
  }

  /** Runs bounded steps in slices, each slice measured as `step`; null when the view was destroyed. */
  private sliced<T>(step: Step, steps: Generator<void, T>): Promise<{ value: T } | null> {
    return runSliced(steps, this.signal, (start, end) => recordSlice(step, start, end));
  }

  private async draw(root: Element, page: PagePayload, sourceLength: number): Promise<PageOutcome> {
    const signal = this.signal;
    const overlay = this.overlay!;
    const narrow = narrowAnchorRoot(this.win.document, root, sourceLength);
    let result: AnchoringResult | undefined = (await this.sliced('px:anchor', anchorSteps(narrow, page.annotations, sourceLength)))?.value;
    if (result && narrow !== root && result.unanchored.length > page.annotations.length * 0.2) {
      // The narrow container missed too much: look in the whole article root after all.
      result = (await this.sliced('px:anchor', anchorSteps(root, page.annotations, sourceLength)))?.value;
    }
    if (!result || signal.aborted) return 'aborted';
    const anchoring = result;
    this.anchored = anchoring.anchored;
    const painter = (this.painter = new HighlightPainter(this.win));
    const kindOf = (a: PageAnnotation) => (a.difference ? page.differences[a.difference]?.kind ?? null : null);
    timed('px:highlight', () => {
      painter.paint(anchoring.anchored, kindOf);
      overlay.setState(anchoring.anchored.length ? 'ready' : 'empty', anchoring.anchored.length);
      this.interactions = new Interactions(this.win.document, overlay, page, painter, anchoring.anchored, signal);
    });
    this.watch(root);
    void this.send({ type: 'annotationsAnchored', url: this.win.location.href, anchored: anchoring.anchored.map((a) => a.annotation.id), unanchored: anchoring.unanchored }).catch(() => undefined);
    return anchoring.anchored.length ? 'ready' : 'empty';
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

/** The prose census of the page when it looks like one article, else null. */
function* detectSteps(doc: Document): Generator<void, ParagraphCensus | null> {
  const census = yield* paragraphCensusSteps(doc, { storyOnly: true });
  yield;
  return isProbablyArticle(doc, census) ? census : null;
}

/** The article's container (the census's choice) and the article extracted from a copy of it. */
function* extractSteps(doc: Document, census: ParagraphCensus, url: string): Generator<void, { root: Element; article: ExtractedArticle | null }> {
  const root = findArticleRoot(doc, census) ?? doc.body ?? doc.documentElement;
  yield;
  const article = yield* extractArticleSteps(doc, { url, root, census });
  return { root, article };
}
