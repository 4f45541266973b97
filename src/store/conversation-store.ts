import type { ConversationRef, InboundMessage, OutboundReply } from '../channel/types.js';
import type { Db } from './db.js';

/** What was used to produce one reply: enough to explain it later (`arcp audit <id>`). */
export interface AuditRecord {
  id: string;
  conversationId: string;
  channel: string;
  sourceId?: string;
  sender: InboundMessage['sender'];
  question: string;
  resolvedQuestion?: string;
  lang: string;
  intent?: string;
  kind: OutboundReply['kind'];
  composer?: string;
  fallbackReason?: string;
  passages: { passageId: string; documentId: string; contentHash: string; score: number }[];
  citations: unknown[];
  ticketId?: string;
  replyText: string;
  createdAt: string;
}

export interface TranscriptEntry {
  id: number;
  direction: 'in' | 'out';
  kind?: string;
  text: string;
  lang?: string;
  sender?: InboundMessage['sender'];
  reply?: OutboundReply;
  createdAt: string;
}

export function conversationKey(ref: ConversationRef): string {
  return `${ref.channel}:${ref.conversationId}`;
}

const now = () => new Date().toISOString();

/** Conversations, transcripts, processed-message ids, audit records and feedback. */
export class ConversationStore {
  constructor(private readonly db: Db) {}

  /** The reply id recorded for an inbound message already processed, if any. */
  processedReply(sourceId: string): string | null | undefined {
    const row = this.db.prepare('SELECT reply_id FROM processed_messages WHERE source_id = ?').get(sourceId) as
      | { reply_id: string | null }
      | undefined;
    return row ? row.reply_id : undefined;
  }

  lastQuestion(ref: ConversationRef): string | undefined {
    const row = this.db.prepare('SELECT last_question FROM conversations WHERE id = ?').get(conversationKey(ref)) as
      | { last_question: string | null }
      | undefined;
    return row?.last_question ?? undefined;
  }

  /** One transaction per inbound message: transcript, audit record and the processed mark together. */
  recordTurn(msg: InboundMessage, reply: OutboundReply | null, audit: AuditRecord | null, question?: string): void {
    this.db.transaction(() => {
      this.touch(msg.ref, question);
      const key = conversationKey(msg.ref);
      this.insertMessage(key, { direction: 'in', sourceId: msg.id, text: msg.text, lang: msg.lang, sender: msg.sender });
      if (reply) this.insertMessage(key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
      if (audit) this.insertAudit(audit);
      this.db
        .prepare('INSERT OR IGNORE INTO processed_messages (source_id, conversation_id, reply_id, created_at) VALUES (?, ?, ?, ?)')
        .run(msg.id, key, reply?.replyId ?? null, now());
    })();
  }

  /** An outbound message not caused by an inbound one (a staff answer delivered later). */
  recordOutbound(ref: ConversationRef, reply: OutboundReply): void {
    this.db.transaction(() => {
      this.touch(ref);
      this.insertMessage(conversationKey(ref), { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
    })();
  }

  transcript(key: string, afterId = 0): TranscriptEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id')
      .all(key, afterId) as Record<string, string | number | null>[];
    return rows.map((r) => ({
      id: Number(r.id),
      direction: r.direction as 'in' | 'out',
      kind: (r.kind as string | null) ?? undefined,
      text: String(r.text),
      lang: (r.lang as string | null) ?? undefined,
      sender: r.sender_json ? JSON.parse(String(r.sender_json)) : undefined,
      reply: r.payload_json ? JSON.parse(String(r.payload_json)) : undefined,
      createdAt: String(r.created_at),
    }));
  }

  conversationRef(key: string): ConversationRef | undefined {
    const row = this.db.prepare('SELECT ref_json FROM conversations WHERE id = ?').get(key) as { ref_json: string } | undefined;
    return row && JSON.parse(row.ref_json);
  }

  listConversations(limit = 100): { id: string; channel: string; lastQuestion?: string; updatedAt: string; messages: number }[] {
    const rows = this.db
      .prepare(
        `SELECT c.id, c.channel, c.last_question, c.updated_at, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS n
         FROM conversations c ORDER BY c.updated_at DESC LIMIT ?`,
      )
      .all(limit) as { id: string; channel: string; last_question: string | null; updated_at: string; n: number }[];
    return rows.map((r) => ({ id: r.id, channel: r.channel, lastQuestion: r.last_question ?? undefined, updatedAt: r.updated_at, messages: r.n }));
  }

  audit(id: string): AuditRecord | undefined {
    const r = this.db.prepare('SELECT * FROM audit_records WHERE id = ?').get(id) as Record<string, string | null> | undefined;
    return r ? toAudit(r) : undefined;
  }

  auditsFor(key: string): AuditRecord[] {
    const rows = this.db.prepare('SELECT * FROM audit_records WHERE conversation_id = ? ORDER BY created_at').all(key);
    return (rows as Record<string, string | null>[]).map(toAudit);
  }

  recordFeedback(replyId: string, helpful: boolean, senderId?: string): void {
    this.db
      .prepare('INSERT INTO feedback (reply_id, helpful, sender_id, created_at) VALUES (?, ?, ?, ?)')
      .run(replyId, helpful ? 1 : 0, senderId ?? null, now());
  }

  private touch(ref: ConversationRef, question?: string): void {
    const t = now();
    this.db
      .prepare(
        `INSERT INTO conversations (id, channel, ref_json, last_question, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET ref_json = excluded.ref_json, updated_at = excluded.updated_at,
           last_question = coalesce(excluded.last_question, conversations.last_question)`,
      )
      .run(conversationKey(ref), ref.channel, JSON.stringify(ref), question ?? null, t, t);
  }

  private insertMessage(key: string, m: { direction: 'in' | 'out'; sourceId?: string; text: string; lang?: string; sender?: unknown; reply?: OutboundReply }) {
    this.db
      .prepare(
        `INSERT INTO messages (conversation_id, direction, source_id, kind, text, lang, sender_json, payload_json, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(key, m.direction, m.sourceId ?? null, m.reply?.kind ?? null, m.text, m.lang ?? null,
        m.sender ? JSON.stringify(m.sender) : null, m.reply ? JSON.stringify(m.reply) : null, now());
  }

  private insertAudit(a: AuditRecord): void {
    this.db
      .prepare(
        `INSERT INTO audit_records (id, conversation_id, channel, source_id, sender_json, question, resolved_question, lang,
           intent, kind, composer, fallback_reason, passages_json, citations_json, ticket_id, reply_text, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.id, a.conversationId, a.channel, a.sourceId ?? null, JSON.stringify(a.sender), a.question,
        a.resolvedQuestion ?? null, a.lang, a.intent ?? null, a.kind, a.composer ?? null, a.fallbackReason ?? null,
        JSON.stringify(a.passages), JSON.stringify(a.citations), a.ticketId ?? null, a.replyText, a.createdAt);
  }
}

function toAudit(r: Record<string, string | null>): AuditRecord {
  return {
    id: String(r.id),
    conversationId: String(r.conversation_id),
    channel: String(r.channel),
    sourceId: r.source_id ?? undefined,
    sender: JSON.parse(String(r.sender_json)),
    question: String(r.question),
    resolvedQuestion: r.resolved_question ?? undefined,
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
