/**
 * Replicas benchmark (`npm run bench -- replicas`): answers per second and p95 latency of the web chat
 * API on loopback, for one replica on SQLite, one on PostgreSQL, and two on PostgreSQL behind a
 * round-robin proxy. Each replica is a real `arcp serve` process (its own index, built from the sample
 * corpus at start-up); PostgreSQL is a private cluster started for the run. Closed loop: C conversations
 * each asking its next question as soon as the last was answered, a fixed number of questions in all.
 */
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, serveArcp, type ArcpServing } from '../../tests/support/arcp-process.js';
import { PostgresCluster } from '../../tests/support/postgres-cluster.js';
import { SAMPLE_CORPUS } from '../../tests/support/test-app.js';
import { startRoundRobinProxy } from '../replicas/round-robin-proxy.js';
import { percentile } from './open-loop.js';

const CONVERSATIONS = 8;
const QUESTIONS_IN_ALL = 240;
const QUESTIONS = [
  'What is the Arab position on the Global Compact for Migration?',
  'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟',
  'What did the 2016 final statement say about the return of refugees?',
  'ما هي أهداف عملية التشاور العربية الإقليمية؟',
];

interface Row {
  setup: string;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
}

async function load(url: string, setup: string): Promise<Row> {
  let sent = 0;
  let errors = 0;
  const latencies: number[] = [];
  const start = performance.now();
  const conversation = async (c: number) => {
    const conversationId = `bench${c}${Date.now()}`;
    while (sent < QUESTIONS_IN_ALL) {
      const n = sent++;
      const t0 = performance.now();
      const res = await fetch(`${url}/api/chat/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messageId: `${conversationId}-${n}`, conversationId, text: QUESTIONS[n % QUESTIONS.length] }),
      }).catch(() => undefined);
      if (!res?.ok) errors++;
      await res?.arrayBuffer();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)));
  const ms = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return { setup, perSecond: (latencies.length / ms) * 1000, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}

async function replica(env: Record<string, string>): Promise<ArcpServing> {
  const cwd = mkdtempSync(join(tmpdir(), 'arcp-bench-replica-'));
  return serveArcp({ cwd, env: { PORT: String(await freePort()), ARCP_CORPUS_DIR: SAMPLE_CORPUS, ARCP_DATA_DIR: join(cwd, 'data'), ...env } });
}

async function measure(setup: string, envs: Record<string, string>[]): Promise<Row> {
  const replicas = await Promise.all(envs.map(replica));
  const proxy = replicas.length > 1 ? await startRoundRobinProxy(replicas.map((r) => r.url)) : undefined;
  try {
    const url = proxy?.url ?? replicas[0].url;
    await load(url, 'warm-up');
    return await load(url, setup);
  } finally {
    await proxy?.close();
    await Promise.all(replicas.map((r) => r.stop()));
  }
}

export async function runReplicasBench(log: (line: string) => void): Promise<void> {
  const cluster = await PostgresCluster.start(Number(process.env.ARCP_BENCH_PG_PORT ?? 16434));
  try {
    const pg = { DATABASE_URL: cluster.url };
    const rows = [
      await measure('1 replica, SQLite', [{}]),
      await measure('1 replica, PostgreSQL', [pg]),
      await measure('2 replicas, PostgreSQL, round-robin proxy', [pg, pg]),
    ];
    log(`${CONVERSATIONS} conversations, closed loop, ${QUESTIONS_IN_ALL} questions per setup (after as many to warm up), web chat API on loopback, ${availableParallelism()} cores`);
    log('| setup | answers/s | p50 ms | p95 ms | errors |');
    log('|---|---:|---:|---:|---:|');
    for (const r of rows) log(`| ${r.setup} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors} |`);
  } finally {
    await cluster.stop();
  }
}

