import { randomUUID } from 'node:crypto';
import type { ConversationRef, InboundMessage, OutboundReply } from '../channel/types.js';
import {
  conversationKey, type ClaimResult, type ConversationLog, type ConversationSummary, type FinishTurn, type StoredTurn,
  type TranscriptEntry, type TurnClaim,
} from '../core/conversation-log.js';
import { type Db, writeTransaction } from './db.js';

const now = () => new Date().toISOString();

export interface TurnRow {
  state: 'in-flight' | 'done';
  claim_token: string | null;
  lease_until: string | null;
  reply_json: string | null;
  draft_id: string | null;
}

export const storedTurnOf = (r: TurnRow): StoredTurn => ({ reply: r.reply_json ? JSON.parse(r.reply_json) : null, ...(r.draft_id ? { draftId: r.draft_id } : {}) });

/** A row of the messages table (SQLite's or PostgreSQL's) as a transcript entry. */
export function toTranscriptEntry(r: Record<string, string | number | null>): TranscriptEntry {
  return {
    id: Number(r.id),
    direction: r.direction as 'in' | 'out',
    kind: (r.kind as string | null) ?? undefined,
    text: String(r.text),
    lang: (r.lang as string | null) ?? undefined,
    sender: r.sender_json ? JSON.parse(String(r.sender_json)) : undefined,
    reply: r.payload_json ? JSON.parse(String(r.payload_json)) : undefined,
    createdAt: String(r.created_at),
  };
}

/** Conversations, transcripts and turn claims on SQLite (migrations 001 and 080). */
export class SqliteConversationLog implements ConversationLog {
  constructor(private readonly db: Db) {}

  async claimTurn(input: { messageId: string; ref: ConversationRef; leaseMs: number }): Promise<ClaimResult> {
    const t = now();
    const token = randomUUID();
    const until = new Date(Date.parse(t) + input.leaseMs).toISOString();
    return writeTransaction(this.db, (): ClaimResult => {
      const row = this.turnRow(input.messageId);
      if (row?.state === 'done') return { state: 'done', turn: storedTurnOf(row) };
      if (row && (row.lease_until ?? '') > t) return { state: 'in-flight' };
      this.db
        .prepare(
          `INSERT INTO turns (message_id, conversation_id, state, claim_token, lease_until, created_at, updated_at)
           VALUES (?, ?, 'in-flight', ?, ?, ?, ?)
           ON CONFLICT (message_id) DO UPDATE SET claim_token = excluded.claim_token, lease_until = excluded.lease_until,
             updated_at = excluded.updated_at`,
        )
        .run(input.messageId, conversationKey(input.ref), token, until, t, t);
      return { state: 'claimed', claim: { messageId: input.messageId, token } };
    });
  }

  async finishTurn(f: FinishTurn): Promise<boolean> {
    return writeTransaction(this.db, () => {
      if (this.turnRow(f.claim.messageId)?.claim_token !== f.claim.token) return false;
      const key = conversationKey(f.msg.ref);
      this.touch(f.msg.ref, f.question);
      this.insertMessage(key, { direction: 'in', sourceId: f.msg.id, text: f.msg.text, lang: f.msg.lang, sender: f.msg.sender });
      const reply = f.turn.reply;
      if (reply && !f.turn.draftId) this.insertMessage(key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
      this.db
        .prepare(`UPDATE turns SET state = 'done', claim_token = NULL, lease_until = NULL, reply_json = ?, draft_id = ?, updated_at = ? WHERE message_id = ?`)
        .run(reply ? JSON.stringify(reply) : null, f.turn.draftId ?? null, now(), f.claim.messageId);
      return true;
    });
  }

  async releaseTurn(claim: TurnClaim): Promise<void> {
    this.db.prepare(`DELETE FROM turns WHERE message_id = ? AND state = 'in-flight' AND claim_token = ?`).run(claim.messageId, claim.token);
  }

  async storedTurn(messageId: string): Promise<StoredTurn | undefined> {
    const row = this.turnRow(messageId);
    return row?.state === 'done' ? storedTurnOf(row) : undefined;
  }

  async lastQuestion(ref: ConversationRef): Promise<string | undefined> {
    const row = this.db.prepare('SELECT last_question FROM conversations WHERE id = ?').get(conversationKey(ref)) as { last_question: string | null } | undefined;
    return row?.last_question ?? undefined;
  }

  async recordOutbound(ref: ConversationRef, reply: OutboundReply): Promise<void> {
    writeTransaction(this.db, () => {
      const key = conversationKey(ref);
      const known = reply.replyId && this.db.prepare(`SELECT 1 FROM messages WHERE source_id = ? AND conversation_id = ? AND direction = 'out'`).get(reply.replyId, key);
      if (known) return;
      this.touch(ref);
      this.insertMessage(key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
    });
  }

  async transcript(key: string, afterId = 0): Promise<TranscriptEntry[]> {
    const rows = this.db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id').all(key, afterId) as Record<string, string | number | null>[];
    return rows.map(toTranscriptEntry);
  }

  async conversationRef(key: string): Promise<ConversationRef | undefined> {
    const row = this.db.prepare('SELECT ref_json FROM conversations WHERE id = ?').get(key) as { ref_json: string } | undefined;
    return row && JSON.parse(row.ref_json);
  }

  async listConversations(limit = 100): Promise<ConversationSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT c.id, c.channel, c.last_question, c.updated_at, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS n
         FROM conversations c ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?`,
      )
      .all(limit) as { id: string; channel: string; last_question: string | null; updated_at: string; n: number }[];
    return rows.map((r) => ({ id: r.id, channel: r.channel, lastQuestion: r.last_question ?? undefined, updatedAt: r.updated_at, messages: r.n }));
  }

  private turnRow(messageId: string): TurnRow | undefined {
    return this.db.prepare('SELECT state, claim_token, lease_until, reply_json, draft_id FROM turns WHERE message_id = ?').get(messageId) as TurnRow | undefined;
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

  private insertMessage(key: string, m: { direction: 'in' | 'out'; sourceId?: string; text: string; lang?: string; sender?: InboundMessage['sender']; reply?: OutboundReply }) {
    this.db
      .prepare(
        `INSERT INTO messages (conversation_id, direction, source_id, kind, text, lang, sender_json, payload_json, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(key, m.direction, m.sourceId ?? null, m.reply?.kind ?? null, m.text, m.lang ?? null,
        m.sender ? JSON.stringify(m.sender) : null, m.reply ? JSON.stringify(m.reply) : null, now());
  }
}
