import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { SqliteTicketQueue } from '../../src/store/ticket-store.js';
import { MemoryTicketQueue } from '../../src/tickets/memory-ticket-queue.js';
import type { OpenTicketInput, TicketQueue } from '../../src/tickets/types.js';
import { PgTicketQueue } from '../../src/store/pg/pg-ticket-queue.js';
import { wherePostgres } from '../support/postgres.js';

const ref: ConversationRef = { channel: 'slack', conversationId: 'C1:1700000000.000100', replyHandle: { channel: 'C1', threadTs: '1700000000.000100' } };

function input(id: string, extra: Partial<OpenTicketInput> = {}): OpenTicketInput {
  return { sourceMessageId: id, ref, sender: { id: 'U1', name: 'وفد الأردن' }, question: 'أرجو تسجيل وفدنا في الاجتماع القادم', lang: 'ar', category: 'registration', ...extra };
}

const dbs: Db[] = [];
const implementations: [string, () => TicketQueue | Promise<TicketQueue>][] = [
  ['memory', () => new MemoryTicketQueue()],
  ['sqlite', () => {
    const db = openDatabase(':memory:');
    dbs.push(db);
    return new SqliteTicketQueue(db);
  }],
  ...wherePostgres('postgres', (pool) => new PgTicketQueue(pool)),
];

afterEach(() => {
  while (dbs.length) dbs.pop()!.close();
});

describe.each(implementations)('TicketQueue contract: %s', (_name, make) => {
  it('opens a ticket with a readable number and keeps the way back to the asker', async () => {
    const q = await make();
    const t = await q.open(input('m1'));
    expect(t.id).toMatch(/^ARCP-\d{5}$/);
    expect(t.status).toBe('open');
    expect(t.ref).toEqual(ref);
    expect(t.question).toBe('أرجو تسجيل وفدنا في الاجتماع القادم');
    expect((await q.get(t.id))?.ref.replyHandle).toEqual({ channel: 'C1', threadTs: '1700000000.000100' });
  });

  it('is idempotent on the source message id', async () => {
    const q = await make();
    const a = await q.open(input('m1'));
    const b = await q.open(input('m1', { question: 'a retry' }));
    expect(b.id).toBe(a.id);
    expect(await q.list()).toHaveLength(1);
  });

  it('walks open → claimed → answered → closed, and reopens', async () => {
    const q = await make();
    const t = await q.open(input('m1'));
    expect((await q.claim(t.id, 'Enas')).claimedBy).toBe('Enas');
    const answered = await q.answer(t.id, 'Enas', 'تم تسجيل الوفد.');
    expect(answered).toMatchObject({ status: 'answered', answeredBy: 'Enas', answer: 'تم تسجيل الوفد.' });
    expect((await q.close(t.id, 'Enas')).status).toBe('closed');
    expect((await q.reopen(t.id, 'U1', 'one more question')).status).toBe('open');
    expect((await q.events(t.id)).map((e) => e.type)).toEqual(['opened', 'claimed', 'answered', 'closed', 'reopened']);
  });

  it('refuses transitions the state machine does not allow, with a clear code', async () => {
    const q = await make();
    const t = await q.open(input('m1'));
    await q.claim(t.id, 'Enas');
    await expect(q.claim(t.id, 'Omar')).rejects.toSatisfy((e) => AppError.is(e, 'TICKET_STATE'));
    await expect(q.reopen(t.id, 'U1')).rejects.toSatisfy((e) => AppError.is(e, 'TICKET_STATE'));
    await expect(q.get('ARCP-99999')).resolves.toBeUndefined();
    await expect(q.claim('ARCP-99999', 'Enas')).rejects.toSatisfy((e) => AppError.is(e, 'TICKET_NOT_FOUND'));
  });

  it('filters by status, channel and category, oldest first', async () => {
    const q = await make();
    const a = await q.open(input('m1'));
    const b = await q.open(input('m2', { category: 'document-request', ref: { ...ref, channel: 'email' } }));
    await q.close(a.id, 'Enas');
    expect((await q.list({ status: ['open'] })).map((t) => t.id)).toEqual([b.id]);
    expect((await q.list({ channel: 'email' })).map((t) => t.id)).toEqual([b.id]);
    expect((await q.list({ category: 'registration' })).map((t) => t.id)).toEqual([a.id]);
    expect(await q.list({ olderThanHours: 1 })).toEqual([]);
  });

  it('keeps further messages from the asker on the ticket for staff to read', async () => {
    const q = await make();
    const t = await q.open(input('m1'));
    await q.addMessage(t.id, 'U1', 'وفدنا يضم ثلاثة أعضاء');
    const events = await q.events(t.id);
    expect(events.at(-1)).toMatchObject({ type: 'message', actor: 'U1', text: 'وفدنا يضم ثلاثة أعضاء' });
    await expect(q.addMessage('ARCP-99999', 'U1', 'x')).rejects.toSatisfy((e) => AppError.is(e, 'TICKET_NOT_FOUND'));
  });

  it('records delivery and reminders', async () => {
    const q = await make();
    const t = await q.open(input('m1'));
    await q.answer(t.id, 'Enas', 'done');
    await q.markDelivered(t.id);
    await q.markReminded(t.id);
    const after = await q.get(t.id);
    expect(after?.deliveredAt).toBeTruthy();
    expect(after?.slaRemindedAt).toBeTruthy();
  });
});
