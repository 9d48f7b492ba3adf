// Timing helpers for the page: give the main thread back between steps, and debounce or throttle
// handlers. Every timer takes the page view's AbortSignal, so switching off cancels them all.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the browser handle input and paint before the next chunk of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work time allowed before yielding: well under the 50 ms long-task line. */
export const CHUNK_MS = 8;

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number, signal: AbortSignal): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (...args: A) => {
    clearTimeout(timer);
    if (signal.aborted) return;
    timer = setTimeout(() => {
      if (!signal.aborted) fn(...args);
    }, ms);
  };
}

/**
 * Calls `fn` at most once per animation frame, with the latest arguments. A tab in the background
 * (or a throttled one) gets few or no frames but can still receive input: a timer stands in.
 */
export function perFrame<A extends unknown[]>(fn: (...args: A) => void, signal: AbortSignal): (...args: A) => void {
  let scheduled = false;
  let cancel = () => {};
  let latest: A | null = null;
  signal.addEventListener('abort', () => cancel(), { once: true });
  const run = () => {
    scheduled = false;
    if (!signal.aborted && latest) fn(...latest);
  };
  return (...args: A) => {
    latest = args;
    if (scheduled || signal.aborted) return;
    scheduled = true;
    let frame = 0;
    const once = () => {
      if (!scheduled) return;
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      run();
    };
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const timer = setTimeout(once, hidden ? 16 : 50);
    if (!hidden) frame = requestAnimationFrame(once);
    cancel = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  };
}

/** setTimeout bound to a signal. */
export function later(fn: () => void, ms: number, signal: AbortSignal): () => void {
  const timer = setTimeout(() => {
    if (!signal.aborted) fn();
  }, ms);
  const cancel = () => clearTimeout(timer);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}
