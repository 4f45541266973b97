import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePlugin } from '../../adapters/web/console/plugin.js';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

let running: RunningAssistant;
const logs: Array<{ level: number; msg: string; err?: unknown; type?: string }> = [];

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'warn' });
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  running = await serve(config, logger, [webChatPlugin, consolePlugin], { inMemory: true });
}, 60_000);
afterAll(async () => running?.stop());

/**
 * Sends a request byte for byte and reads the status line. With `cut`, the body stops after that many
 * bytes and the client closes its side: a request cut off mid-way.
 */
function raw(path: string, headers: Record<string, string>, body: Buffer | string, cut?: number): Promise<number> {
  const { port } = new URL(running.url);
  const bytes = Buffer.from(body);
  const head = [`POST ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Content-Length: ${bytes.length}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    if (cut === undefined) socket.write(bytes);
    else socket.end(bytes.subarray(0, cut));
  });
}

const question = JSON.stringify({ messageId: randomUUID(), conversationId: randomUUID().replace(/-/g, ''), text: 'ما هي أهداف عملية التشاور؟' });
const manyFields = Array.from({ length: 1001 }, (_, i) => `f${i}=${i}`).join('&');
const CASES: Array<[string, string, Record<string, string>, string, number, number?]> = [
  ['chat: an unknown charset', '/api/chat/messages', { 'Content-Type': 'application/json; charset=klingon' }, question, 415],
  ['chat: gzip that is not gzip', '/api/chat/messages', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, question, 400],
  ['chat: an unknown encoding', '/api/chat/messages', { 'Content-Type': 'application/json', 'Content-Encoding': 'x-lzma' }, question, 415],
  ['chat: a body cut off mid-way', '/api/chat/messages', { 'Content-Type': 'application/json' }, question, 400, 20],
  ['console: an unknown charset', '/console/signin', { 'Content-Type': 'application/x-www-form-urlencoded; charset=klingon' }, 'email=a&password=b', 415],
  ['console: gzip that is not gzip', '/console/signin', { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': 'gzip' }, 'email=a&password=b', 400],
  ['console: an unknown encoding', '/console/signin', { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': 'x-lzma' }, 'email=a', 415],
  ['console: more than 1000 form fields', '/console/signin', { 'Content-Type': 'application/x-www-form-urlencoded' }, manyFields, 413],
  ['console: a body cut off mid-way', '/console/signin', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'email=focal%40example.test&password=x', 400, 9],
];

describe('request bodies the parsers refuse', () => {
  it.each(CASES)('%s: answered with a 4xx, logged once at warn without a stack', async (_name, path, headers, body, status, cut) => {
    const before = logs.length;
    expect(await raw(path, headers, body, cut)).toBe(status);
    await new Promise((r) => setImmediate(r));
    const lines = logs.slice(before);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect(lines.filter((l) => l.msg === 'request body refused')).toHaveLength(1);
    expect(lines.every((l) => l.err === undefined)).toBe(true);
  });

  it('still answers a well-formed question afterwards', async () => {
    expect(await raw('/api/chat/messages', { 'Content-Type': 'application/json' }, JSON.stringify({ messageId: randomUUID(), conversationId: randomUUID().replace(/-/g, ''), text: 'What is the ARCP?' }))).toBe(200);
  });
});
