// One page view: detect -> extract (from a copy of the article's subtree) -> one message to the
// background -> anchor -> highlight -> cards. Every listener, observer and timer hangs on one
// AbortSignal; `destroy()` aborts it and removes every highlight and the overlay, leaving the DOM
// as it was. Detection, extraction and anchoring run as bounded steps in slices of a few
// milliseconds (CONTRACT "Long tasks"), each slice measured under its step's px: name.
// A page that keeps Parallax from showing its overlay (no shadow root can be attached, or it takes
// the host away again and again) gets nothing drawn, and the popup is told (`no-overlay`).
import { extractArticleSteps, type ExtractedArticle } from '../core/extract/extract-article.ts';
import { findArticleRoot } from '../core/extract/find-article-root.ts';
import { isProbablyArticle } from '../core/extract/is-article.ts';
import { paragraphCensusSteps, type ParagraphCensus } from '../core/extract/paragraph-mass.ts';
import type { Steps } from '../core/extract/steps.ts';
import type { PageAnnotation, PagePayload } from '../shared/page-model.ts';
import { anchorSteps, type AnchoringResult } from './anchoring.ts';
import { narrowAnchorRoot } from './anchor-root.ts';
import { HighlightPainter, highlightsSupported, type Anchored } from './highlights.ts';
import { Interactions } from './interactions.ts';
import { createOverlay, type Overlay } from './overlay.ts';
import { hashText } from '../core/corpus/text-hash.ts';
import { lostShare, pageKey, watchMutations } from './page-watch.ts';
import { recordSlice, startStep, timed, type Step } from './perf.ts';
import { debounce, runSliced } from './schedule.ts';
import type { ContentMessage, Replies } from '../shared/messages.ts';

export type Send = <M extends ContentMessage>(message: M) => Promise<Replies[M['type']]>;

export type PageOutcome = 'not-article' | 'no-highlights' | 'no-overlay' | 'failed' | 'empty' | 'ready' | 'aborted';

/**
 * Why a page view starts: the page loaded (or the site was switched on), the background asked for a
 * new analysis (the reader's "try again", a changed corpus, a new address), or the page changed
 * its article under the last page view.
 */
export type RunReason = 'load' | 'command' | 'page-changed';

/** The article text last sent for analysis, by page address. */
export interface SentText {
  key: string;
  textHash: string;
}

/**
 * Whether to ask the background for a fresh analysis past its cache. A page that swaps its article
 * body for the same words (a live page re-rendering, or one doing it on purpose, again and again)
 * gets the cached analysis: only words that really changed are analysed again.
 */
export function shouldForce(reason: RunReason, key: string, textHash: string, last: SentText | null): boolean {
  if (reason === 'command') return true;
  return reason === 'page-changed' && last !== null && last.key === key && last.textHash !== textHash;
}

export interface PageViewOptions {
  reason?: RunReason;
  /** The text the previous page view of this tab sent, if any. */
  lastSent?: SentText | null;
  /** Hears what this page view sent, for the next one. */
  onSent?: (sent: SentText) => void;
}

export class PageView {
  private readonly controller = new AbortController();
  private overlay: Overlay | null = null;
  private painter: HighlightPainter | null = null;
  private interactions: Interactions | null = null;
  private anchored: Anchored[] = [];
  private running = false;
  private overlayLost = false;
  readonly key: string;

  constructor(
    private readonly win: Window,
    private readonly send: Send,
    /** Called when the page changed enough to need a new page view. */
    private readonly onStale: () => void,
    private readonly options: PageViewOptions = {},
  ) {
    this.key = pageKey(win.location);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async run(): Promise<PageOutcome> {
    const doc = this.win.document;
    const total = startStep('px:total');
    this.running = true;
    try {
      const detected = await this.sliced('px:detect', detectSteps(doc));
      if (!detected) return await this.stopped();
      const census = detected.value;
      if (!census) {
        await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'not-article' }).catch(() => undefined);
        return 'not-article';
      }
      if (!highlightsSupported(this.win)) return 'no-highlights';
      this.overlay = createOverlay(doc, { signal: this.signal, onLost: () => this.loseOverlay() });
      if (!this.overlay) return await this.reportNoOverlay();
      const extracted = await this.sliced('px:extract', extractSteps(doc, census, this.win.location.href));
      if (!extracted) return await this.stopped();
      const { root, article } = extracted.value;
      if (!article) {
        this.overlay.remove();
        this.overlay = null;
        await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'not-article' }).catch(() => undefined);
        return 'not-article';
      }
      const textHash = hashText(article.text);
      const force = shouldForce(this.options.reason ?? 'load', this.key, textHash, this.options.lastSent ?? null);
      this.options.onSent?.({ key: this.key, textHash });
      const endWait = startStep('px:analyze-wait');
      const reply = await this.send({
        type: 'analyzeArticle',
        force,
        article: { title: article.title, byline: article.byline, siteName: article.siteName, url: article.url, publishedAt: article.publishedAt, language: article.language, text: article.text },
      }).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      endWait();
      // Reported after the reply, so that the background's "ready" does not overwrite it.
      if (this.signal.aborted) return await this.stopped();
      if (!reply.ok || !reply.page) {
        this.overlay.setState('empty', 0);
        return 'failed';
      }
      const outcome = await this.draw(root, reply.page, article.text.length);
      return outcome === 'aborted' ? await this.stopped() : outcome;
    } finally {
      this.running = false;
      total();
    }
  }

  /** The page view was destroyed mid-way: by the controller, or because the page took its overlay. */
  private stopped(): Promise<PageOutcome> {
    return this.overlayLost ? this.reportNoOverlay() : Promise.resolve('aborted');
  }

  private async reportNoOverlay(): Promise<PageOutcome> {
    await this.send({ type: 'pageStatus', url: this.win.location.href, status: 'no-overlay' }).catch(() => undefined);
    return 'no-overlay';
  }

  /** The page took the host away more often than the guard puts it back: Parallax leaves the page. */
  private loseOverlay(): void {
    this.overlayLost = true;
    const running = this.running;
    this.destroy();
    if (!running) void this.reportNoOverlay();
  }

  /** Runs bounded steps in slices, each slice measured as `step`; null when the view was destroyed. */
  private sliced<T>(step: Step, steps: Generator<unknown, T>): Promise<{ value: T } | null> {
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

  /** The "next/previous annotation" commands. */
  step(direction: 1 | -1): boolean {
    return this.interactions?.step(direction) ?? false;
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
function* detectSteps(doc: Document): Steps<ParagraphCensus | null> {
  const census = yield* paragraphCensusSteps(doc, { storyOnly: true });
  yield;
  return isProbablyArticle(doc, census) ? census : null;
}

/** The article's container (the census's choice) and the article extracted from a copy of it. */
function* extractSteps(doc: Document, census: ParagraphCensus, url: string): Steps<{ root: Element; article: ExtractedArticle | null }> {
  const root = findArticleRoot(doc, census) ?? doc.body ?? doc.documentElement;
  yield;
  const article = yield* extractArticleSteps(doc, { url, root, census });
  return { root, article };
}
