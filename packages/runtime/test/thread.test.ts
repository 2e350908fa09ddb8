import { describe, expect, it } from 'vitest';
import { runInThread } from '../src/thread.js';

type Spin = { spin: number };
type Counted = { counted: number; inThread: boolean };
/** A TypeScript caller in fixtures/: its thread scripts are the `.ts` files beside it. */
const CALLER = new URL('./fixtures/caller.ts', import.meta.url).href;
const busy = (input: Spin, signal?: AbortSignal) =>
  runInThread<Spin, Counted>(CALLER, 'busy-thread', input, signal);

describe('runInThread', () => {
  it("answers with the thread function's result", async () => {
    await expect(busy({ spin: 1000 })).resolves.toEqual({ counted: 1000, inThread: true });
  });

  it('leaves the event loop free while the thread computes', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 5);
    try {
      // Seconds of busy loop: run here, not one tick of the timer could fire before it ends.
      await busy({ spin: 3_000_000_000 });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(10);
  }, 60_000);

  it("rejects with the thread's error message", async () => {
    await expect(busy({ spin: -1 })).rejects.toThrow('a negative count');
  });

  it('an abort ends the thread at once and rejects with the reason', async () => {
    const controller = new AbortController();
    const run = busy({ spin: Number.MAX_SAFE_INTEGER }, controller.signal);
    setTimeout(() => controller.abort(new Error('lease lost')), 200);
    await expect(run).rejects.toThrow('lease lost');
  });

  it('an already aborted signal starts no thread', async () => {
    await expect(busy({ spin: 1 }, AbortSignal.abort(new Error('stopped')))).rejects.toThrow('stopped');
  });
});
