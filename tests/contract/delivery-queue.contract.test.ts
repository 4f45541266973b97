import { describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../src/channel/types.js';
import { MemoryDeliveryQueue } from '../../src/delivery/memory-delivery-queue.js';
import type { DeliveryInput, DeliveryQueue } from '../../src/delivery/types.js';
import { AppError } from '../../src/errors.js';
import { SqliteDeliveryQueue } from '../../src/store/delivery-store.js';
import { freshDb } from './sqlite.js';
import { PgDeliveryQueue } from '../../src/store/pg/pg-delivery-queue.js';
import { wherePostgres } from '../support/postgres.js';

/** One suite, every implementation of the outbound queue. */
const implementations: [string, () => DeliveryQueue | Promise<DeliveryQueue>][] = [
  ['memory', () => new MemoryDeliveryQueue()],
  ['sqlite', () => new SqliteDeliveryQueue(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgDeliveryQueue(pool)),
];

const ref: ConversationRef = { channel: 'slack', conversationId: 'C1:1.1', replyHandle: { channel: 'C1', threadTs: '1.1' } };
const input = (key: string, extra: Partial<DeliveryInput> = {}): DeliveryInput => ({
  key, channel: 'slack', kind: 'staff-answer', subject: 'slack:C1:1.1', ref, payload: { reply: { kind: 'notice', lang: 'ar', text: 'تم' }, ticketId: 'ARCP-00001' }, ...extra,
});
const lease = (q: DeliveryQueue, extra: { ids?: string[]; leaseMs?: number; now?: Date; channels?: string[] } = {}) =>
  q.lease({ channels: extra.channels ?? ['slack'], limit: 10, leaseMs: extra.leaseMs ?? 60_000, ids: extra.ids, now: extra.now });
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (err: unknown) => (err instanceof AppError ? err.code : String(err)));
const later = (ms: number) => new Date(Date.now() + ms);

describe.each(implementations)('DeliveryQueue contract: %s', (_name, make) => {
  it('queues once per idempotency key, keeping the payload and the way back exactly', async () => {
    const q = await make();
    const first = await q.enqueue(input('staff-answer:ARCP-00001:1'));
    const again = await q.enqueue(input('staff-answer:ARCP-00001:1', { payload: { other: true } }));
    expect(first.created).toBe(true);
    expect(again).toEqual({ delivery: first.delivery, created: false });
    expect(first.delivery).toMatchObject({ status: 'pending', attempts: 0, ref, payload: input('x').payload, kind: 'staff-answer' });
    expect(await q.get(first.delivery.id)).toEqual(first.delivery);
  });

  it('leases due deliveries of the senders asked for, and a lease is not given twice', async () => {
    const q = await make();
    const { delivery } = await q.enqueue(input('a'));
    await q.enqueue(input('b', { channel: 'teams', subject: 'teams:x' }));
    const leased = await lease(q);
    expect(leased.map((d) => [d.id, d.status])).toEqual([[delivery.id, 'sending']]);
    expect(await lease(q)).toEqual([]);
    expect((await lease(q, { channels: ['teams'] })).map((d) => d.channel)).toEqual(['teams']);
  });

  it('takes a delivery again once its lease ran out, showing whether its remote call had started', async () => {
    const q = await make();
    const { delivery } = await q.enqueue(input('a'));
    await lease(q, { leaseMs: 50 });
    await q.markAttempt(delivery.id);
    expect(await lease(q)).toEqual([]);
    const retaken = await lease(q, { now: later(100) });
    expect(retaken.map((d) => d.id)).toEqual([delivery.id]);
    expect(retaken[0].attemptStartedAt).toBeTruthy();
  });

  it('keeps the order of one subject: the next waits until the one before it is sent', async () => {
    const q = await make();
    const first = (await q.enqueue(input('first'))).delivery;
    const second = (await q.enqueue(input('second'))).delivery;
    const other = (await q.enqueue(input('other', { subject: 'slack:C2' }))).delivery;
    expect((await lease(q)).map((d) => d.id)).toEqual([first.id, other.id]);
    await q.retry(first.id, 'ratelimited', later(60_000));
    expect(await lease(q)).toEqual([]);
    await q.revive(first.id);
    expect((await lease(q)).map((d) => d.id)).toEqual([first.id]);
    await q.markSent(first.id, 'C1:1.2');
    expect((await lease(q)).map((d) => d.id)).toEqual([second.id]);
  });

  it('counts failed attempts and schedules the next one; sent and dead ones are not leased', async () => {
    const q = await make();
    const { delivery } = await q.enqueue(input('a'));
    await lease(q);
    const retried = await q.retry(delivery.id, 'channel_not_found', later(1000));
    expect(retried).toMatchObject({ status: 'pending', attempts: 1, lastError: 'channel_not_found' });
    expect(retried.attemptStartedAt).toBeUndefined();
    expect(await q.nextDueAt(['slack'])).toBe(retried.nextAttemptAt);
    expect(await lease(q)).toEqual([]);
    expect((await lease(q, { now: later(2000) })).map((d) => d.id)).toEqual([delivery.id]);
    expect(await q.markSent(delivery.id, 'C1:1.3')).toMatchObject({ status: 'sent', attempts: 2, externalId: 'C1:1.3' });
    expect(await lease(q, { now: later(10_000) })).toEqual([]);
    expect(await q.nextDueAt(['slack'])).toBeUndefined();
  });

  it('holds a dead letter until staff revive it, and lists by status', async () => {
    const q = await make();
    const { delivery } = await q.enqueue(input('a'));
    await lease(q);
    expect(await q.kill(delivery.id, 'in doubt')).toMatchObject({ status: 'dead', lastError: 'in doubt', attempts: 1 });
    expect(await lease(q, { now: later(10_000) })).toEqual([]);
    expect((await q.list({ status: ['dead'] })).map((d) => d.id)).toEqual([delivery.id]);
    await q.revive(delivery.id);
    expect((await lease(q)).map((d) => d.id)).toEqual([delivery.id]);
    expect(await q.list({ status: ['dead'] })).toEqual([]);
  });

  it('refuses moves the state machine does not allow, and unknown deliveries', async () => {
    const q = await make();
    const { delivery } = await q.enqueue(input('a'));
    expect(await codeOf(q.markSent(delivery.id, 'x'))).toBe('DELIVERY_STATE');
    expect(await codeOf(q.markAttempt(delivery.id))).toBe('DELIVERY_STATE');
    expect(await q.get('dlv-none')).toBeUndefined();
    expect(await codeOf(q.kill('dlv-none', 'x'))).toBe('NOT_FOUND');
  });

  it('counts the deliveries in each state: the queue depth and the dead letters', async () => {
    const q = await make();
    expect(await q.countByStatus()).toEqual({ pending: 0, sending: 0, sent: 0, dead: 0 });
    await q.enqueue(input('a', { subject: 's1' }));
    await q.enqueue(input('b', { subject: 's2' }));
    const c = (await q.enqueue(input('c', { subject: 's3' }))).delivery;
    await q.kill(c.id, 'no such channel');
    const [leased] = await lease(q, { ids: [(await q.list())[0].id] });
    await q.markAttempt(leased.id);
    expect(await q.countByStatus()).toEqual({ pending: 1, sending: 1, sent: 0, dead: 1 });
  });

  it('never leases one delivery twice when replicas lease at the same moment', async () => {
    const q = await make();
    for (let i = 0; i < 12; i++) await q.enqueue(input(`k${i}`, { subject: `s${i}` }));
    const leased = (await Promise.all([1, 2, 3, 4].map(() => lease(q)))).flat().map((d) => d.id);
    expect(new Set(leased).size).toBe(leased.length);
    expect(leased).toHaveLength(12);
  });

  it('leases only the deliveries named, when asked', async () => {
    const q = await make();
    await q.enqueue(input('a', { subject: 's1' }));
    const b = (await q.enqueue(input('b', { subject: 's2' }))).delivery;
    expect((await lease(q, { ids: [b.id] })).map((d) => d.id)).toEqual([b.id]);
  });
});
