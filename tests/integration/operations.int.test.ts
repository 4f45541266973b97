import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

/** Log lines as JSON objects, written by the product's own logger. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write(chunk, _enc, cb) { lines.push(...String(chunk).trim().split('\n').map((l) => JSON.parse(l))); cb(); } });
  return { logger: createLogger('info', sink), lines };
}

const start = (logger = capturedLogger().logger) =>
  serve(loadConfig({ PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'info' }), logger, [webChatPlugin], { inMemory: true });

const ask = (url: string, text: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/chat/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ messageId: randomUUID(), conversationId: randomUUID().replace(/-/g, ''), text }),
  });

describe('what an IT team operates: /metrics, /readyz, request ids', () => {
  let running: RunningAssistant;
  const { logger, lines } = capturedLogger();
  beforeAll(async () => {
    running = await start(logger);
  });
  afterAll(async () => running?.stop());

  it('is ready when its database answers and its index has passages; /healthz stays apart', async () => {
    const res = await fetch(`${running.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, database: 'ok', index: 'ok', store: 'sqlite', draining: false });
    expect((await (await fetch(`${running.url}/healthz`)).json()).status).toBe('ok');
  });

  it('counts turns by channel and kind, times them, and reports queue depth, dead letters, SLA breaches and the index size', async () => {
    expect((await ask(running.url, 'ما هي أهداف عملية التشاور العربية الإقليمية؟')).status).toBe(200);
    const res = await fetch(`${running.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^arcp_turns_total\{channel="web",kind="answer"\} 1$/m);
    expect(text).toMatch(/^arcp_turn_duration_seconds_count\{channel="web"\} 1$/m);
    expect(text).toMatch(/^arcp_delivery_queue_depth 0$/m);
    expect(text).toMatch(/^arcp_delivery_dead_letters 0$/m);
    expect(text).toMatch(/^arcp_tickets_sla_breached 0$/m);
    expect(Number(/^arcp_index_passages (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(50);
    expect(Number(/^arcp_index_documents (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(10);
    // The index reflects the ledger it was built from: its generation is the ledger's.
    const generation = Number(/^arcp_index_generation (\d+)$/m.exec(text)?.[1]);
    expect(generation).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`^arcp_ingest_generation ${generation}$`, 'm'));
    // No email channel in this process: no intake lag reported.
    expect(text).not.toMatch(/^arcp_email_intake_seconds_since_scan/m);
  });

  it("carries the caller's request id into the response and the turn's log lines; makes one up otherwise", async () => {
    const res = await ask(running.url, 'What are the objectives of the ARCP?', { 'x-request-id': 'lb-7f3a-42' });
    expect(res.headers.get('x-request-id')).toBe('lb-7f3a-42');
    expect(lines.find((l) => l.msg === 'replied' && l.requestId === 'lb-7f3a-42')).toMatchObject({ channel: 'web' });
    const other = await ask(running.url, 'What is the ARCP?', { 'x-request-id': 'not a token; <script>' });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a graceful stop', () => {
  it('lets a turn under way finish and reply, while refusing new connections', async () => {
    const running = await start();
    const engine = running.app.engine;
    const search = engine.search.bind(engine);
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inTurn = new Promise<void>((r) => (entered = r));
    engine.search = async (...args) => {
      entered();
      await gate;
      return search(...args);
    };
    const reply = ask(running.url, 'ما هي أهداف عملية التشاور العربية الإقليمية؟');
    await inTurn;
    const stopped = running.stop();
    await expect(fetch(`${running.url}/readyz`)).rejects.toThrow();
    release();
    const res = await reply;
    expect(res.status).toBe(200);
    expect((await res.json()).reply.kind).toBe('answer');
    await stopped;
  });
});
