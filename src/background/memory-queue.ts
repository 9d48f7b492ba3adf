// Changes to the remembered articles run one at a time (remembering a page, forgetting, importing
// a pack): each reads the counts, then writes them, and two at once would both count from the
// same start.
let queue: Promise<unknown> = Promise.resolve();

export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
