// The only element Parallax adds to a page: one host on <html> (not <body>, whose transforms or
// filters would distort it), holding a closed shadow root (open in the e2e build) with the cards,
// difference badges and a live region for screen readers.
//
// The page shares the DOM with it, so the host is built to withstand the page:
// - its tag is `px-overlay-` plus a random suffix drawn per page view. A page that defines a
//   custom element under a name Parallax uses (say `px-overlay`, with a constructor that attaches
//   its own shadow root) makes `attachShadow` throw for every element of that name; a name the page
//   cannot know in advance cannot be defined in advance. A page that defines the name once it has
//   seen it only upgrades an element whose shadow root is already attached: that changes nothing.
// - a guard (host-guard.ts) puts it back when the page removes it or moves it elsewhere, and
//   strips attributes the page sets on it (`inert` would block the cards), a bounded number of
//   times; past that Parallax gives up on the page and says so in the popup.
// - production builds write no attribute on it (the page could read them); the e2e build writes
//   `data-px-state` and `data-px-annotations` for the tests.
import { E2E_BUILD } from '../shared/build-flags.ts';
import { OVERLAY_CSS } from './overlay-css.ts';
import { guardHost } from './host-guard.ts';

/** Every host's tag starts with this (CONTRACT: one host on <html> whose tag starts with px-). */
export const HOST_TAG_PREFIX = 'px-overlay-';
export type OverlayState = 'loading' | 'ready' | 'empty' | 'off';
/** The attributes the e2e build writes on the host; anything else on it is the page's doing. */
export const STATE_ATTRIBUTES = ['data-px-state', 'data-px-annotations'] as const;
/** How many times a page may take the host away before Parallax stops putting it back. */
export const MAX_HOST_RESTORES = 5;
const NAME_ATTEMPTS = 3;

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** Cards and badges go here. */
  layer: HTMLElement;
  live: HTMLElement;
  /** The state shown to tests (e2e build only, as attributes on the host). */
  readonly state: OverlayState;
  setState(state: OverlayState, annotations?: number): void;
  remove(): void;
}

export interface OverlayOptions {
  /** The page view's signal: the guard stops with it. */
  signal: AbortSignal;
  /** The page took the host away more often than Parallax puts it back. */
  onLost(): void;
}

export function randomHostTag(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return HOST_TAG_PREFIX + Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** Whether an element is a Parallax overlay host, by its tag. */
export function isOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith(HOST_TAG_PREFIX);
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

/** A host element with its shadow root attached, or null when the page keeps attachShadow from working. */
function attachHost(doc: Document, mode: ShadowRootMode): { host: HTMLElement; root: ShadowRoot } | null {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    try {
      const host = doc.createElement(randomHostTag());
      return { host, root: host.attachShadow({ mode }) };
    } catch {
      // Only a page-defined element under this very name gets here: draw another name.
    }
  }
  return null;
}

/** The overlay, appended to <html> and guarded; null when no shadow root could be attached. */
export function createOverlay(doc: Document, options: OverlayOptions): Overlay | null {
  // E2E_BUILD is a build-time constant: production bundles carry neither the open mode nor the
  // state attributes.
  const attached = attachHost(doc, E2E_BUILD ? 'open' : 'closed');
  if (!attached) return null;
  const { host, root } = attached;
  applyStyles(doc, root);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const live = doc.createElement('div');
  live.className = 'sr-only';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  root.append(layer, live);
  let state: OverlayState = 'loading';
  if (E2E_BUILD) host.setAttribute('data-px-state', state);
  doc.documentElement.append(host);
  const stopGuard = guardHost(doc, host, options.signal, {
    ownAttributes: new Set(E2E_BUILD ? STATE_ATTRIBUTES : []),
    maxRestores: MAX_HOST_RESTORES,
    onGiveUp: options.onLost,
  });
  return {
    host,
    root,
    layer,
    live,
    get state() {
      return state;
    },
    setState(next, annotations) {
      state = next;
      if (!E2E_BUILD) return;
      host.setAttribute('data-px-state', next);
      if (annotations === undefined) host.removeAttribute('data-px-annotations');
      else host.setAttribute('data-px-annotations', String(annotations));
    },
    remove() {
      stopGuard();
      host.remove();
    },
  };
}
