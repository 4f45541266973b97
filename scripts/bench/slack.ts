import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { slackPlugin } from '../../adapters/slack/plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve } from '../../src/main.js';
import { FakeSlackApi, FAKE_TEAM } from '../../tests/fixtures/slack/fake-slack-api.js';
import { mentionEvent } from '../../tests/fixtures/slack/payloads.js';
import { postEvent, SIGNING_SECRET } from '../../tests/fixtures/slack/signing.js';
import { SAMPLE_CORPUS } from '../../tests/support/test-app.js';

/**
 * Slack on loopback: signed `app_mention` events posted to the running server (real Bolt receiver, real
 * core over the sample corpus), timed from the request until the answer's chat.postMessage reaches the
 * local fake Web API. The server runs in a child process, so that its work does not delay the client's
 * clock or the fake's. Bounded counts; nothing leaves 127.0.0.1.
 */
const QUESTIONS = [
  'ما هي أهداف عملية التشاور العربية الإقليمية؟',
  'What is the Arab position on the Global Compact for Migration?',
  'ماذا ورد في البيان الختامي لعام 2016 بشأن عودة اللاجئين؟',
  'How has the position on climate-induced migration evolved?',
  'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة؟',
  'What did the 2016 final statement say about the return of refugees?',
];

interface Row {
  scenario: string;
  events: number;
  concurrency: number;
  perSecond: number;
  ackP95: number;
  p50: number;
  p95: number;
  max: number;
}

export async function runSlackBench(log: (line: string) => void): Promise<void> {
  const fake = await FakeSlackApi.start();
  const server = await startServer(fake.url);
  const url = `${server.url}/slack/events`;
  try {
    await scenario(url, fake, { name: 'warm-up', events: 30, concurrency: 1, text: (i) => QUESTIONS[i % QUESTIONS.length] });
    const latency = [
      await scenario(url, fake, { name: 'help (channel cost, trivial turn)', events: 300, concurrency: 1, text: () => 'help' }),
      await scenario(url, fake, { name: 'question → cited answer', events: 300, concurrency: 1, text: (i) => QUESTIONS[i % QUESTIONS.length] }),
    ];
    const load = await scenario(url, fake, { name: 'question → cited answer', events: 400, concurrency: 8, text: (i) => QUESTIONS[i % QUESTIONS.length] });
    log('Slack: signed app_mention → chat.postMessage at the fake Web API (loopback, server in its own process, ms)');
    log(table([...latency, load]));
    const worst = Math.max(...latency.map((r) => r.p95));
    log(`p95 request → chat.postMessage, one event at a time: ${worst.toFixed(1)} ms (target < 50 ms): ${worst < 50 ? 'met' : 'NOT met'}`);
    log(`8 at a time: ${load.perSecond.toFixed(0)} events/s; the core's turn is CPU-bound on one thread, so concurrent events queue (p95 ${load.p95.toFixed(0)} ms) while Slack is still acknowledged in ${load.ackP95.toFixed(1)} ms (p95).`);
  } finally {
    await server.stop();
    await fake.close();
  }
}

/** The server with the Slack plugin, in a child process started from this same file. */
async function startServer(fakeUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), SERVE_FLAG, fakeUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    lines.on('line', (line) => line.startsWith('READY ') && resolve(line.slice(6)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const SERVE_FLAG = '--slack-bench-server';

async function serveForBench(fakeUrl: string): Promise<void> {
  const config = loadConfig({
    PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fakeUrl,
  });
  const running = await serve(config, silentLogger(), [slackPlugin], { inMemory: true });
  process.once('SIGTERM', () => void running.stop().finally(() => process.exit(0)));
  console.log(`READY ${running.url}`);
}

async function scenario(url: string, fake: FakeSlackApi, s: { name: string; events: number; concurrency: number; text: (i: number) => string }): Promise<Row> {
  const latencies: number[] = [];
  const acks: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < s.events) {
      const i = next++;
      const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ${s.text(i)}` });
      const sent = performance.now();
      const answered = fake.waitFor('chat.postMessage', (a) => a.thread_ts === event.event.ts, 30_000);
      const res = await postEvent(url, event);
      acks.push(performance.now() - sent);
      if (res.status !== 200) throw new Error(`event refused: HTTP ${res.status}`);
      latencies.push((await answered).at - sent);
    }
  };
  await Promise.all(Array.from({ length: s.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  fake.reset();
  return { scenario: s.name, events: s.events, concurrency: s.concurrency, perSecond: s.events / seconds, ackP95: pct(acks, 95), p50: pct(latencies, 50), p95: pct(latencies, 95), max: Math.max(...latencies) };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function table(rows: Row[]): string {
  const head = ['scenario', 'events', 'conc.', 'events/s', 'ack p95', 'p50', 'p95', 'max'];
  const body = rows.map((r) => [r.scenario, String(r.events), String(r.concurrency), r.perSecond.toFixed(0), r.ackP95.toFixed(1), r.p50.toFixed(1), r.p95.toFixed(1), r.max.toFixed(1)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === SERVE_FLAG) await serveForBench(process.argv[3]);
  else await runSlackBench((line) => console.log(line));
}
