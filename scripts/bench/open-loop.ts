/**
 * Open-loop load for the channel benches: N conversations, each sending its next message after an
 * exponentially distributed think time, so the offered rate is set by the users rather than by how fast
 * the server answers. A closed loop (everyone sending back-to-back) measures capacity; this measures the
 * latency a given number of active conversations sees at a stated load. Bounded by a request budget and
 * a time limit; the caller supplies `send`, so any channel (Teams, Slack) can use it.
 */
import { seededRandom } from '../seeded-random.js';

export interface OpenLoopOptions {
  conversations: number;
  /** Total requests per second offered by all conversations together (think time only, no latency). */
  offeredPerSecond: number;
  /** Stop once this many requests were sent (all conversations together). */
  maxRequests: number;
  /** Stop sending new requests after this long; requests in flight still complete. */
  timeLimitMs: number;
  /** Sends conversation `c`'s `n`-th message and resolves once it completed; false counts as an error. */
  send: (c: number, n: number) => Promise<boolean>;
  /** Seed for the think times, so runs are repeatable. */
  seed?: number;
}

export interface OpenLoopResult {
  /** Sorted ascending, ms. */
  latencies: number[];
  errors: number;
  ms: number;
  perSecond: number;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function runOpenLoop(opts: OpenLoopOptions): Promise<OpenLoopResult> {
  const random = seededRandom(opts.seed ?? 1);
  // N conversations each thinking T seconds on average offer N / T requests per second.
  const meanThinkMs = (opts.conversations / opts.offeredPerSecond) * 1000;
  const think = () => -Math.log(1 - random()) * meanThinkMs;
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const start = performance.now();
  // The rate is over the time to the last reply, not to the moment the last idle conversation notices the budget ran out.
  let lastDone = start;
  const deadline = start + opts.timeLimitMs;
  const conversation = async (c: number) => {
    for (let n = 0; ; n++) {
      await sleep(think());
      if (sent >= opts.maxRequests || performance.now() >= deadline) return;
      sent++;
      const t0 = performance.now();
      const ok = await opts.send(c, n).catch(() => false);
      lastDone = performance.now();
      latencies.push(lastDone - t0);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: opts.conversations }, (_, c) => conversation(c)));
  const ms = lastDone - start;
  return { latencies: latencies.sort((a, b) => a - b), errors, ms, perSecond: (latencies.length / ms) * 1000 };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
