import { describe, expect, it } from 'vitest';
import type { ConversationRef, InboundMessage, OutboundReply } from '../../src/channel/types.js';
import type { ConversationLog } from '../../src/core/conversation-log.js';
import { MemoryConversationLog } from '../../src/core/memory-conversation-log.js';
import { SqliteConversationLog } from '../../src/store/conversation-store.js';
import { freshDb } from './sqlite.js';
import { PgConversationLog } from '../../src/store/pg/pg-conversation-log.js';
import { wherePostgres } from '../support/postgres.js';

/** One suite, every implementation of the conversation log (claims, transcripts, conversations). */
const implementations: [string, () => ConversationLog | Promise<ConversationLog>][] = [
  ['memory', () => new MemoryConversationLog()],
  ['sqlite', () => new SqliteConversationLog(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgConversationLog(pool)),
];

const ref: ConversationRef = { channel: 'teams', conversationId: 'a:1layla', replyHandle: { serviceUrl: 'https://smba.example', conversation: { id: 'a:1layla' } } };
const msg = (id: string, text = 'ما هي أهداف عملية التشاور؟'): InboundMessage => ({
  id, ref, origin: 'user', sender: { id: 'aad-1', name: 'Layla' }, text, lang: 'ar', receivedAt: new Date(),
});
const reply = (replyId: string): OutboundReply => ({ kind: 'notice', lang: 'ar', text: 'نشكركم', replyId });
const claimed = async (log: ConversationLog, id: string, leaseMs = 60_000) => {
  const c = await log.claimTurn({ messageId: id, ref, leaseMs });
  if (c.state !== 'claimed') throw new Error(`expected a claim, got ${c.state}`);
  return c.claim;
};

describe.each(implementations)('ConversationLog contract: %s', (_name, make) => {
  it('claims a message once: a second claim during the turn is refused, after it the stored reply is returned', async () => {
    const log = await make();
    const claim = await claimed(log, 'teams:m1');
    expect(await log.claimTurn({ messageId: 'teams:m1', ref, leaseMs: 60_000 })).toEqual({ state: 'in-flight' });
    expect(await log.finishTurn({ claim, msg: msg('teams:m1'), turn: { reply: reply('r1') } })).toBe(true);
    expect(await log.claimTurn({ messageId: 'teams:m1', ref, leaseMs: 60_000 })).toEqual({ state: 'done', turn: { reply: reply('r1') } });
    expect(await log.storedTurn('teams:m1')).toEqual({ reply: reply('r1') });
  });

  it('takes over a claim whose lease ran out (its process died); the old holder can no longer finish', async () => {
    const log = await make();
    const dead = await claimed(log, 'teams:m2', 1);
    await new Promise((r) => setTimeout(r, 10));
    const taken = await claimed(log, 'teams:m2');
    expect(await log.finishTurn({ claim: dead, msg: msg('teams:m2'), turn: { reply: reply('old') } })).toBe(false);
    expect(await log.finishTurn({ claim: taken, msg: msg('teams:m2'), turn: { reply: reply('new') } })).toBe(true);
    expect((await log.storedTurn('teams:m2'))?.reply?.replyId).toBe('new');
  });

  it('gives a released claim back, so that the message can be claimed again', async () => {
    const log = await make();
    await log.releaseTurn(await claimed(log, 'teams:m3'));
    expect((await log.claimTurn({ messageId: 'teams:m3', ref, leaseMs: 60_000 })).state).toBe('claimed');
    expect(await log.storedTurn('teams:m3')).toBeUndefined();
  });

  it('records the turn in the transcript, the question for follow-ups, and the conversation reference', async () => {
    const log = await make();
    await log.finishTurn({ claim: await claimed(log, 'teams:m4'), msg: msg('teams:m4'), turn: { reply: reply('r4') }, question: 'ما هي أهداف عملية التشاور؟' });
    const transcript = await log.transcript('teams:a:1layla');
    expect(transcript.map((e) => [e.direction, e.text])).toEqual([['in', 'ما هي أهداف عملية التشاور؟'], ['out', 'نشكركم']]);
    expect(transcript[0].sender).toEqual({ id: 'aad-1', name: 'Layla' });
    expect(transcript[1].reply).toEqual(reply('r4'));
    expect(await log.lastQuestion(ref)).toBe('ما هي أهداف عملية التشاور؟');
    expect(await log.conversationRef('teams:a:1layla')).toEqual(ref);
    expect(await log.transcript('teams:a:1layla', transcript[0].id)).toHaveLength(1);
  });

  it('keeps a held reply (a draft) out of the transcript until it is sent', async () => {
    const log = await make();
    await log.finishTurn({ claim: await claimed(log, 'teams:m5'), msg: msg('teams:m5'), turn: { reply: reply('r5'), draftId: 'D-00001' } });
    expect((await log.transcript('teams:a:1layla')).map((e) => e.direction)).toEqual(['in']);
    expect(await log.storedTurn('teams:m5')).toEqual({ reply: reply('r5'), draftId: 'D-00001' });
  });

  it('records a later message once per reply id', async () => {
    const log = await make();
    await log.recordOutbound(ref, reply('staff-1'));
    await log.recordOutbound(ref, reply('staff-1'));
    expect(await log.transcript('teams:a:1layla')).toHaveLength(1);
  });

  it('lists conversations with their message counts', async () => {
    const log = await make();
    await log.recordOutbound(ref, reply('x'));
    await log.recordOutbound({ ...ref, conversationId: 'a:1omar' }, reply('y'));
    const listed = await log.listConversations();
    expect(listed.map((c) => c.id).sort()).toEqual(['teams:a:1layla', 'teams:a:1omar']);
    expect(listed.every((c) => c.channel === 'teams' && c.messages === 1)).toBe(true);
    expect(await log.listConversations(1)).toHaveLength(1);
  });
});
