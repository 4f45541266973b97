import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatPlugin } from '../../adapters/web/web-plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { serve, type RunningAssistant } from '../../src/main.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

describe('the local web chat over HTTP', () => {
  let running: RunningAssistant;
  const conversationId = randomUUID().replace(/-/g, '');

  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent' });
    running = await serve(config, silentLogger(), [webChatPlugin], { inMemory: true });
  });
  afterAll(async () => running?.stop());

  const post = (body: unknown) =>
    fetch(`${running.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('serves health and the chat page', async () => {
    const health = await (await fetch(`${running.url}/healthz`)).json();
    expect(health.status).toBe('ok');
    expect(health.passages).toBeGreaterThan(50);
    const page = await fetch(`${running.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('dir="rtl"');
  });

  it('answers an Arabic question in Arabic with citations', async () => {
    const res = await post({ messageId: randomUUID(), conversationId, text: 'ما هي أهداف عملية التشاور العربية الإقليمية؟' });
    expect(res.status).toBe(200);
    const { reply } = await res.json();
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('ar');
    expect(reply.citations[0]).toMatchObject({ n: 1, documentId: expect.any(String), title: expect.any(String) });
  });

  it('keeps the transcript the page polls for later replies', async () => {
    const res = await fetch(`${running.url}/api/chat/conversations/${conversationId}/messages?after=0`);
    const { messages } = await res.json();
    expect(messages.map((m: { direction: string }) => m.direction)).toEqual(['in', 'out']);
  });

  it('"Ask the secretariat" under an earlier answer opens a ticket for that answer\'s question', async () => {
    const chat = randomUUID().replace(/-/g, '');
    const ask = async (body: Record<string, unknown>) => (await (await post({ messageId: randomUUID(), conversationId: chat, ...body })).json()).reply;
    const first = await ask({ text: 'What are the objectives of the ARCP?' });
    await ask({ text: 'What is the Arab position on the Global Compact for Migration?' });
    const ticket = await ask({ text: '', action: { type: 'ask-secretariat', replyId: first.replyId } });
    expect(ticket.kind).toBe('ticket');
    expect((await running.app.tickets.get(ticket.ticketId))?.question).toBe('What are the objectives of the ARCP?');
  });

  it('answers a resent message with the same reply, once', async () => {
    const body = { messageId: randomUUID(), conversationId, text: 'What is the ARCP?' };
    const [a, b] = await Promise.all([post(body).then((r) => r.json()), post(body).then((r) => r.json())]);
    expect(b.reply.replyId).toBe(a.reply.replyId);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
  });

  it('refuses malformed requests with 400 and a reason', async () => {
    const bad = await fetch(`${running.url}/api/chat/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
    expect(bad.status).toBe(400);
    const empty = await post({ messageId: randomUUID(), conversationId, text: '   ' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/empty/);
  });
});
