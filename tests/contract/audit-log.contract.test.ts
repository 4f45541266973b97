import { describe, expect, it } from 'vitest';
import type { AuditLog, AuditRecord } from '../../src/core/audit-log.js';
import { MemoryAuditLog } from '../../src/core/memory-audit-log.js';
import { SqliteAuditLog } from '../../src/store/audit-store.js';
import { freshDb } from './sqlite.js';
import { PgAuditLog } from '../../src/store/pg/pg-audit-log.js';
import { wherePostgres } from '../support/postgres.js';

const implementations: [string, () => AuditLog | Promise<AuditLog>][] = [
  ['memory', () => new MemoryAuditLog()],
  ['sqlite', () => new SqliteAuditLog(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgAuditLog(pool)),
];

const record = (id: string, extra: Partial<AuditRecord> = {}): AuditRecord => ({
  id, conversationId: 'web:c1', channel: 'web', sourceId: `web:${id}`, sender: { id: 'web:c1' }, question: 'What are the ARCP objectives?',
  resolvedQuestion: 'What are the ARCP objectives?', lang: 'en', intent: 'position-question', kind: 'answer', composer: 'extractive',
  passages: [{ passageId: 'arcp-objectives#1', documentId: 'arcp-objectives', contentHash: 'a'.repeat(64), score: 0.82 }],
  citations: [{ n: 1, documentId: 'arcp-objectives' }], replyText: 'The objectives are… [1]', createdAt: new Date().toISOString(), ...extra,
});

describe.each(implementations)('AuditLog contract: %s', (_name, make) => {
  it('keeps a record as written, once per reply id', async () => {
    const audit = await make();
    const first = record('r1');
    await audit.record(first);
    await audit.record(record('r1', { replyText: 'a second write' }));
    expect(await audit.get('r1')).toEqual(first);
    expect(await audit.get('nope')).toBeUndefined();
  });

  it('keeps the reply a button press was about, and what it did not use', async () => {
    const audit = await make();
    await audit.record(record('r2', { question: '', resolvedQuestion: undefined, aboutReplyId: 'r1', kind: 'no-position', passages: [], citations: [] }));
    const got = await audit.get('r2');
    expect(got).toMatchObject({ question: '', aboutReplyId: 'r1', kind: 'no-position' });
    expect(got?.resolvedQuestion).toBeUndefined();
  });

  it("lists a conversation's records in order", async () => {
    const audit = await make();
    await audit.record(record('a', { createdAt: '2025-01-01T10:00:00.000Z' }));
    await audit.record(record('b', { createdAt: '2025-01-01T11:00:00.000Z' }));
    await audit.record(record('c', { conversationId: 'web:other' }));
    expect((await audit.forConversation('web:c1')).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps every piece of feedback on a reply', async () => {
    const audit = await make();
    await audit.recordFeedback('r1', true, 'slack:U1');
    await audit.recordFeedback('r1', false);
    expect((await audit.feedbackOn('r1')).map((f) => [f.helpful, f.senderId])).toEqual([[true, 'slack:U1'], [false, undefined]]);
    expect(await audit.feedbackOn('r9')).toEqual([]);
  });
});
