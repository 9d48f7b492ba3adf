// Shows one card at a time in the overlay, next to its passage and inside the viewport; closes it
// on Escape (the reader's, not a page's synthetic one), on the close button, when the pointer
// leaves (hover cards) or when the page scrolls it away. Everything it listens to is bound to the
// page view's signal.
import type { PagePayload } from '../shared/page-model.ts';
import { buildCard } from './cards.ts';
import type { Anchored } from './highlights.ts';
import type { Overlay } from './overlay.ts';
import { placeCard } from './position.ts';
import { later } from './schedule.ts';

export type OpenedBy = 'hover' | 'keyboard' | 'badge';
const SCROLL_AWAY_PX = 48;

export class CardPresenter {
  current: { anchored: Anchored; card: HTMLElement; by: OpenedBy; scrollY: number } | null = null;
  pointerInside = false;

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
    private readonly payload: PagePayload,
    private readonly signal: AbortSignal,
  ) {
    const win = doc.defaultView!;
    // The reader's Escape only: a page script's synthetic one (isTrusted false) closes nothing.
    doc.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && this.current) this.close();
    }, { signal, capture: true });
    win.addEventListener('scroll', () => this.onScroll(), { signal, passive: true });
    win.addEventListener('resize', () => this.reposition(), { signal, passive: true });
  }

  open(anchored: Anchored, by: OpenedBy): void {
    if (this.current?.anchored === anchored) {
      this.current.by = by === 'hover' ? this.current.by : by;
      return;
    }
    this.close();
    const card = buildCard(this.doc, this.payload, anchored, () => this.close());
    card.setAttribute('data-entering', '');
    card.addEventListener('pointerenter', () => (this.pointerInside = true), { signal: this.signal });
    card.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      if (this.current?.by === 'hover') this.closeSoon();
    }, { signal: this.signal });
    this.overlay.layer.append(card);
    const win = this.doc.defaultView!;
    this.current = { anchored, card, by, scrollY: win.scrollY };
    this.reposition();
    win.requestAnimationFrame(() => card.removeAttribute('data-entering'));
  }

  close(): void {
    this.cancelClose?.();
    this.current?.card.remove();
    this.current = null;
    this.pointerInside = false;
  }

  private cancelClose: (() => void) | null = null;

  /** Closes after a short grace period, so the pointer can travel from the passage to the card. */
  closeSoon(): void {
    this.cancelClose?.();
    this.cancelClose = later(() => {
      if (!this.pointerInside) this.close();
    }, 250, this.signal);
  }

  keepOpen(): void {
    this.cancelClose?.();
    this.cancelClose = null;
  }

  reposition(): void {
    if (!this.current) return;
    const { card, anchored } = this.current;
    const rects = anchored.range.getClientRects();
    const first = rects[0] ?? anchored.range.getBoundingClientRect();
    const win = this.doc.defaultView!;
    const size = card.getBoundingClientRect();
    const place = placeCard(
      { left: first.left, top: first.top, width: first.width, height: (rects[rects.length - 1]?.bottom ?? first.bottom) - first.top },
      { width: size.width || 360, height: size.height || 200 },
      { width: win.innerWidth, height: win.innerHeight },
    );
    card.style.left = `${Math.round(place.left)}px`;
    card.style.top = `${Math.round(place.top)}px`;
    card.setAttribute('data-px-placement', place.placement);
  }

  private onScroll(): void {
    if (!this.current) return;
    const win = this.doc.defaultView!;
    if (this.current.by === 'hover' && Math.abs(win.scrollY - this.current.scrollY) > SCROLL_AWAY_PX) this.close();
    else this.reposition();
  }
}
