import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mentionEvent, slashCommand } from '../../tests/fixtures/slack/payloads.js';
import { signature, SIGNING_SECRET } from '../../tests/fixtures/slack/signing.js';
import { rawRequest, type Answer } from './http.js';
import { mutate, oddValue, type Random } from './random.js';

export interface Target {
  url: string;
  /** Where Teams replies go: a loopback stand-in for the Bot Connector. */
  connectorUrl: string;
  repoRoot: string;
}

export interface HttpCase {
  kind: string;
  send(): Promise<Answer>;
  /** For requests that were accepted: whether what was sent can be found again (false = lost). */
  kept?: (answer: Answer) => Promise<boolean>;
}

const json = { 'Content-Type': 'application/json' };
const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
const conversation = () => randomUUID().replace(/-/g, '');

function chatCases(t: Target, r: Random): HttpCase[] {
  const post = (headers: Record<string, string>, body: Buffer | string, cut?: number) => () =>
    rawRequest(t.url, { path: '/api/chat/messages', headers, body: Buffer.from(body), cut });
  const question = () => JSON.stringify({ messageId: randomUUID(), conversationId: conversation(), text: r.pick(QUESTIONS) });
  const valid = (): HttpCase => {
    const conversationId = conversation();
    const body = JSON.stringify({ messageId: randomUUID(), conversationId, text: `${r.pick(QUESTIONS)} ${String(oddValue(r)).slice(0, 200)}` });
    return {
      kind: 'chat: question with odd characters',
      send: post(json, body),
      kept: async (a) => {
        if (a.status !== 200) return true;
        const res = await fetch(`${t.url}/api/chat/conversations/${conversationId}/messages?after=0`);
        const { messages } = (await res.json()) as { messages: Array<{ direction: string }> };
        return messages.some((m) => m.direction === 'in');
      },
    };
  };
  return [
    { kind: 'chat: random bytes as JSON', send: post(json, r.bytes(1 + r.int(2000))) },
    { kind: 'chat: unknown charset', send: post({ 'Content-Type': `application/json; charset=x-${r.int(1e6)}` }, question()) },
    { kind: 'chat: gzip that is not gzip', send: post({ ...json, 'Content-Encoding': 'gzip' }, question()) },
    { kind: 'chat: gzip of garbage', send: post({ ...json, 'Content-Encoding': 'gzip' }, gzipSync(r.bytes(500))) },
    { kind: 'chat: unknown encoding', send: post({ ...json, 'Content-Encoding': 'x-zz' }, question()) },
    { kind: 'chat: body cut off', send: post(json, question(), 1 + r.int(20)) },
    { kind: 'chat: fields of the wrong type', send: post(json, JSON.stringify(mutate({ messageId: randomUUID(), conversationId: conversation(), text: 'hello' }, r))) },
    { kind: 'chat: body over the limit', send: post(json, JSON.stringify({ messageId: randomUUID(), conversationId: conversation(), text: 'ب'.repeat(70_000) })) },
    valid(),
  ];
}

function consoleCases(t: Target, r: Random): HttpCase[] {
  const post = (headers: Record<string, string>, body: string, cut?: number) => () =>
    rawRequest(t.url, { path: '/console/signin', headers, body: Buffer.from(body), cut });
  return [
    { kind: 'console: 1001 form fields', send: post(form, Array.from({ length: 1001 }, (_, i) => `f${i}=${i}`).join('&')) },
    { kind: 'console: unknown charset', send: post({ 'Content-Type': 'application/x-www-form-urlencoded; charset=x-klingon' }, 'email=a&password=b') },
    { kind: 'console: gzip that is not gzip', send: post({ ...form, 'Content-Encoding': 'gzip' }, 'email=a&password=b') },
    { kind: 'console: body cut off', send: post(form, 'email=focal%40example.test&password=secret', 1 + r.int(10)) },
    { kind: 'console: odd JSON', send: post(json, JSON.stringify(oddValue(r)) ?? 'null') },
  ];
}

function teamsCases(t: Target, r: Random): HttpCase[] {
  const base = JSON.parse(readFileSync(join(t.repoRoot, 'tests', 'fixtures', 'teams', 'emulator-message.json'), 'utf8')) as Record<string, unknown>;
  const activity = () => ({ ...base, id: randomUUID(), serviceUrl: t.connectorUrl, conversation: { id: conversation() }, text: r.pick(QUESTIONS) });
  const post = (body: Buffer | string) => () => rawRequest(t.url, { path: '/api/messages', headers: json, body: Buffer.from(body) });
  return [
    { kind: 'teams: activity with one odd field', send: post(JSON.stringify(mutate(activity(), r))) },
    { kind: 'teams: entities [null]', send: post(JSON.stringify({ ...activity(), entities: [null] })) },
    { kind: 'teams: membersAdded [null]', send: post(JSON.stringify({ ...activity(), type: 'conversationUpdate', membersAdded: [null] })) },
    { kind: 'teams: random bytes', send: post(r.bytes(1 + r.int(1000))) },
    { kind: 'teams: odd JSON', send: post(JSON.stringify(oddValue(r)) ?? 'null') },
  ];
}

function slackCases(t: Target, r: Random): HttpCase[] {
  const signed = (body: string, contentType = 'application/json') => () => {
    const ts = Math.floor(Date.now() / 1000);
    return rawRequest(t.url, {
      path: '/slack/events',
      headers: { 'Content-Type': contentType, 'X-Slack-Request-Timestamp': String(ts), 'X-Slack-Signature': signature(SIGNING_SECRET, ts, body) },
      body: Buffer.from(body),
    });
  };
  const mention = () => mentionEvent({ text: `<@U0ARCPBOT> ${r.pick(QUESTIONS)}`, channel: `C0FUZZ${r.int(1000)}` });
  return [
    { kind: 'slack: signed event with one odd field', send: signed(JSON.stringify(mutate(mention(), r))) },
    { kind: 'slack: signed event, channel null', send: signed(JSON.stringify({ ...mention(), event: { ...mention().event, channel: null } })) },
    { kind: 'slack: signed random bytes', send: signed(r.bytes(1 + r.int(500)).toString('latin1')) },
    { kind: 'slack: signed command with odd fields', send: signed(new URLSearchParams(mutate(slashCommand(r.pick(QUESTIONS)), r) as Record<string, string>).toString(), 'application/x-www-form-urlencoded') },
    { kind: 'slack: unsigned event', send: () => rawRequest(t.url, { path: '/slack/events', headers: json, body: Buffer.from(JSON.stringify(mention())) }) },
  ];
}

const QUESTIONS = [
  'ما هي أهداف عملية التشاور العربية الإقليمية؟',
  'What is the Arab position on the Global Compact for Migration?',
  'متى عقد الاجتماع الأخير؟',
  'help',
];

/** One round of every HTTP kind; the fuzz runs several rounds with the same generator. */
export function httpRound(t: Target, r: Random): HttpCase[] {
  return [...chatCases(t, r), ...consoleCases(t, r), ...teamsCases(t, r), ...slackCases(t, r)];
}
