// How a reader reaches the cards: pointer hover with ~300 ms intent (hit-tested once per frame),
// difference badges, the "next/previous annotation" commands (browser shortcuts, Alt+Shift+N / P
// unless the reader rebinds them, sent by the background) to step through annotations in reading
// order, and "show on page" from the popup (scroll and flash). Only the reader's own input counts:
// events a page script dispatches (`isTrusted` false) open and close nothing.
import type { PagePayload } from '../shared/page-model.ts';
import { announce } from './cards.ts';
import { CardPresenter } from './card-presenter.ts';
import { annotationAt } from './hit-test.ts';
import { FLASH, FOCUS, type Anchored, type HighlightPainter } from './highlights.ts';
import type { Overlay } from './overlay.ts';
import { timed } from './perf.ts';
import { afterNextPaint, later, perFrame } from './schedule.ts';
import { el } from './dom.ts';

export const HOVER_INTENT_MS = 300;
const FLASH_MS = 1600;
const MAX_BADGES = 60;

/** The annotations keyboard stepping visits: all, but each name only at its first mention. */
export function steppingOrder(anchored: readonly Anchored[]): Anchored[] {
  const seenPeople = new Set<string>();
  return [...anchored]
    .sort((a, b) => a.order - b.order)
    .filter((a) => {
      if (a.annotation.kind !== 'entity' || !a.annotation.person) return true;
      if (seenPeople.has(a.annotation.person)) return false;
      seenPeople.add(a.annotation.person);
      return true;
    });
}

export class Interactions {
  readonly cards: CardPresenter;
  private readonly steps: Anchored[];
  private stepIndex = -1;
  private pending: Anchored | null = null;
  private cancelIntent: (() => void) | null = null;
  private readonly reducedMotion: boolean;
  private readonly badges: { anchored: Anchored; badge: HTMLElement }[] = [];

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
    private readonly payload: PagePayload,
    private readonly painter: HighlightPainter,
    private readonly anchored: readonly Anchored[],
    private readonly signal: AbortSignal,
  ) {
    const win = doc.defaultView!;
    this.reducedMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.cards = new CardPresenter(doc, overlay, payload, signal);
    this.steps = steppingOrder(anchored);
    const onMove = perFrame((x: number, y: number, overOverlay: boolean) => this.hover(x, y, overOverlay), signal);
    doc.addEventListener('pointermove', (e) => {
      if (e.isTrusted) onMove(e.clientX, e.clientY, e.composedPath().includes(overlay.host));
    }, { signal, passive: true });
    this.drawBadges();
  }

  private hover(x: number, y: number, overOverlay: boolean): void {
    if (overOverlay) {
      this.cards.keepOpen();
      return;
    }
    this.painter.ensureRegistered();
    const hit = annotationAt(this.doc, this.anchored, x, y);
    const open = this.cards.current;
    if (hit && open?.anchored === hit) {
      this.cards.keepOpen();
      return;
    }
    if (hit !== this.pending) {
      this.cancelIntent?.();
      this.pending = hit;
      this.cancelIntent = hit ? later(() => this.cards.open(hit, 'hover'), HOVER_INTENT_MS, this.signal) : null;
    }
    if (!hit && open?.by === 'hover' && !this.cards.pointerInside) this.cards.closeSoon();
  }

  /** The next (1) or previous (-1) annotation in reading order: scroll, focus mark, card, announcement. */
  step(direction: 1 | -1): boolean {
    if (!this.steps.length) return false;
    const n = this.steps.length;
    this.stepIndex = this.stepIndex < 0 ? (direction > 0 ? 0 : n - 1) : (this.stepIndex + direction + n) % n;
    const step = this.steps[this.stepIndex]!;
    this.scrollTo(step);
    this.painter.ensureRegistered();
    this.painter.setOnly(FOCUS, step.range);
    this.cards.open(step, 'keyboard');
    this.overlay.live.textContent = announce(this.payload, step, this.stepIndex, n);
    return true;
  }

  /** "Show on page" from the popup: scroll to the passage and flash it. */
  show(annotationId: string): boolean {
    const target = this.anchored.find((a) => a.annotation.id === annotationId);
    if (!target) return false;
    this.scrollTo(target);
    this.painter.ensureRegistered();
    this.painter.setOnly(FLASH, target.range);
    later(() => this.painter.setOnly(FLASH, null), FLASH_MS, this.signal);
    return true;
  }

  private scrollTo(a: Anchored): void {
    const element = a.range.startContainer.parentElement;
    // Smooth scrolling needs frames, which a tab in the background does not get.
    const instant = this.reducedMotion || this.doc.visibilityState === 'hidden';
    element?.scrollIntoView({ block: 'center', behavior: instant ? 'instant' : 'smooth' });
  }

  private drawBadges(): void {
    for (const anchored of this.anchored) {
      if (anchored.annotation.kind !== 'difference' || this.badges.length >= MAX_BADGES) continue;
      const d = anchored.annotation.difference ? this.payload.differences[anchored.annotation.difference] : undefined;
      // Badges flag disagreements; a claim only this outlet makes keeps just its quiet underline.
      if (d?.kind === 'only-here') continue;
      const badge = el(this.doc, 'button', { type: 'button', class: 'diff-badge', tabindex: '-1', 'data-px-badge': anchored.annotation.id, 'aria-label': `Outlets differ here${d?.outlet ? ` (${d.outlet})` : ''}` }, '≠');
      badge.addEventListener('click', (e) => {
        if (e.isTrusted) this.cards.open(anchored, 'badge');
      }, { signal: this.signal });
      badge.addEventListener('pointerenter', (e) => {
        if (!e.isTrusted) return;
        this.cancelIntent?.();
        this.pending = anchored;
        this.cancelIntent = later(() => this.cards.open(anchored, 'hover'), HOVER_INTENT_MS, this.signal);
      }, { signal: this.signal });
      badge.hidden = true; // until placed
      this.overlay.layer.append(badge);
      this.badges.push({ anchored, badge });
    }
    // Placing reads layout: right after the next frame, when the browser has just laid the page
    // out, rather than forcing a layout of a possibly huge page now.
    if (this.badges.length) afterNextPaint(() => timed('px:highlight', () => this.placeBadges()), this.signal);
  }

  /** Badges sit at the end of their passage, in document coordinates (scrolling moves them along). */
  placeBadges(): void {
    const win = this.doc.defaultView!;
    // All reads first, then all writes: a write between two reads would lay the page out again.
    const places = this.badges.map(({ anchored }) => {
      const rects = anchored.range.getClientRects();
      return rects[rects.length - 1];
    });
    const scrollX = win.scrollX;
    const scrollY = win.scrollY;
    this.badges.forEach(({ badge }, i) => {
      const last = places[i];
      // A range whose text the page replaced has no box left: its badge goes too.
      badge.hidden = !last || last.width === 0;
      if (!last) return;
      // Past the closing quotation mark and a little above the line, like a footnote mark.
      badge.style.left = `${Math.round(last.right + scrollX + 6)}px`;
      badge.style.top = `${Math.round(last.top + scrollY - 10)}px`;
    });
  }
}
