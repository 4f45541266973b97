/**
 * `npm run fuzz`: a bounded, seeded run of malformed input against a running server, on loopback only.
 * HTTP bodies (web chat, console), Teams activities and signed Slack events go to an `arcp serve` child
 * process (Slack's API and the Bot Connector are loopback stand-ins); MIME messages and documents go
 * through the email parser and the ingester. Prints the kinds tried, the 5xx answers, the crashes and
 * the lost items, and exits 1 unless all three are 0. `--seed N` replays a run, `--rounds N` sizes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FakeSlackApi } from '../../tests/fixtures/slack/fake-slack-api.js';
import { SIGNING_SECRET } from '../../tests/fixtures/slack/signing.js';
import { httpRound, type Target } from './cases.js';
import { fuzzDocuments, fuzzMime, type OfflineResult } from './offline.js';
import { Random } from './random.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { seed: { type: 'string', default: '14' }, rounds: { type: 'string', default: '8' } } });
const seed = Number(values.seed);
const rounds = Number(values.rounds);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The Bot Connector as the bot sees it: every reply accepted. */
function fakeConnector(): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${Date.now()}` })));
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  const url = await listen(s);
  await new Promise((ok) => s.close(ok));
  return Number(new URL(url).port);
}

async function startServer(root: string, slackApi: string): Promise<{ child: ChildProcess; url: string; exited: () => boolean; errors: string[] }> {
  const corpus = join(root, 'corpus');
  await mkdir(corpus);
  await writeFile(join(corpus, 'arcp.md'), '---\nid: arcp-note\ntitle: {ar: عملية التشاور, en: ARCP}\ntype: reference\ndate: 2020\nlanguage: [ar, en]\nstatus: unreviewed\n---\nتهدف عملية التشاور العربية الإقليمية إلى تعزيز الحوار والتعاون بين الدول الأعضاء في مجال الهجرة واللجوء.\n\nThe Arab Regional Consultative Process aims to strengthen dialogue and cooperation on migration.\n');
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
    ARCP_DATA_DIR: join(root, 'data'), ARCP_CORPUS_DIR: corpus, TEAMS_ENABLED: 'true',
    SLACK_BOT_TOKEN: 'xoxb-fuzz', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slackApi,
  };
  const child = spawn(process.execPath, [join(REPO, 'bin', 'arcp.mjs'), 'serve'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  const errors: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (/"level":(50|60)/.test(line)) errors.push(line.slice(0, 300));
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240 && !exited; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { child, url, exited: () => exited, errors };
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error('the server did not start');
}

async function main(): Promise<number> {
  const started = Date.now();
  const root = await mkdtemp(join(tmpdir(), 'arcp-fuzz-'));
  const slack = await FakeSlackApi.start();
  const connector = fakeConnector();
  const connectorUrl = await listen(connector);
  const server = await startServer(root, slack.url);
  const r = new Random(seed);
  const target: Target = { url: server.url, connectorUrl, repoRoot: REPO };
  const kinds = new Set<string>();
  const fivexx: string[] = [];
  const crashes: string[] = [];
  const lost: string[] = [];
  let cases = 0;
  for (let round = 0; round < rounds && !server.exited(); round++) {
    for (const c of httpRound(target, r)) {
      kinds.add(c.kind);
      cases++;
      const answer = await c.send();
      if (server.exited()) {
        crashes.push(`${c.kind}: the server process ended`);
        break;
      }
      if (answer.status >= 500) fivexx.push(`${c.kind}: ${answer.status} ${answer.body.slice(0, 120)}`);
      if (c.kept && !(await c.kept(answer))) lost.push(`${c.kind}: accepted, not in the transcript`);
    }
  }
  if (!server.exited() && !(await fetch(`${server.url}/healthz`).then((x) => x.ok, () => false))) crashes.push('healthz: no answer after the run');
  const stopped = new Promise<number | null>((ok) => (server.exited() ? ok(server.child.exitCode) : server.child.once('exit', (code) => ok(code))));
  server.child.kill('SIGTERM');
  const code = await stopped;
  if (code !== 0 && code !== null) crashes.push(`the server exited with code ${code} when stopped`);
  const offline: OfflineResult = { kinds: [], cases: 0, crashes: [], lost: [] };
  await fuzzMime(REPO, r, rounds * 8, offline);
  await fuzzDocuments(root, r, 20, offline);
  offline.kinds.forEach((k) => kinds.add(k));
  cases += offline.cases;
  crashes.push(...offline.crashes);
  lost.push(...offline.lost);
  await slack.close();
  await new Promise((ok) => connector.close(ok));
  await rm(root, { recursive: true, force: true });

  console.log(`fuzz: seed ${seed}, ${rounds} rounds, ${cases} cases of ${kinds.size} kinds in ${((Date.now() - started) / 1000).toFixed(0)} s (loopback only)`);
  for (const k of [...kinds].sort()) console.log(`  ${k}`);
  for (const line of [...fivexx, ...crashes, ...lost]) console.log(`  ✗ ${line}`);
  if (server.errors.length > 0) console.log(`  server log lines at error level: ${server.errors.length} (first: ${server.errors[0]})`);
  console.log(`5xx: ${fivexx.length}, crashes: ${crashes.length}, lost: ${lost.length}`);
  return fivexx.length + crashes.length + lost.length === 0 ? 0 : 1;
}

process.exitCode = await main().catch((err: unknown) => {
  console.error(`fuzz: ${(err as Error).stack ?? err}`);
  return 2;
});
