import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexFollower } from '../../src/ingest/index-follower.js';
import type { IndexSync, SyncResult } from '../../src/ingest/index-sync.js';
import type { IngestSignal } from '../../src/ingest/ingest-signal.js';
import { silentLogger } from '../../src/logger.js';

/** A signal the test fires by hand. */
class HandSignal implements IngestSignal {
  fire: () => void = () => {};
  stopped = false;
  async start(onSignal: () => void) {
    this.fire = onSignal;
  }
  async stop() {
    this.stopped = true;
  }
}

function fakeSync(results: (SyncResult | undefined | Error)[]) {
  const calls = { n: 0 };
  const sync = {
    refresh: async () => {
      const r = results[calls.n++] ?? undefined;
      if (r instanceof Error) throw r;
      return r;
    },
  } as unknown as IndexSync;
  return { sync, calls };
}

afterEach(() => vi.useRealTimers());

describe('IndexFollower', () => {
  it('refreshes on each signal and saves only when the index changed', async () => {
    const signal = new HandSignal();
    const { sync, calls } = fakeSync([{ removed: 0, replaced: 1 }, undefined]);
    const synced: SyncResult[] = [];
    const follower = new IndexFollower({ sync, signal, checkMs: 60_000, logger: silentLogger(), onSynced: async (r) => void synced.push(r) });
    await follower.start();
    signal.fire();
    signal.fire();
    await vi.waitFor(() => expect(calls.n).toBe(2));
    expect(synced).toEqual([{ removed: 0, replaced: 1 }]);
    await follower.stop();
    expect(signal.stopped).toBe(true);
  });

  it('checks the generation now and then without any signal (a notification missed)', async () => {
    vi.useFakeTimers();
    const { sync, calls } = fakeSync([]);
    const follower = new IndexFollower({ sync, signal: new HandSignal(), checkMs: 1000, logger: silentLogger() });
    await follower.start();
    await vi.advanceTimersByTimeAsync(3500);
    expect(calls.n).toBe(3);
    await follower.stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls.n).toBe(3);
  });

  it('survives a failed refresh: logged, and the next signal tries again', async () => {
    const signal = new HandSignal();
    const { sync, calls } = fakeSync([new Error('database unavailable'), { removed: 1, replaced: 0 }]);
    const synced: SyncResult[] = [];
    const follower = new IndexFollower({ sync, signal, checkMs: 60_000, logger: silentLogger(), onSynced: async (r) => void synced.push(r) });
    await follower.start();
    signal.fire();
    await vi.waitFor(() => expect(calls.n).toBe(1));
    signal.fire();
    await vi.waitFor(() => expect(synced).toEqual([{ removed: 1, replaced: 0 }]));
    await follower.stop();
  });
});
