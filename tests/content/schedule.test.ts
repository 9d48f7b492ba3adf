import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_MS, runSliced } from '../../src/content/schedule.ts';

/** A generator of `n` steps, recording which steps ran. */
function* counted(n: number, ran: number[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    ran.push(i);
    yield;
  }
  return 'done';
}

afterEach(() => vi.restoreAllMocks());

/** A clock that advances `perCall` ms each time it is read: every step "takes" that long. */
function fakeClock(perCall: number) {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += perCall));
}

describe('runSliced', () => {
  it('runs every step and returns the value, in slices of about CHUNK_MS', async () => {
    fakeClock(CHUNK_MS / 4);
    const ran: number[] = [];
    const slices: [number, number][] = [];
    const result = await runSliced(counted(20, ran), new AbortController().signal, (s, e) => slices.push([s, e]));
    expect(result).toEqual({ value: 'done' });
    expect(ran).toHaveLength(20);
    expect(slices.length).toBeGreaterThan(3);
    for (const [s, e] of slices) expect(e - s).toBeLessThanOrEqual(CHUNK_MS + CHUNK_MS / 4);
  });

  it('gives the main thread back between slices', async () => {
    fakeClock(CHUNK_MS);
    const ran: number[] = [];
    const seenAt: number[] = [];
    setTimeout(() => seenAt.push(ran.length), 0);
    await runSliced(counted(10, ran), new AbortController().signal);
    expect(seenAt).toHaveLength(1);
    expect(seenAt[0]).toBeLessThan(10);
  });

  it('stops between slices when the page view is aborted, and closes the steps', async () => {
    fakeClock(CHUNK_MS);
    const controller = new AbortController();
    const ran: number[] = [];
    let closed = false;
    function* steps(): Generator<void, void> {
      try {
        yield* counted(10, ran);
      } finally {
        closed = true;
      }
    }
    // Aborted while the first slice has just run (a page view destroyed mid-way).
    expect(await runSliced(steps(), controller.signal, () => controller.abort())).toBeNull();
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.length).toBeLessThan(10);
    expect(closed).toBe(true);
  });

  it('lets the page\'s own timers run now and then, even where scheduler.yield would starve them', async () => {
    fakeClock(CHUNK_MS);
    // A scheduler whose continuations always run first (a microtask): timers would never run.
    const scope = globalThis as { scheduler?: { yield(): Promise<void> } };
    const saved = scope.scheduler;
    scope.scheduler = { yield: () => Promise.resolve() };
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await runSliced(counted(200, []), new AbortController().signal);
    } finally {
      clearInterval(timer);
      scope.scheduler = saved;
    }
    expect(ticks).toBeGreaterThan(5);
  });
});
