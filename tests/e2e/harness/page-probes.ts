// Functions run inside pages through `TestPage.evaluate`/`waitFor`. Each is self-contained (it is
// serialised into the page), reads the page's own world only, and returns plain JSON.

export interface ParallaxView {
  /** Elements in the document whose tag starts with "px-". */
  hosts: { tag: string; parentIsRoot: boolean; state: string | null; annotations: string | null }[];
  /** Registered highlights whose name starts with "px-", with their range counts. */
  highlights: Record<string, number>;
  /** Sum of all px- highlight ranges. */
  ranges: number;
}

/** What Parallax currently shows in a page: host elements and px- highlights. */
export function parallaxView(): ParallaxView {
  const hosts = [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('px-'))
    .map((e) => ({
      tag: e.localName,
      parentIsRoot: e.parentNode === document.documentElement,
      state: e.getAttribute('data-px-state'),
      annotations: e.getAttribute('data-px-annotations'),
    }));
  const highlights: Record<string, number> = {};
  let ranges = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('px-')) return;
    highlights[name] = highlight.size;
    ranges += highlight.size;
  });
  return { hosts, highlights, ranges };
}

/** The host's state once Parallax has finished with the page (null while absent or loading). */
export function settledState(): string | null {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const state = host?.getAttribute('data-px-state') ?? null;
  return state && state !== 'loading' ? state : null;
}

/** The texts covered by the ranges of highlights whose name starts with `prefix`. */
export function highlightTexts(prefix: string): string[] {
  const texts: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((range) => {
      texts.push((range as Range).toString());
    });
  });
  return texts;
}

/** The page's DOM (px- elements left out) now, and as the page made it (recorded by page-probe.js). */
export function domSnapshots(): { now: string; before: string } {
  const probe = (window as unknown as { __pxDemo: { serialize(): string; before: string } }).__pxDemo;
  return { now: probe.serialize(), before: probe.before };
}

/**
 * Scrolls the `nth` occurrence of `word` inside `scope` to the middle of the viewport and
 * returns the centre of its first line box, in viewport coordinates.
 */
export function locateWord(args: { word: string; nth?: number; scope?: string }): { x: number; y: number } | null {
  const root = (args.scope && document.querySelector(args.scope)) || document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = node.data.indexOf(args.word); i >= 0; i = node.data.indexOf(args.word, i + 1)) {
      if (seen++ < (args.nth ?? 0)) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + args.word.length);
      (node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
  }
  return null;
}

/** Whether the first occurrence of `text` in the page is inside the viewport. */
export function textInViewport(text: string): boolean {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = node.data.indexOf(text);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + text.length);
    const rect = range.getBoundingClientRect();
    return rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
  }
  return false;
}

export interface OpenCard {
  kind: string | null;
  label: string | null;
  role: string | null;
  text: string;
  style: { fontSize: string; fontFamily: string; color: string; background: string; width: number; height: number };
}

/** The card open in Parallax's (open, e2e-build) shadow root, if one is shown. */
export function openCard(): OpenCard | null {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const cards = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll('[data-px-card]')] : [];
  for (const card of cards) {
    const style = getComputedStyle(card);
    const rect = card.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    return {
      kind: card.getAttribute('data-px-card-kind'),
      label: card.getAttribute('aria-label'),
      role: card.getAttribute('role'),
      text: (card as HTMLElement).innerText ?? card.textContent ?? '',
      style: {
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        color: style.color,
        background: style.backgroundColor,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      },
    };
  }
  return null;
}

/** The annotation stepped to by keyboard (`px-focus`): its text, reading-order position, visibility. */
export function focusedAnnotation(): { text: string; order: number; inViewport: boolean } | null {
  const highlight = CSS.highlights.get('px-focus');
  if (!highlight || highlight.size === 0) return null;
  let first: Range | null = null;
  highlight.forEach((r) => {
    first ??= r as Range;
  });
  const range = first as Range | null;
  if (!range) return null;
  // Position in reading order: count the text length before the range's start.
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const rect = range.getBoundingClientRect();
  return { text: range.toString(), order: before.toString().length, inViewport: rect.top >= 0 && rect.bottom <= innerHeight };
}

/**
 * Elements a naive HTML insertion of page text would have created (in the document and in
 * Parallax's overlay), and the payloads that ran (the hostile page records them).
 */
export function injectedMarkup(): { executed: string[]; title: string; elements: string[] } {
  const probe = (window as unknown as { __pxDemo?: { executed?: string[] } }).__pxDemo;
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const roots: ParentNode[] = [document];
  if (host?.shadowRoot) roots.push(host.shadowRoot);
  const elements: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('[onerror], [onload], script:not([type="application/ld+json"])')) {
      const html = el.outerHTML;
      if (html.includes('__pxPwned(')) elements.push(html.slice(0, 100));
    }
  }
  return { executed: probe?.executed ?? [], title: document.title, elements };
}

/** True once the open card has finished appearing (no running animation, fully opaque). */
export function openCardSettled(): boolean {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const root = host?.shadowRoot;
  const card = root ? [...root.querySelectorAll('[data-px-card]')].find((c) => c.getBoundingClientRect().width > 0) : undefined;
  if (!root || !card) return false;
  const running = root.getAnimations().some((a) => a.playState === 'running' || a.playState === 'pending' as string);
  let opacity = 1;
  for (let el: Element | null = card; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
  return !running && opacity > 0.99;
}

/** True once the annotation stepped to by keyboard (`px-focus`) lies inside the viewport. */
export function focusedInViewport(): boolean {
  let range: Range | null = null;
  CSS.highlights.get('px-focus')?.forEach((r) => {
    range ??= r as Range;
  });
  if (!range) return false;
  const rect = (range as Range).getBoundingClientRect();
  return rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
}

/** Scrolls to the first "≠" badge whose label names `outlet` and returns its centre, or null. */
export function locateBadge(outlet: string): { x: number; y: number } | null {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const badge = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-px-badge]') ?? [])].find((b) => !b.hidden && (b.getAttribute('aria-label') ?? '').includes(outlet));
  if (!badge) return null;
  badge.scrollIntoView({ block: 'center' });
  const r = badge.getBoundingClientRect();
  return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/** The evidence links in the open card: href, target, rel, text. */
export function cardEvidenceLinks(): { href: string; target: string | null; rel: string | null; text: string }[] {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  return [...(host?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[data-px-card] a[data-px-evidence]') ?? [])].map((a) => ({
    href: a.getAttribute('href') ?? '',
    target: a.getAttribute('target'),
    rel: a.getAttribute('rel'),
    text: (a.textContent ?? '').trim(),
  }));
}
