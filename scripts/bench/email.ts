import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ImapFlow } from 'imapflow';
import { emailPlugin } from '../../adapters/email/plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve } from '../../src/main.js';
import { Dovecot, dovecotInstalled, emailEnv, folderContents, IMAP_PORT, SECRETARIAT, simpleMail, SmtpSink, waitFor } from '../../tests/fixtures/email/harness.js';
import { SAMPLE_CORPUS } from '../../tests/support/test-app.js';

/**
 * Email end to end on loopback: messages APPENDed to a private Dovecot, picked up by the assistant (IDLE),
 * answered through the outbound queue, received by an SMTP sink. Latency is from the completed APPEND to the
 * reply at the sink. The assistant runs in its own process, so its work does not delay the clocks here.
 */
const QUESTIONS = [
  'ما هي أهداف عملية التشاور العربية الإقليمية؟',
  'What is the Arab position on the Global Compact for Migration?',
  'ماذا ورد في البيان الختامي لعام 2016 بشأن عودة اللاجئين؟',
  'How has the position on climate-induced migration evolved?',
  'We would like to register our delegation of three members for the next ARCP meeting.',
  'ما هو الموقف العربي من الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية؟',
];
const BURST = 500;
const PACED = 100;
const PACED_PER_SECOND = 10;
const TARGET_PER_SECOND = 20;

interface Row {
  scenario: string;
  messages: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
  twice: number;
  lost: number;
}

export async function runEmailBench(log: (line: string) => void): Promise<void> {
  if (!dovecotInstalled()) {
    log('Email: skipped (the dovecot binary is not installed; scripts/install-system-deps.sh installs it)');
    return;
  }
  const dovecot = await Dovecot.start();
  const sink = await new SmtpSink().start();
  const dataDir = await mkdtemp(join(tmpdir(), 'arcp-email-bench-'));
  const server = await startServer(emailEnv({ dataDir, smtpPort: sink.port, corpusDir: SAMPLE_CORPUS }, { EMAIL_ALLOWLIST: '*' }));
  const imap = new ImapFlow({ host: '127.0.0.1', port: IMAP_PORT, secure: false, doSTARTTLS: false, auth: SECRETARIAT, logger: false, disableAutoIdle: true });
  await imap.connect();
  try {
    const run = (name: string, count: number, perSecond?: number) => scenario({ imap, sink, name, count, perSecond });
    await run('warm-up', 20);
    const rows = [await run(`burst: ${BURST} appended at once`, BURST), await run(`paced: ${PACED} at ${PACED_PER_SECOND}/s`, PACED, PACED_PER_SECOND)];
    const inbox = (await folderContents('INBOX')).length;
    const sent = (await folderContents('Sent')).length;
    log('Email: APPEND to Dovecot → reply at the SMTP sink (loopback, assistant in its own process, ms)');
    log(table(rows));
    const burst = rows[0];
    const clean = rows.every((r) => r.twice === 0 && r.lost === 0) && inbox === 0;
    log(`throughput ${burst.perSecond.toFixed(1)} messages/s (target ≥ ${TARGET_PER_SECOND}): ${burst.perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'}; ` +
      `answered twice: ${rows.reduce((s, r) => s + r.twice, 0)}, lost: ${rows.reduce((s, r) => s + r.lost, 0)}, left in INBOX: ${inbox}, copies in Sent: ${sent}: ${clean ? 'OK' : 'NOT OK'}`);
  } finally {
    await imap.logout().catch(() => imap.close());
    await server.stop();
    await sink.stop();
    await dovecot.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

let sequence = 0;

async function scenario(o: { imap: ImapFlow; sink: SmtpSink; name: string; count: number; perSecond?: number }): Promise<Row> {
  const appendedAt = new Map<string, number>();
  const ids = Array.from({ length: o.count }, () => `bench-${++sequence}@mofa.example.test`);
  const started = performance.now();
  for (const [i, id] of ids.entries()) {
    if (o.perSecond) await sleepUntil(started + (i * 1000) / o.perSecond);
    const raw = simpleMail({ from: `delegate${i % 40}@mofa.example.test`, subject: `Question ${i}`, messageId: id, body: QUESTIONS[i % QUESTIONS.length] });
    await o.imap.append('INBOX', raw);
    appendedAt.set(id, performance.now());
  }
  const replied = () => ids.filter((id) => o.sink.inReplyTo(id).length > 0).length;
  await waitFor(`${o.count} replies`, () => replied() === o.count, 120_000).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 1000));
  const latencies: number[] = [];
  let last = started;
  for (const id of ids) {
    const at = o.sink.receivedAt(id);
    if (at !== undefined) {
      latencies.push(at - appendedAt.get(id)!);
      last = Math.max(last, at);
    }
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return {
    scenario: o.name,
    messages: o.count,
    perSecond: (latencies.length * 1000) / (last - started),
    p50: pct(0.5),
    p95: pct(0.95),
    max: latencies.at(-1) ?? NaN,
    twice: ids.filter((id) => o.sink.inReplyTo(id).length > 1).length,
    lost: ids.filter((id) => o.sink.inReplyTo(id).length === 0).length,
  };
}

function table(rows: Row[]): string {
  const head = ['scenario', 'messages', 'msg/s', 'p50', 'p95', 'max', 'twice', 'lost'];
  const body = rows.map((r) => [r.scenario, String(r.messages), r.perSecond.toFixed(1), r.p50.toFixed(0), r.p95.toFixed(0), r.max.toFixed(0), String(r.twice), String(r.lost)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function sleepUntil(t: number): Promise<void> {
  const ms = t - performance.now();
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

/** The assistant with the email channel, in a child process started from this same file. */
async function startServer(env: Record<string, string | undefined>): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), SERVE_FLAG], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    lines.on('line', (line) => line === 'READY' && resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const SERVE_FLAG = '--email-bench-server';

if (process.argv.includes(SERVE_FLAG) && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await serve(loadConfig(process.env), silentLogger(), [emailPlugin]);
  process.once('SIGTERM', () => void running.stop().then(() => process.exit(0)));
  process.stdout.write('READY\n');
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runEmailBench((line) => console.log(line));
}
