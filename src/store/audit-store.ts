import type { AuditLog, AuditRecord, Feedback } from '../core/audit-log.js';
import type { Db } from './db.js';

export type AuditRow = Record<string, string | null>;
type Row = AuditRow;

export function toAudit(r: Row): AuditRecord {
  return {
    id: String(r.id),
    conversationId: String(r.conversation_id),
    channel: String(r.channel),
    sourceId: r.source_id ?? undefined,
    sender: JSON.parse(String(r.sender_json)),
    question: String(r.question),
    resolvedQuestion: r.resolved_question ?? undefined,
    aboutReplyId: r.about_reply_id ?? undefined,
    lang: String(r.lang),
    intent: r.intent ?? undefined,
    kind: r.kind as AuditRecord['kind'],
    composer: r.composer ?? undefined,
    fallbackReason: r.fallback_reason ?? undefined,
    passages: JSON.parse(String(r.passages_json)),
    citations: JSON.parse(String(r.citations_json)),
    ticketId: r.ticket_id ?? undefined,
    replyText: String(r.reply_text),
    createdAt: String(r.created_at),
  };
}

/** Audit records and feedback on SQLite (migrations 001 and 080). */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Db) {}

  async record(a: AuditRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO audit_records (id, conversation_id, channel, source_id, sender_json, question, resolved_question,
           about_reply_id, lang, intent, kind, composer, fallback_reason, passages_json, citations_json, ticket_id, reply_text, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.id, a.conversationId, a.channel, a.sourceId ?? null, JSON.stringify(a.sender), a.question, a.resolvedQuestion ?? null,
        a.aboutReplyId ?? null, a.lang, a.intent ?? null, a.kind, a.composer ?? null, a.fallbackReason ?? null,
        JSON.stringify(a.passages), JSON.stringify(a.citations), a.ticketId ?? null, a.replyText, a.createdAt);
  }

  async get(id: string): Promise<AuditRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM audit_records WHERE id = ?').get(id) as Row | undefined;
    return r ? toAudit(r) : undefined;
  }

  async forConversation(key: string): Promise<AuditRecord[]> {
    const rows = this.db.prepare('SELECT * FROM audit_records WHERE conversation_id = ? ORDER BY created_at, rowid').all(key) as Row[];
    return rows.map(toAudit);
  }

  async recordFeedback(replyId: string, helpful: boolean, senderId?: string): Promise<void> {
    this.db.prepare('INSERT INTO feedback (reply_id, helpful, sender_id, created_at) VALUES (?, ?, ?, ?)').run(replyId, helpful ? 1 : 0, senderId ?? null, new Date().toISOString());
  }

  async feedbackOn(replyId: string): Promise<Feedback[]> {
    const rows = this.db.prepare('SELECT * FROM feedback WHERE reply_id = ? ORDER BY id').all(replyId) as { reply_id: string; helpful: number; sender_id: string | null; created_at: string }[];
    return rows.map((r) => ({ replyId: r.reply_id, helpful: r.helpful === 1, senderId: r.sender_id ?? undefined, createdAt: r.created_at }));
  }
}
