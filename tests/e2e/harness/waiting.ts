// Waiting on conditions, never on fixed sleeps, except `expectQuiet`: absence cannot be waited
// for, so it watches for a bounded window sized from how long annotating took when it happened.
import type { TestPage } from './driver.ts';
import { parallaxView, settledState, type ParallaxView } from './page-probes.ts';

/** How long a page may take to be annotated (corpus loading lazily on first use included). */
export const ANNOTATE_TIMEOUT = 45_000;

/** Polls `read` (run in Node) until `done(value)` holds; returns the last value either way. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 100,
): Promise<{ value: T; ok: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return { value, ok: true };
    if (Date.now() > deadline) return { value, ok: false };
    await new Promise((ok) => setTimeout(ok, intervalMs));
  }
}

/** Waits until Parallax has settled on the page; returns the host's state and how long it took. */
export async function waitSettled(page: TestPage): Promise<{ state: string; ms: number; view: ParallaxView }> {
  const start = Date.now();
  const state = await page.waitFor(settledState, undefined, ANNOTATE_TIMEOUT);
  return { state: String(state), ms: Date.now() - start, view: await page.evaluate(parallaxView) };
}

/**
 * Longest time annotating a page was seen to take in this run; `expectQuiet` watches at least
 * three times that (and never less than 3 s), so "nothing appeared" means something.
 */
let slowestAnnotationMs = 0;
export function noteAnnotationTime(ms: number): void {
  slowestAnnotationMs = Math.max(slowestAnnotationMs, ms);
}
export function quietWindowMs(): number {
  return Math.max(3_000, 3 * slowestAnnotationMs);
}

/**
 * Watches the page for a quiet window; returns the first view in which Parallax showed
 * anything (a highlight range, or a host element not in the "off" state), or null.
 */
export async function watchForAnnotations(page: TestPage): Promise<ParallaxView | null> {
  await page.waitFor(() => document.readyState === 'complete');
  const windowMs = quietWindowMs();
  const { value, ok } = await pollUntil(
    () => page.evaluate(parallaxView),
    (view) => view.ranges > 0 || view.hosts.some((h) => h.state !== 'off'),
    windowMs,
    150,
  );
  return ok ? value : null;
}

/** Index and surroundings of the first difference between two strings (for failure messages). */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… vs …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}
