import { describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../src/channel/types.js';
import type { InsightsSource } from '../../src/console/insights-source.js';
import { MemoryInsights } from '../../src/console/memory-insights.js';
import type { AuditLog, AuditRecord } from '../../src/core/audit-log.js';
import { MemoryAuditLog } from '../../src/core/memory-audit-log.js';
import { SqliteAuditLog } from '../../src/store/audit-store.js';
import { SqliteInsights } from '../../src/store/insights-store.js';
import { PgAuditLog } from '../../src/store/pg/pg-audit-log.js';
import { PgInsights } from '../../src/store/pg/pg-insights.js';
import { PgTicketQueue } from '../../src/store/pg/pg-ticket-queue.js';
import { SqliteTicketQueue } from '../../src/store/ticket-store.js';
import { MemoryTicketQueue } from '../../src/tickets/memory-ticket-queue.js';
import type { TicketQueue } from '../../src/tickets/types.js';
import { wherePostgres } from '../support/postgres.js';
import { freshDb } from './sqlite.js';

/** One database: the audit log and tickets written through their ports, the insights read over both. */
interface Deployment {
  audit: AuditLog;
  tickets: TicketQueue;
  insights: InsightsSource;
}

const implementations: [string, () => Deployment | Promise<Deployment>][] = [
  ['memory', () => {
    const audit = new MemoryAuditLog();
    const tickets = new MemoryTicketQueue();
    return { audit, tickets, insights: new MemoryInsights({ audit, tickets }) };
  }],
  ['sqlite', () => {
    const db = freshDb();
    return { audit: new SqliteAuditLog(db), tickets: new SqliteTicketQueue(db), insights: new SqliteInsights(db) };
  }],
  ...wherePostgres('postgres', (pool) => ({ audit: new PgAuditLog(pool), tickets: new PgTicketQueue(pool), insights: new PgInsights(pool) })),
];

let seq = 0;
const record = (extra: Partial<AuditRecord>): AuditRecord => {
  seq += 1;
  return {
    id: `reply-${seq}`, conversationId: `web:c${seq}`, channel: 'web', sender: { id: `web:c${seq}` }, question: 'ما هي أهداف العملية التشاورية العربية؟',
    lang: 'ar', kind: 'answer', passages: [], citations: [], replyText: '…', createdAt: '2025-03-02T09:00:00.000Z', ...extra,
  };
};
const ref: ConversationRef = { channel: 'email', conversationId: 'email:thread-1', replyHandle: { messageId: '<q1@mofa.example.test>' } };
const SINCE = '2025-03-01T00:00:00.000Z';
const byKey = <T extends object>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe.each(implementations)('Insights contract: %s', (_name, make) => {
  it('counts questions per channel and UTC day from the date on, leaving out button presses and older questions', async () => {
    const d = await make();
    await d.audit.record(record({ channel: 'web', createdAt: '2025-03-01T00:00:00.000Z' }));
    await d.audit.record(record({ channel: 'web', createdAt: '2025-03-01T23:59:59.999Z' }));
    await d.audit.record(record({ channel: 'slack', question: 'When is the next ARCP meeting?', lang: 'en', createdAt: '2025-03-02T08:00:00.000Z' }));
    await d.audit.record(record({ channel: 'web', question: '', aboutReplyId: 'reply-1', kind: 'ticket', createdAt: '2025-03-02T08:30:00.000Z' }));
    await d.audit.record(record({ channel: 'web', question: '   ', createdAt: '2025-03-02T08:40:00.000Z' }));
    await d.audit.record(record({ channel: 'email', createdAt: '2025-02-28T23:59:59.999Z' }));
    expect(byKey(await d.insights.questionsPerChannelDay(SINCE))).toEqual(byKey([
      { channel: 'web', day: '2025-03-01', count: 2 },
      { channel: 'slack', day: '2025-03-02', count: 1 },
    ]));
    expect(await d.insights.questionsPerChannelDay('2025-04-01T00:00:00.000Z')).toEqual([]);
  });

  it('counts the outcomes of those questions by kind', async () => {
    const d = await make();
    for (const kind of ['answer', 'answer', 'no-position', 'ticket', 'notice'] as const) await d.audit.record(record({ kind }));
    await d.audit.record(record({ kind: 'answer', createdAt: '2025-01-15T10:00:00.000Z' }));
    expect(byKey(await d.insights.outcomes(SINCE))).toEqual(byKey([
      { kind: 'answer', count: 2 }, { kind: 'no-position', count: 1 }, { kind: 'notice', count: 1 }, { kind: 'ticket', count: 1 },
    ]));
  });

  it('lists the questions with no established position newest first, as resolved, on the subject apart from outside it', async () => {
    const d = await make();
    await d.audit.record(record({ kind: 'no-position', question: 'ما موقف العملية من تغير المناخ؟', createdAt: '2025-03-02T10:00:00.000Z' }));
    await d.audit.record(record({ kind: 'no-position', question: 'وماذا عن الهجرة؟', resolvedQuestion: 'ما موقف العملية من الهجرة بسبب المناخ؟', createdAt: '2025-03-03T10:00:00.000Z', channel: 'teams' }));
    await d.audit.record(record({ kind: 'no-position', intent: 'out-of-scope', question: 'What is the capital of Brazil?', lang: 'en', createdAt: '2025-03-02T11:00:00.000Z' }));
    await d.audit.record(record({ kind: 'answer', question: 'ما هي أهداف العملية؟' }));
    expect(await d.insights.noPositionQuestions(SINCE)).toEqual([
      { text: 'ما موقف العملية من الهجرة بسبب المناخ؟', channel: 'teams', lang: 'ar', createdAt: '2025-03-03T10:00:00.000Z' },
      { text: 'ما موقف العملية من تغير المناخ؟', channel: 'web', lang: 'ar', createdAt: '2025-03-02T10:00:00.000Z' },
    ]);
    expect((await d.insights.noPositionQuestions(SINCE, { limit: 1 })).map((q) => q.createdAt)).toEqual(['2025-03-03T10:00:00.000Z']);
    expect((await d.insights.noPositionQuestions(SINCE, { outOfScope: true })).map((q) => q.text)).toEqual(['What is the capital of Brazil?']);
  });

  it('gives each answered ticket its first staff answer, and counts every ticket by status', async () => {
    const d = await make();
    const open = (id: string) => d.tickets.open({ sourceMessageId: id, ref, sender: { id: 'focal.point@mofa.example.test' }, question: 'أرجو تسجيل وفدنا في الاجتماع القادم', lang: 'ar', category: 'registration' });
    const answered = await open('m1');
    await d.tickets.claim(answered.id, 'amina');
    await d.tickets.answer(answered.id, 'amina', 'تم تسجيل وفدكم.');
    await d.tickets.reopen(answered.id, 'focal.point@mofa.example.test', 'وأيضاً مستشار إضافي');
    await d.tickets.answer(answered.id, 'amina', 'تمت إضافة المستشار.');
    const waiting = await open('m2');
    const times = await d.insights.staffAnswerTimes(new Date(Date.now() - 3_600_000).toISOString());
    expect(times).toHaveLength(1);
    expect(times[0]).toMatchObject({ ticketId: answered.id, openedAt: answered.createdAt });
    const events = (await d.tickets.events(answered.id)).filter((e) => e.type === 'answered');
    expect(times[0]!.answeredAt).toBe(events[0]!.createdAt);
    expect(await d.insights.staffAnswerTimes(new Date(Date.now() + 3_600_000).toISOString())).toEqual([]);
    expect(byKey(await d.insights.ticketsByStatus())).toEqual(byKey([{ kind: 'answered', count: 1 }, { kind: 'open', count: 1 }]));
    expect(waiting.status).toBe('open');
  });
});
