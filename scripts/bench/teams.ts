/**
 * Teams benchmark: requests per second and latency of `POST /api/messages` on loopback, answer path
 * included: the core answers from the sample corpus and the bot posts its card to a local connector
 * before the request completes. Target: p95 < 50 ms at 50 concurrent conversations.
 *
 * Two loads. Closed loop (saturation): every conversation sends its next question as soon as the last one
 * was answered, which measures capacity; with 50 of them the queue, not the code, sets the latency. Open
 * loop: 50 conversations with random think times offering a stated share of the single-conversation
 * capacity, which measures the latency users see at that load (open-loop.ts).
 *
 * The server runs on the main thread; the load generator and the stand-in connector run on a worker
 * thread, so that they do not take the server's CPU (in production they are Microsoft's machines).
 *
 *   node --import tsx scripts/bench/teams.ts
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { teamsPlugin } from '../../adapters/teams/plugin.js';
import type { OutboundReply } from '../../src/channel/types.js';
import type { TurnGateway } from '../../src/core/turn-gateway.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve } from '../../src/main.js';
import { FakeConnector } from '../../tests/fixtures/teams/fake-connector.js';
import { percentile, runOpenLoop } from './open-loop.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DRIVER = 'teams-bench-driver';

const QUESTIONS = [
  'What is the Arab position on the Global Compact for Migration?',
  'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟',
  'What did the 2016 final statement say about the return of refugees?',
  'ماذا ورد في البيان الختامي لعام 2016 بشأن عودة اللاجئين؟',
  'How has the position on climate-induced migration evolved?',
  'كيف تطور الموقف العربي من الهجرة الناجمة عن تغير المناخ؟',
  'What are the objectives of the Arab Regional Consultative Process?',
  'ما هي أهداف عملية التشاور العربية الإقليمية؟',
];

interface Run {
  conversations: number;
  perConversation: number;
}

interface RunResult {
  latencies: number[];
  errors: number;
  ms: number;
  answers: number;
}

/** Open loop: `conversations` users with exponential think times offering `offeredPerSecond` in total. */
interface OpenRun {
  conversations: number;
  offeredPerSecond: number;
  maxRequests: number;
  timeLimitMs: number;
}

/** Offered load as fractions of the single-conversation capacity of the answer path. */
const OPEN_LEVELS = [0.25, 0.5, 0.75];
const OPEN_CONVERSATIONS = 50;
const OPEN_REQUESTS = 300;
const OPEN_TIME_LIMIT_MS = 30_000;

const RUNS: Run[] = [
  { conversations: 1, perConversation: 100 },
  { conversations: 50, perConversation: 8 },
];

/** A fixed cited answer, for the rows that measure the Teams path alone (no retrieval, no composing). */
const CANNED: OutboundReply = {
  kind: 'answer', lang: 'ar', confidence: 0.9, replyId: 'bench-reply',
  text: '**البيان الختامي — 2016-08**\n«تقاسم المسؤولية عن اللاجئين في إطار اتفاق عالمي، واحترام القانون الدولي.» [1]',
  citations: [{ n: 1, documentId: 'final-statement-hlm-2016', passageId: 'final-statement-hlm-2016#3', title: 'البيان الختامي', date: '2016-08', url: 'https://example.org/statement', quote: 'تقاسم المسؤولية', lang: 'ar' }],
};

function activity(connectorUrl: string, conversation: string, n: number, text: string): object {
  return {
    type: 'message', id: `${conversation}-${n}`, channelId: 'msteams', serviceUrl: connectorUrl, text, textFormat: 'plain',
    timestamp: new Date().toISOString(), locale: /[\u0600-\u06FF]/.test(text) ? 'ar-EG' : 'en-US',
    from: { id: `29:user-${conversation}`, name: 'Bench user' },
    recipient: { id: '28:bench-bot', name: 'ARCP Assistant' },
    conversation: { conversationType: 'personal', id: `a:bench-${conversation}` },
  };
}

interface Turn {
  tag: string;
  c: number;
  n: number;
}

