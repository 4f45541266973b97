import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InboundMessage, OutboundReply } from '../../src/channel/types.js';
import type { TurnContext, TurnOutcome } from '../../src/core/assistant.js';
import type { ConversationLog } from '../../src/core/conversation-log.js';
import { MemoryAuditLog } from '../../src/core/memory-audit-log.js';
import { MemoryConversationLog } from '../../src/core/memory-conversation-log.js';
import { TurnGateway } from '../../src/core/turn-gateway.js';
import { silentLogger } from '../../src/logger.js';
import { renderTemplate } from '../../src/replies/templates.js';
import { SqliteConversationLog } from '../../src/store/conversation-store.js';
import { openDatabase } from '../../src/store/db.js';
import { MemoryTicketQueue } from '../../src/tickets/memory-ticket-queue.js';

/** The gateway around an assistant that answers as told, to drive claims, repeats, deadlines and failures. */
function gateway(opts: { conversations?: ConversationLog; turn?: (msg: InboundMessage, ctx: TurnContext) => Promise<TurnOutcome>; deadlineMs?: number } = {}) {
  const tickets = new MemoryTicketQueue();
  const conversations = opts.conversations ?? new MemoryConversationLog();
  let turns = 0;
  const turn = opts.turn ?? (async (msg: InboundMessage) => ({ reply: { kind: 'notice', lang: 'en', text: `answer to ${msg.text}` } as OutboundReply }));
  const g = new TurnGateway({
    assistant: { turn: (msg, ctx) => (turns++, turn(msg, ctx)) },
    conversations, audit: new MemoryAuditLog(), tickets, logger: silentLogger(), deadlineMs: opts.deadlineMs ?? 5000, pollMs: 10,
    replyPolicies: {}, hold: async () => ({ id: 'D-1' }),
  });
  return { g, tickets, conversations, turnsRun: () => turns };
}

let seq = 0;
const message = (text: string, extra: Partial<InboundMessage> = {}): InboundMessage => ({
  id: `teams:a:1x:${++seq}`, ref: { channel: 'teams', conversationId: 'a:1x', replyHandle: {} }, origin: 'user', sender: { id: 'aad-1' }, text, receivedAt: new Date(), ...extra,
});
const delivered = () => {
  const sent: OutboundReply[] = [];
  return { sent, deliver: async (r: OutboundReply) => void sent.push(r) };
};

