// Performance marks around each step (px:detect, px:extract, px:analyze-wait, px:anchor,
// px:highlight, px:total) so benchmarks and long-task attribution can read them.

export type Step = 'px:detect' | 'px:extract' | 'px:analyze-wait' | 'px:anchor' | 'px:highlight' | 'px:total';

export function startStep(step: Step): () => void {
  const start = performance.now();
  return () => {
    try {
      performance.measure(step, { start, end: performance.now() });
    } catch {
      // Old engines without measure options: timing is a nicety, never a failure.
    }
  };
}

export function timed<T>(step: Step, fn: () => T): T {
  const end = startStep(step);
  try {
    return fn();
  } finally {
    end();
  }
}

/** Records a step whose work was spread over several tasks: `busyMs` is the time actually spent. */
export function recordBusy(step: Step, start: number, busyMs: number): void {
  try {
    performance.measure(step, { start, duration: busyMs });
  } catch {
    // See startStep.
  }
}
