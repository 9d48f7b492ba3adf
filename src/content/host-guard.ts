// Keeps the overlay host where Parallax put it: a child of <html>, with no attribute but its own.
// A page can remove the host, move it into a hidden element or set `inert`/`hidden`/`style` on it;
// the guard notices at once (a MutationObserver on <html>'s children and on the host's
// attributes) and undoes it. A page that keeps doing it would make that a loop, so the guard undoes
// at most `maxRestores` changes per page view, then stops and calls `onGiveUp`.

export interface HostGuardOptions {
  /** Attributes Parallax itself writes on the host (e2e build); every other one is removed. */
  ownAttributes: ReadonlySet<string>;
  maxRestores: number;
  onGiveUp(): void;
}

type WithObserver = Window & { MutationObserver: typeof MutationObserver };

/** What is wrong with the host now, if anything. */
export function hostTampering(doc: Document, host: Element, ownAttributes: ReadonlySet<string>): { moved: boolean; foreign: string[] } {
  const foreign: string[] = [];
  for (const name of host.getAttributeNames()) if (!ownAttributes.has(name)) foreign.push(name);
  return { moved: host.parentNode !== doc.documentElement, foreign };
}

/** Starts guarding `host`; returns a function that stops it (before Parallax removes the host itself). */
export function guardHost(doc: Document, host: HTMLElement, signal: AbortSignal, options: HostGuardOptions): () => void {
  const Observer = (doc.defaultView as WithObserver | null)?.MutationObserver ?? MutationObserver;
  let restores = 0;
  let stopped = false;
  const observer = new Observer(() => {
    if (stopped || signal.aborted) return;
    const { moved, foreign } = hostTampering(doc, host, options.ownAttributes);
    if (!moved && foreign.length === 0) return;
    if (restores >= options.maxRestores) {
      stop();
      options.onGiveUp();
      return;
    }
    restores++;
    for (const name of foreign) host.removeAttribute(name);
    if (moved) doc.documentElement.append(host);
  });
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true });
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  signal.addEventListener('abort', stop, { once: true });
  return stop;
}
