/**
 * Teams benchmark: requests per second and latency of `POST /api/messages` on loopback, answer path
 * included: the core answers from the sample corpus and the bot posts its card to a local connector
 * before the request completes. Target: p95 < 50 ms at 50 concurrent conversations.
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
import type { MessageHandler, OutboundReply } from '../../src/channel/types.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve } from '../../src/main.js';
import { FakeConnector } from '../../tests/fixtures/teams/fake-connector.js';

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

const RUNS: Run[] = [
  { conversations: 1, perConversation: 40 },
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Worker side: the conversations, each sending its questions one after another. */
async function drive(serverUrl: string, connector: FakeConnector, run: Run, tag: string): Promise<RunResult> {
  connector.clear();
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: run.conversations }, async (_, c) => {
      for (let n = 0; n < run.perConversation; n++) {
        const body = JSON.stringify(activity(connector.url, `${tag}${c}`, n, QUESTIONS[(c + n) % QUESTIONS.length]));
        const t0 = performance.now();
        const res = await fetch(`${serverUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) errors++;
      }
    }),
  );
  const ms = performance.now() - start;
  const answers = connector.calls.filter((c) => c.route === 'reply' && c.responseId && JSON.stringify(c.body).includes('"arcp":"feedback"')).length;
  return { latencies: latencies.sort((a, b) => a - b), errors, ms, answers };
}

async function driverMain(): Promise<void> {
  const connector = await FakeConnector.start();
  parentPort!.on('message', async (msg: { type: 'run' | 'stop'; serverUrl?: string; run?: Run; tag?: string }) => {
    if (msg.type === 'stop') {
      await connector.close();
      parentPort!.close();
      return;
    }
    parentPort!.postMessage(await drive(msg.serverUrl!, connector, msg.run!, msg.tag!));
  });
  parentPort!.postMessage({ connectorUrl: connector.url });
}

function startDriver(): { worker: Worker; ready: Promise<string>; run: (serverUrl: string, run: Run, tag: string) => Promise<RunResult> } {
  // The worker runs this same TypeScript file: it registers tsx's loader first, as bin/arcp.mjs does.
  const entry = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(entry, { eval: true, workerData: { role: DRIVER } });
  const next = <T>() => new Promise<T>((resolveMsg, reject) => {
    worker.once('message', resolveMsg);
    worker.once('error', reject);
  });
  const ready = next<{ connectorUrl: string }>().then((m) => m.connectorUrl);
  return { worker, ready, run: (serverUrl, run, tag) => { const result = next<RunResult>(); worker.postMessage({ type: 'run', serverUrl, run, tag }); return result; } };
}

export async function runTeamsBench(log: (line: string) => void): Promise<void> {
  const driver = startDriver();
  await driver.ready;
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', TEAMS_ENABLED: 'true', ARCP_CORPUS_DIR: join(repoRoot, 'corpus') });
  const running = await serve(config, silentLogger(), [teamsPlugin], { inMemory: true });
  const assistant = running.app.assistant as unknown as { handle: MessageHandler };
  const realHandle = assistant.handle;
  try {
    await driver.run(running.url, { conversations: 4, perConversation: 5 }, 'warm');
    log('Teams: POST /api/messages on loopback; each request completes once its reply card reached the local connector');
    log('| path | concurrent conversations | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | cited answers posted |');
    log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const paths: [string, MessageHandler][] = [['answer path (core + Teams)', realHandle], ['Teams path only (fixed answer)', async () => ({ ...CANNED })]];
    for (const [p, [name, handle]] of paths.entries()) {
      assistant.handle = handle;
      for (const [i, run] of RUNS.entries()) {
        const r = await driver.run(running.url, run, `p${p}r${i}-`);
        const f = (v: number) => v.toFixed(1);
        log(`| ${name} | ${run.conversations} | ${r.latencies.length} | ${r.errors} | ${f((r.latencies.length / r.ms) * 1000)} | ${f(percentile(r.latencies, 50))} | ${f(percentile(r.latencies, 95))} | ${f(percentile(r.latencies, 99))} | ${f(r.latencies.at(-1)!)} | ${r.answers} |`);
      }
    }
    log('target: p95 < 50 ms at 50 concurrent conversations (answer path)');
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
