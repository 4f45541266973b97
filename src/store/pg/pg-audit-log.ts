import type { AuditLog, AuditRecord, Feedback } from '../../core/audit-log.js';
import { toAudit, type AuditRow } from '../audit-store.js';
import { all, one, type PgPool } from './pool.js';

/** Audit records and feedback on PostgreSQL. */
export class PgAuditLog implements AuditLog {
  constructor(private readonly pool: PgPool) {}

  async record(a: AuditRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO audit_records (id, conversation_id, channel, source_id, sender_json, question, resolved_question,
         about_reply_id, lang, intent, kind, composer, fallback_reason, passages_json, citations_json, ticket_id, reply_text, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) ON CONFLICT (id) DO NOTHING`,
      [a.id, a.conversationId, a.channel, a.sourceId ?? null, JSON.stringify(a.sender), a.question, a.resolvedQuestion ?? null,
        a.aboutReplyId ?? null, a.lang, a.intent ?? null, a.kind, a.composer ?? null, a.fallbackReason ?? null,
        JSON.stringify(a.passages), JSON.stringify(a.citations), a.ticketId ?? null, a.replyText, a.createdAt],
    );
  }

  async get(id: string): Promise<AuditRecord | undefined> {
    const r = await one<AuditRow>(this.pool, 'SELECT * FROM audit_records WHERE id = $1', [id]);
    return r ? toAudit(r) : undefined;
  }

  async forConversation(key: string): Promise<AuditRecord[]> {
    return (await all<AuditRow>(this.pool, 'SELECT * FROM audit_records WHERE conversation_id = $1 ORDER BY created_at, seq', [key])).map(toAudit);
  }

  async recordFeedback(replyId: string, helpful: boolean, senderId?: string): Promise<void> {
    await this.pool.query('INSERT INTO feedback (reply_id, helpful, sender_id, created_at) VALUES ($1, $2, $3, now())', [replyId, helpful, senderId ?? null]);
  }

  async feedbackOn(replyId: string): Promise<Feedback[]> {
    const rows = await all<{ reply_id: string; helpful: boolean; sender_id: string | null; created_at: string }>(
      this.pool, 'SELECT * FROM feedback WHERE reply_id = $1 ORDER BY id', [replyId],
    );
    return rows.map((r) => ({ replyId: r.reply_id, helpful: r.helpful, senderId: r.sender_id ?? undefined, createdAt: r.created_at }));
  }
}
