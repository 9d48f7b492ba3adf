// The only element Parallax adds to a page: <px-overlay> on <html> (not <body>, whose transforms
// or filters would distort it), holding a closed shadow root (open in the e2e build) with the
// cards, difference badges and a live region for screen readers.
import { E2E_BUILD } from '../shared/build-flags.ts';
import { OVERLAY_CSS } from './overlay-css.ts';

export const HOST_TAG = 'px-overlay';
export type OverlayState = 'loading' | 'ready' | 'empty' | 'off';

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** Cards and badges go here. */
  layer: HTMLElement;
  live: HTMLElement;
  setState(state: OverlayState, annotations?: number): void;
  /** Puts the host back if the page removed it. */
  reattach(): void;
  remove(): void;
}

function applyStyles(doc: Document, root: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; a <style> is the fallback.
  try {
    const Sheet = (doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-px-state', 'loading');
  const root = host.attachShadow({ mode: E2E_BUILD ? 'open' : 'closed' });
  applyStyles(doc, root);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  root.append(layer, live);
  doc.documentElement.append(host);
  return {
    host,
    root,
    layer,
    live,
    setState(state, annotations) {
      host.setAttribute('data-px-state', state);
      if (annotations === undefined) host.removeAttribute('data-px-annotations');
      else host.setAttribute('data-px-annotations', String(annotations));
    },
    reattach() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    remove() {
      host.remove();
    },
  };
}
