// Timing helpers for the page: give the main thread back between steps, and debounce or throttle
// handlers. Every timer takes the page view's AbortSignal, so switching off cancels them all.
import { HEAVY } from '../core/extract/steps.ts';

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * `scheduler.yield()` continuations run ahead of the page's own timers (input and rendering still
 * come first): past this long since the page's timers last had their turn, a yield goes through
 * `setTimeout` instead, so that a page's clocks and intervals keep ticking while Parallax works.
 */
const TIMER_TURN_MS = 16;
let lastTimerTurn = -Infinity;

/** Lets the browser handle input and paint (and, now and then, the page's timers) before the next chunk of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function' && performance.now() - lastTimerTurn < TIMER_TURN_MS) return scheduler.yield();
  return new Promise((resolve) =>
    setTimeout(() => {
      lastTimerTurn = performance.now();
      resolve();
    }, 0),
  );
}

/** Work time allowed before yielding: well under the 50 ms long-task line. */
export const CHUNK_MS = 8;

/**
 * Runs a generator of bounded steps to its end, in slices of about CHUNK_MS, each in a task of its
 * own (the first too: whatever ran before it keeps its own task); a step announced as HEAVY
 * (one that cannot be split) always starts a slice. `onSlice` hears each slice's
 * start and end (for performance measures). Resolves to `{ value }`, or null when `signal`
 * aborted in between.
 */
export async function runSliced<T>(steps: Generator<unknown, T>, signal: AbortSignal, onSlice?: (start: number, end: number) => void): Promise<{ value: T } | null> {
  for (;;) {
    await yieldToMain();
    if (signal.aborted) {
      steps.return(undefined as T);
      return null;
    }
    const start = performance.now();
    let step = steps.next();
    // A step announced as heavy starts the next slice, not the end of this one.
    while (!step.done && step.value !== HEAVY && performance.now() - start < CHUNK_MS) step = steps.next();
    onSlice?.(start, performance.now());
    if (step.done) return { value: step.value };
  }
}

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

/**
 * Calls `fn` once, just after the browser has rendered its next frame (an animation frame, then a
 * task): layout is then up to date, so reading geometry costs no forced layout of the page. A
 * hidden tab renders no frames: a timer stands in.
 */
export function afterNextPaint(fn: () => void, signal: AbortSignal): void {
  let done = false;
  const run = () => {
    if (done || signal.aborted) return;
    done = true;
    fn();
  };
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  const fallback = setTimeout(run, hidden ? 16 : 100);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = hidden ? 0 : requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(fallback);
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  }, { once: true });
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