describe('the turn gateway: one turn per message, whatever the channel repeats', () => {
  it('a repeat while the turn runs waits for it and gets the same reply; the reply is sent once', async () => {
    let release!: () => void;
    const { g, turnsRun } = gateway({ turn: async () => (await new Promise<void>((r) => (release = r)), { reply: { kind: 'notice', lang: 'en', text: 'slow answer' } }) });
    const out = delivered();
    const msg = message('What is the ARCP?');
    const first = g.handle(msg, { deliver: out.deliver });
    const repeat = g.handle(msg, { deliver: out.deliver });
    await new Promise((r) => setTimeout(r, 20));
    release();
    const [a, b] = await Promise.all([first, repeat]);
    expect(a.fresh).toBe(true);
    expect(b).toEqual({ ...a, fresh: false });
    expect(out.sent.map((r) => r.text)).toEqual(['slow answer']);
    expect(turnsRun()).toBe(1);
  });

  it('a repeat reaching another server while the first answers it waits for that reply and sends nothing', async () => {
    const shared = new MemoryConversationLog();
    let release!: () => void;
    const first = gateway({ conversations: shared, turn: async () => (await new Promise<void>((r) => (release = r)), { reply: { kind: 'notice', lang: 'en', text: 'from the first server' } }) });
    const second = gateway({ conversations: shared });
    const msg = message('What is the ARCP?');
    const out = delivered();
    const answering = first.g.handle(msg, { deliver: out.deliver });
    await new Promise((r) => setTimeout(r, 20));
    const repeat = second.g.handle(msg, { deliver: out.deliver });
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await repeat).reply?.text).toBe('from the first server');
    expect((await answering).fresh).toBe(true);
    expect(out.sent).toHaveLength(1);
    expect(second.turnsRun()).toBe(0);
  });

  it('a repeat after a restart gets the stored reply and nothing is sent again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arcp-gateway-'));
    try {
      const msg = message('What is the ARCP?');
      const before = openDatabase(dir);
      const first = await gateway({ conversations: new SqliteConversationLog(before) }).g.handle(msg, { deliver: delivered().deliver });
      before.close();
      const after = openDatabase(dir);
      const out = delivered();
      const restarted = gateway({ conversations: new SqliteConversationLog(after) });
      const again = await restarted.g.handle(msg, { deliver: out.deliver });
      after.close();
      expect(again).toEqual({ reply: first.reply, fresh: false });
      expect(out.sent).toEqual([]);
      expect(restarted.turnsRun()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a channel whose delivery is idempotent (queued mail) gets the stored reply delivered again on a repeat', async () => {
    const { g } = gateway();
    const msg = message('What is the ARCP?');
    await g.handle(msg, { deliver: delivered().deliver });
    const out = delivered();
    await g.handle(msg, { deliver: out.deliver, deliverRepeats: true });
    expect(out.sent).toHaveLength(1);
  });

  it('answers empty input — spaces, zero-width characters, direction marks, a BOM — with the help text in both languages', async () => {
    const { g, turnsRun } = gateway();
    const { reply } = await g.handle(message(' \u200B\u200F\u2067\uFEFF\n'));
    expect(reply?.text).toBe(`${renderTemplate('help', 'ar')}\n\n${renderTemplate('help', 'en')}`);
    expect(turnsRun()).toBe(0);
  });

  it('aborts a turn past its deadline: the asker is told in their language and the message is kept as a ticket', async () => {
    const { g, tickets, conversations } = gateway({
      deadlineMs: 50,
      turn: (_msg, ctx) => new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))),
    });
    const out = delivered();
    const msg = message('ما هو الموقف العربي من الاتفاق العالمي للهجرة؟');
    const result = await g.handle(msg, { deliver: out.deliver });
    expect(result).toMatchObject({ failed: true, fresh: true });
    expect(out.sent.map((r) => r.text)).toEqual([renderTemplate('error', 'ar')]);
    const [ticket] = await tickets.list();
    expect(ticket).toMatchObject({ sourceMessageId: msg.id, category: 'unprocessed', question: msg.text, lang: 'ar' });
    expect((await conversations.transcript('teams:a:1x')).map((e) => e.text)).toContain(msg.text);
  });

  it('keeps the message when its reply cannot be delivered, and a repeat does not run the turn again', async () => {
    const { g, tickets, turnsRun } = gateway();
    const tried: string[] = [];
    const failingOnce = async (r: OutboundReply) => {
      tried.push(r.text);
      if (tried.length === 1) throw new Error('403 from the Teams service');
    };
    const msg = message('What is the ARCP?');
    await g.handle(msg, { deliver: failingOnce });
    expect(tried).toEqual(['answer to What is the ARCP?', renderTemplate('error', 'en')]);
    expect(await tickets.list()).toHaveLength(1);
    await g.handle(msg, { deliver: failingOnce });
    expect(turnsRun()).toBe(1);
  });

  it('when even keeping the message fails, it is left for the channel to retry: the error reaches the channel and the claim is released', async () => {
    const conversations = new MemoryConversationLog();
    const { g } = gateway({ conversations, turn: async () => Promise.reject(new Error('retrieval failed')) });
    conversations.finishTurn = async () => Promise.reject(new Error('the database is gone'));
    const msg = message('What is the ARCP?');
    await expect(g.handle(msg)).rejects.toMatchObject({ code: 'STORE_FAILED' });
    expect((await conversations.claimTurn({ messageId: msg.id, ref: msg.ref, leaseMs: 1000 })).state).toBe('claimed');
  });
});
