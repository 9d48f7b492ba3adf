// Performance marks around each step (px:detect, px:extract, px:analyze-wait, px:anchor,
// px:highlight, px:total) so benchmarks and long-task attribution can read them. A step that runs
// in slices (detect, extract, anchor) gets one measure per slice: the sum of a step's measures is
// its main-thread time.

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

/**
 * Records one slice of a step whose work is spread over several tasks: one measure per slice, so
 * that a long task is only laid at Parallax's door when it overlaps work Parallax did.
 */
export function recordSlice(step: Step, start: number, end: number): void {
  try {
    performance.measure(step, { start, end });
  } catch {
    // See startStep.
  }
}