/** Worker side: posts conversation `c`'s `n`-th question; true when the bot acknowledged it with 200. */
async function post(serverUrl: string, connector: FakeConnector, { tag, c, n }: Turn): Promise<boolean> {
  const body = JSON.stringify(activity(connector.url, `${tag}${c}`, n, QUESTIONS[(c + n) % QUESTIONS.length]));
  const res = await fetch(`${serverUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await res.arrayBuffer();
  return res.status === 200;
}

function citedAnswers(connector: FakeConnector): number {
  return connector.calls.filter((c) => c.route === 'reply' && c.responseId && JSON.stringify(c.body).includes('"arcp":"feedback"')).length;
}

/** Worker side, closed loop: the conversations, each sending its questions back-to-back. */
async function drive(serverUrl: string, connector: FakeConnector, run: Run, tag: string): Promise<RunResult> {
  connector.clear();
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: run.conversations }, async (_, c) => {
      for (let n = 0; n < run.perConversation; n++) {
        const t0 = performance.now();
        const ok = await post(serverUrl, connector, { tag, c, n });
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const ms = performance.now() - start;
  return { latencies: latencies.sort((a, b) => a - b), errors, ms, answers: citedAnswers(connector) };
}

/** Worker side, open loop: think times between questions; see open-loop.ts. */
async function driveOpen(serverUrl: string, connector: FakeConnector, run: OpenRun, tag: string): Promise<RunResult> {
  connector.clear();
  const r = await runOpenLoop({ ...run, seed: 7, send: (c, n) => post(serverUrl, connector, { tag, c, n }) });
  return { latencies: r.latencies, errors: r.errors, ms: r.ms, answers: citedAnswers(connector) };
}

type DriverMessage = { type: 'stop' } | { type: 'run'; serverUrl: string; run: Run; tag: string } | { type: 'open'; serverUrl: string; run: OpenRun; tag: string };

async function driverMain(): Promise<void> {
  const connector = await FakeConnector.start();
  parentPort!.on('message', async (msg: DriverMessage) => {
    if (msg.type === 'stop') {
      await connector.close();
      parentPort!.close();
      return;
    }
    const result = msg.type === 'run' ? await drive(msg.serverUrl, connector, msg.run, msg.tag) : await driveOpen(msg.serverUrl, connector, msg.run, msg.tag);
    parentPort!.postMessage(result);
  });
  parentPort!.postMessage({ connectorUrl: connector.url });
}

interface Driver {
  worker: Worker;
  ready: Promise<string>;
  run: (serverUrl: string, run: Run, tag: string) => Promise<RunResult>;
  open: (serverUrl: string, run: OpenRun, tag: string) => Promise<RunResult>;
}

function startDriver(): Driver {
  // The worker runs this same TypeScript file: it registers tsx's loader first, as bin/arcp.mjs does.
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(entry, { eval: true, workerData: { role: DRIVER } });
  const next = <T>() => new Promise<T>((resolveMsg, reject) => {
    worker.once('message', resolveMsg);
    worker.once('error', reject);
  });
  const ready = next<{ connectorUrl: string }>().then((m) => m.connectorUrl);
  const ask = (msg: DriverMessage) => { const result = next<RunResult>(); worker.postMessage(msg); return result; };
  return {
    worker, ready,
    run: (serverUrl, run, tag) => ask({ type: 'run', serverUrl, run, tag }),
    open: (serverUrl, run, tag) => ask({ type: 'open', serverUrl, run, tag }),
  };
}

type Handle = TurnGateway['handle'];

const f = (v: number) => v.toFixed(1);
const perSecond = (r: RunResult) => (r.latencies.length / r.ms) * 1000;

interface Bench {
  driver: Driver;
  url: string;
  assistant: { handle: Handle };
  log: (line: string) => void;
}

/** Closed loop; returns the single-conversation answer-path run, the baseline for the open-loop table. */
async function closedLoop({ driver, url, assistant, log }: Bench): Promise<RunResult> {
  const realHandle = assistant.handle;
  let baseline: RunResult | undefined;
  log('Teams, closed loop: POST /api/messages on loopback; each request completes once its reply card reached the local connector');
  log('| path | load | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | cited answers posted |');
  log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const fixed: Handle = async (_msg, opts = {}) => {
    const reply = { ...CANNED };
    await opts.deliver?.(reply);
    return { reply, fresh: true };
  };
  const paths: [string, Handle][] = [['answer path (core + Teams)', realHandle], ['Teams path only (fixed answer)', fixed]];
  for (const [p, [name, handle]] of paths.entries()) {
    assistant.handle = handle;
    for (const [i, run] of RUNS.entries()) {
      const r = await driver.run(url, run, `p${p}r${i}-`);
      if (p === 0 && run.conversations === 1) baseline = r;
      const load = run.conversations === 1 ? 'baseline: 1 conversation sending back-to-back' : `saturation: ${run.conversations} conversations sending back-to-back`;
      log(`| ${name} | ${load} | ${r.latencies.length} | ${r.errors} | ${f(perSecond(r))} | ${f(percentile(r.latencies, 50))} | ${f(percentile(r.latencies, 95))} | ${f(percentile(r.latencies, 99))} | ${f(r.latencies.at(-1)!)} | ${r.answers} |`);
    }
  }
  assistant.handle = realHandle;
  return baseline!;
}

/** Open loop at fractions of the single-stream capacity; logs which levels meet p95 < 50 ms. */
async function openLoop({ driver, url, log }: Bench, baseline: RunResult): Promise<void> {
  const capacity = perSecond(baseline);
  const baseP95 = percentile(baseline.latencies, 95);
  log('');
  log(`Teams, open loop (answer path): ${OPEN_CONVERSATIONS} conversations, each sending its next question after an exponential think time; ` +
    `offered load as a share of the single-conversation capacity (${f(capacity)} req/s, p95 ${f(baseP95)} ms); ` +
    `at most ${OPEN_REQUESTS} requests or ${OPEN_TIME_LIMIT_MS / 1000} s per level`);
  log('| offered load | offered req/s | requests | errors | achieved req/s | p50 ms | p95 ms | p99 ms | max ms | p95 / baseline p95 | cited answers posted |');
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const met: string[] = [];
  for (const [i, level] of OPEN_LEVELS.entries()) {
    const offered = capacity * level;
    const run: OpenRun = { conversations: OPEN_CONVERSATIONS, offeredPerSecond: offered, maxRequests: OPEN_REQUESTS, timeLimitMs: OPEN_TIME_LIMIT_MS };
    // A collection left over from the previous level would land on this one (with --expose-gc).
    globalThis.gc?.();
    const r = await driver.open(url, run, `o${i}-`);
    const p95 = percentile(r.latencies, 95);
    if (p95 < 50) met.push(`${level * 100}%`);
    log(`| ${level * 100}% of capacity | ${f(offered)} | ${r.latencies.length} | ${r.errors} | ${f(perSecond(r))} | ${f(percentile(r.latencies, 50))} | ${f(p95)} | ${f(percentile(r.latencies, 99))} | ${f(r.latencies.at(-1)!)} | ${(p95 / baseP95).toFixed(2)}x | ${r.answers} |`);
  }
  log(`target: p95 < 50 ms with ${OPEN_CONVERSATIONS} active conversations (answer path, open loop): ${met.length ? `met at ${met.join(', ')} of capacity` : 'NOT met at any level measured'}`);
}

export async function runTeamsBench(log: (line: string) => void): Promise<void> {
  const driver = startDriver();
  await driver.ready;
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', TEAMS_ENABLED: 'true', ARCP_CORPUS_DIR: join(repoRoot, 'corpus') });
  const running = await serve(config, silentLogger(), [teamsPlugin], { inMemory: true });
  const assistant = running.app.turns as unknown as { handle: Handle };
  const realHandle = assistant.handle;
  try {
    await driver.run(running.url, { conversations: 4, perConversation: 5 }, 'warm');
    const bench: Bench = { driver, url: running.url, assistant, log };
    const baseline = await closedLoop(bench);
    await openLoop(bench, baseline);
  } finally {
    assistant.handle = realHandle;
    driver.worker.postMessage({ type: 'stop' });
    await running.stop();
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === DRIVER) {
  void driverMain();
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runTeamsBench((line) => process.stdout.write(`${line}\n`)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
