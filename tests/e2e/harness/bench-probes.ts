// In-page functions for `npm run bench:browser` (self-contained: serialised into the page).

/** Installed before any page script (addInitScript): records long tasks from the start. */
export function installLongTaskObserver(): void {
  const w = window as unknown as { __pxBench?: { longTasks: { start: number; duration: number }[] } };
  w.__pxBench = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__pxBench!.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the bench then reports none, and says which browser it ran.
  }
}

export type PageStatus = 'annotated' | 'empty' | 'skipped' | 'pending';

/**
 * Where Parallax is on this page: "annotated"/"empty" once it has finished, "skipped" when it
 * detected no article (a px:detect measure and no host for `quietMs`), else "pending".
 */
export function parallaxStatus(quietMs: number): PageStatus {
  const host = [...document.documentElement.children].find((e) => e.localName.startsWith('px-'));
  const state = host?.getAttribute('data-px-state');
  if (state === 'ready') return 'annotated';
  if (state === 'empty' || state === 'off') return 'empty';
  const detect = performance.getEntriesByName('px:detect').at(-1);
  if (!host && detect && performance.now() - (detect.startTime + detect.duration) > quietMs) return 'skipped';
  if (state && state !== 'loading' && performance.getEntriesByName('px:total').length > 0) return 'empty';
  return 'pending';
}

export interface PageRecord {
  measures: Record<string, number>;
  /** Sum of the synchronous steps (detect, extract, anchor, highlight). */
  mainThread: number;
  longTasks: { start: number; duration: number }[];
  /** Long tasks ≥ 50 ms that overlap one of Parallax's synchronous steps. */
  parallaxLongTasks: number;
  ranges: number;
  words: number;
}

export function collectRecord(): PageRecord {
  const sync = ['px:detect', 'px:extract', 'px:anchor', 'px:highlight'];
  const entries = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('px:'));
  const measures: Record<string, number> = {};
  for (const m of entries) measures[m.name] = (measures[m.name] ?? 0) + m.duration;
  const syncEntries = entries.filter((m) => sync.includes(m.name));
  const longTasks = (window as unknown as { __pxBench?: { longTasks: { start: number; duration: number }[] } }).__pxBench?.longTasks ?? [];
  const parallaxLongTasks = longTasks.filter(
    (t) => t.duration >= 50 && syncEntries.some((m) => t.start < m.startTime + m.duration && m.startTime < t.start + t.duration),
  ).length;
  let ranges = 0;
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('px-')) ranges += h.size;
  });
  return {
    measures,
    mainThread: syncEntries.reduce((s, m) => s + m.duration, 0),
    longTasks,
    parallaxLongTasks,
    ranges,
    words: (document.body?.innerText ?? '').split(/\s+/).filter(Boolean).length,
  };
}

/**
 * Draws Parallax's own ranges two ways and times each including the style and layout work it
 * forces: (1) as CSS highlights (what Parallax does), (2) by wrapping every range's text in
 * <mark> elements, the classic way. Run after Parallax finished; it leaves the page wrapped.
 */
export function compareDrawing(): { ranges: number; highlightMs: number; wrapMs: number } | null {
  const byName: [string, StaticRange[]][] = [];
  CSS.highlights.forEach((h, name) => {
    if (!name.startsWith('px-') || h.size === 0) return;
    const list: StaticRange[] = [];
    h.forEach((r) => {
      const range = r as Range;
      if (!range.collapsed) list.push(new StaticRange(range));
    });
    byName.push([name, list]);
  });
  const all = byName.flatMap(([, list]) => list);
  if (all.length === 0) return null;
  const forceLayout = () => {
    void document.body.offsetHeight;
    void document.body.getBoundingClientRect();
  };

  // (1) highlights: unregister, settle, then register anew from live ranges and force layout.
  const live = byName.map(([name, list]) => [name, list.map((s) => {
    const r = document.createRange();
    r.setStart(s.startContainer, s.startOffset);
    r.setEnd(s.endContainer, s.endOffset);
    return r;
  })] as const);
  // Repeated: one round is below the timer's resolution on most pages.
  const rounds = 20;
  let highlightTotal = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [name] of byName) CSS.highlights.delete(name);
    forceLayout();
    const t0 = performance.now();
    for (const [name, ranges] of live) CSS.highlights.set(name, new Highlight(...ranges));
    forceLayout();
    highlightTotal += performance.now() - t0;
  }
  const highlightMs = highlightTotal / rounds;

  // (2) wrapping: every text node piece inside each range goes into its own <mark>, last range
  // first so earlier offsets stay valid.
  const pieces: { node: Text; start: number; end: number }[] = [];
  for (const s of all) {
    const range = document.createRange();
    try {
      range.setStart(s.startContainer, s.startOffset);
      range.setEnd(s.endContainer, s.endOffset);
    } catch {
      continue;
    }
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (!range.intersectsNode(n)) continue;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : n.data.length;
      if (end > start) pieces.push({ node: n, start, end });
    }
  }
  // Per text node: split at every piece boundary (from the end, so offsets stay valid), then
  // wrap each segment some piece covers. Overlapping ranges share segments, as a real
  // wrapping highlighter must do.
  const byNode = new Map<Text, { start: number; end: number }[]>();
  for (const p of pieces) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
  forceLayout();
  const t1 = performance.now();
  for (const [node, spans] of byNode) {
    const cuts = [...new Set(spans.flatMap((sp) => [sp.start, sp.end]))].filter((c) => c > 0 && c < node.data.length).sort((x, y) => y - x);
    const segments: { node: Text; start: number }[] = [];
    for (const cut of cuts) segments.push({ node: node.splitText(cut), start: cut });
    segments.push({ node, start: 0 });
    for (const seg of segments) {
      const covered = spans.some((sp) => sp.start <= seg.start && seg.start < sp.end);
      if (!covered || !seg.node.parentNode) continue;
      const mark = document.createElement('mark');
      seg.node.parentNode.replaceChild(mark, seg.node);
      mark.appendChild(seg.node);
    }
  }
  forceLayout();
  const wrapMs = performance.now() - t1;
  return { ranges: all.length, highlightMs, wrapMs };
}
