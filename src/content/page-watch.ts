// Watches a page view for what should redo it: a new address (single-page apps change it without a
// load) and the article body being replaced (its anchored text gone from the document). Debounced,
// and blind to Parallax's own nodes.

export interface WatchOptions {
  /** Mutations are gathered this long before they are looked at. */
  debounceMs?: number;
  /** Called when the watched content changed in a way that matters. */
  onChange: () => void;
}

/** True for a mutation Parallax caused in its own overlay (host attributes, cards, badges). */
export function isOwnMutation(record: MutationRecord, host: Node): boolean {
  if (record.target === host || host.contains(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n === host);
}

export function watchMutations(target: Node, host: Node, signal: AbortSignal, options: WatchOptions): void {
  const view = (target.ownerDocument ?? (target as Document)).defaultView;
  const Observer = (view as (Window & { MutationObserver: typeof MutationObserver }) | null)?.MutationObserver ?? MutationObserver;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new Observer((records) => {
    if (records.every((r) => isOwnMutation(r, host))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) options.onChange();
    }, options.debounceMs ?? 500);
  });
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
}

/** The part of an address that names a page (a new #fragment is the same article). */
export function pageKey(location: { origin: string; pathname: string; search: string }): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

/** Share of anchored ranges whose text has left the document or collapsed. */
export function lostShare(ranges: readonly Range[]): number {
  if (!ranges.length) return 0;
  let lost = 0;
  for (const r of ranges) if (!r.startContainer.isConnected || !r.endContainer.isConnected || r.collapsed) lost++;
  return lost / ranges.length;
}
