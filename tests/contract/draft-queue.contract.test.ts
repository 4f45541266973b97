import { describe, expect, it } from 'vitest';
import type { ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { MemoryDraftQueue } from '../../src/drafts/memory-draft-queue.js';
import type { DraftQueue } from '../../src/drafts/types.js';
import { AppError } from '../../src/errors.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteDraftQueue } from '../../src/store/draft-store.js';
import { PgDraftQueue } from '../../src/store/pg/pg-draft-queue.js';
import { wherePostgres } from '../support/postgres.js';

/** One suite, every implementation of the drafts port. */
const implementations: [string, () => DraftQueue | Promise<DraftQueue>][] = [
  ['memory', () => new MemoryDraftQueue()],
  ['sqlite', () => new SqliteDraftQueue(openDatabase(':memory:'))],
  ...wherePostgres('postgres', (pool) => new PgDraftQueue(pool)),
];

const ref: ConversationRef = {
  channel: 'email',
  conversationId: 'q1@mofa.example.test',
  replyHandle: { to: 'focal@mofa.example.test', subject: 'الموقف من الاتفاق العالمي', inReplyTo: '<q1@mofa.example.test>', references: ['<q1@mofa.example.test>'] },
};
const reply: OutboundReply = {
  kind: 'answer',
  lang: 'ar',
  text: '**البيان الختامي — 2016**\n«تؤكد الدول العربية على أهمية التعاون الإقليمي» [1]',
  citations: [{ n: 1, documentId: 'statement-2016', passageId: 'statement-2016#3', title: 'البيان الختامي', date: '2016', quote: 'تؤكد الدول العربية على أهمية التعاون الإقليمي', lang: 'ar' }],
  confidence: 0.8,
  replyId: 'r-1',
};
const input = (sourceMessageId = 'email:q1@mofa.example.test') => ({
  sourceMessageId, ref, sender: { id: 'focal@mofa.example.test', name: 'نقطة الاتصال', email: 'focal@mofa.example.test' },
  question: 'ما هو الموقف العربي من الاتفاق العالمي للهجرة؟', reply,
});

const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (err: unknown) => (err instanceof AppError ? err.code : String(err)));

describe.each(implementations)('DraftQueue contract: %s', (_name, make) => {
  it('creates a pending draft that keeps the reply, thread and sender exactly', async () => {
    const q = await make();
    const draft = await q.create(input());
    expect(draft).toMatchObject({ status: 'pending', ref, question: input().question, reply, sender: { email: 'focal@mofa.example.test' } });
    expect(draft.id).toMatch(/\S/);
    expect(await q.get(draft.id)).toEqual(draft);
  });

  it('is idempotent on the source message id', async () => {
    const q = await make();
    const a = await q.create(input());
    const b = await q.create(input());
    expect(b.id).toBe(a.id);
    expect(await q.list()).toHaveLength(1);
  });

  it('approves with edits, then marks sent', async () => {
    const q = await make();
    const { id } = await q.create(input());
    const approved = await q.approve(id, 'Salma Haddad', '  نص معدّل من الأمانة [1]  ');
    expect(approved).toMatchObject({ status: 'approved', decidedBy: 'Salma Haddad', editedText: 'نص معدّل من الأمانة [1]' });
    expect(approved.decidedAt).toBeTruthy();
    expect((await q.markSent(id)).status).toBe('sent');
  });

  it('approves without edits', async () => {
    const q = await make();
    const { id } = await q.create(input());
    const approved = await q.approve(id, 'Omar');
    expect(approved.editedText).toBeUndefined();
    expect(approved.reply.text).toBe(reply.text);
  });

  it('rejects with a reason and then refuses every other decision', async () => {
    const q = await make();
    const { id } = await q.create(input());
    expect(await q.reject(id, 'Omar', 'outside the mandate')).toMatchObject({ status: 'rejected', reason: 'outside the mandate', decidedBy: 'Omar' });
    expect(await codeOf(q.approve(id, 'Omar'))).toBe('DRAFT_STATE');
    expect(await codeOf(q.reject(id, 'Omar'))).toBe('DRAFT_STATE');
    expect(await codeOf(q.markSent(id))).toBe('DRAFT_STATE');
  });

  it('refuses to mark a pending draft sent, to decide twice, or without a staff name', async () => {
    const q = await make();
    const { id } = await q.create(input());
    expect(await codeOf(q.markSent(id))).toBe('DRAFT_STATE');
    expect(await codeOf(q.approve(id, '  '))).toBe('BAD_REQUEST');
    await q.approve(id, 'Omar');
    expect(await codeOf(q.approve(id, 'Omar'))).toBe('DRAFT_STATE');
    expect(await codeOf(q.reject(id, 'Omar'))).toBe('DRAFT_STATE');
  });

  it('reports unknown drafts as NOT_FOUND', async () => {
    const q = await make();
    expect(await q.get('D-99999')).toBeUndefined();
    expect(await codeOf(q.approve('D-99999', 'Omar'))).toBe('NOT_FOUND');
  });

  it('lists in creation order, filtered by status, with a limit', async () => {
    const q = await make();
    const a = await q.create(input('m1'));
    const b = await q.create(input('m2'));
    const c = await q.create(input('m3'));
    await q.reject(b.id, 'Omar');
    expect((await q.list()).map((d) => d.id)).toEqual([a.id, b.id, c.id]);
    expect((await q.list({ status: ['pending'] })).map((d) => d.id)).toEqual([a.id, c.id]);
    expect((await q.list({ status: ['pending'], limit: 1 })).map((d) => d.id)).toEqual([a.id]);
  });
});
