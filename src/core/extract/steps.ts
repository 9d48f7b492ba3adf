// Work in bounded steps. A generator does a bounded part of its work per `next()`, so the content
// script can give the page its main thread back between parts; Node simply runs it to the end.
// Yielding HEAVY announces that the next step is one that cannot be split (a Readability pass):
// a caller that pauses should start it in a task of its own rather than after other work.

export const HEAVY = 'heavy';

export type Steps<T> = Generator<typeof HEAVY | void, T>;

export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
