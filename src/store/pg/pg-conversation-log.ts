import { randomUUID } from 'node:crypto';
import type { ConversationRef, InboundMessage, OutboundReply } from '../../channel/types.js';
import {
  conversationKey, type ClaimResult, type ConversationLog, type ConversationSummary, type FinishTurn, type StoredTurn,
  type TranscriptEntry, type TurnClaim,
} from '../../core/conversation-log.js';
import { toTranscriptEntry, storedTurnOf, type TurnRow } from '../conversation-store.js';
import { all, inTransaction, one, type PgPool, type Queryable } from './pool.js';

type Outbound = { direction: 'in' | 'out'; sourceId?: string; text: string; lang?: string; sender?: InboundMessage['sender']; reply?: OutboundReply };

/**
 * Conversations, transcripts and turn claims on PostgreSQL. A claim is one statement on the turns
 * table's primary key, so two replicas given the same message never both run its turn.
 */
export class PgConversationLog implements ConversationLog {
  constructor(private readonly pool: PgPool) {}

  async claimTurn(input: { messageId: string; ref: ConversationRef; leaseMs: number }): Promise<ClaimResult> {
    const token = randomUUID();
    const now = new Date();
    const until = new Date(now.getTime() + input.leaseMs);
    // Inserted, or taken over when its holder's lease ran out; a done turn or a live claim is left alone.
    const taken = await this.pool.query(
      `INSERT INTO turns (message_id, conversation_id, state, claim_token, lease_until, created_at, updated_at)
       VALUES ($1, $2, 'in-flight', $3, $4, $5, $5)
       ON CONFLICT (message_id) DO UPDATE SET claim_token = excluded.claim_token, lease_until = excluded.lease_until,
         updated_at = excluded.updated_at
       WHERE turns.state = 'in-flight' AND turns.lease_until <= $5`,
      [input.messageId, conversationKey(input.ref), token, until, now],
    );
    if (taken.rowCount) return { state: 'claimed', claim: { messageId: input.messageId, token } };
    const row = await this.turnRow(this.pool, input.messageId);
    if (row?.state === 'done') return { state: 'done', turn: storedTurnOf(row) };
    return { state: 'in-flight' };
  }

  async finishTurn(f: FinishTurn): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const row = await one<TurnRow>(c, 'SELECT * FROM turns WHERE message_id = $1 FOR UPDATE', [f.claim.messageId]);
      if (row?.claim_token !== f.claim.token) return false;
      const key = conversationKey(f.msg.ref);
      await this.touch(c, f.msg.ref, f.question);
      await this.insertMessage(c, key, { direction: 'in', sourceId: f.msg.id, text: f.msg.text, lang: f.msg.lang, sender: f.msg.sender });
      const reply = f.turn.reply;
      if (reply && !f.turn.draftId) await this.insertMessage(c, key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
      await c.query(
        `UPDATE turns SET state = 'done', claim_token = NULL, lease_until = NULL, reply_json = $1, draft_id = $2, updated_at = now() WHERE message_id = $3`,
        [reply ? JSON.stringify(reply) : null, f.turn.draftId ?? null, f.claim.messageId],
      );
      return true;
    });
  }

  async releaseTurn(claim: TurnClaim): Promise<void> {
    await this.pool.query(`DELETE FROM turns WHERE message_id = $1 AND state = 'in-flight' AND claim_token = $2`, [claim.messageId, claim.token]);
  }

  async storedTurn(messageId: string): Promise<StoredTurn | undefined> {
    const row = await this.turnRow(this.pool, messageId);
    return row?.state === 'done' ? storedTurnOf(row) : undefined;
  }

  async lastQuestion(ref: ConversationRef): Promise<string | undefined> {
    const row = await one<{ last_question: string | null }>(this.pool, 'SELECT last_question FROM conversations WHERE id = $1', [conversationKey(ref)]);
    return row?.last_question ?? undefined;
  }

  async recordOutbound(ref: ConversationRef, reply: OutboundReply): Promise<void> {
    const key = conversationKey(ref);
    await inTransaction(this.pool, async (c) => {
      // A lock on the conversation for the transaction, so two replicas recording the same reply add it once.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      const known = reply.replyId &&
        (await one(c, `SELECT 1 FROM messages WHERE source_id = $1 AND conversation_id = $2 AND direction = 'out'`, [reply.replyId, key]));
      if (known) return;
      await this.touch(c, ref);
      await this.insertMessage(c, key, { direction: 'out', sourceId: reply.replyId, text: reply.text, lang: reply.lang, reply });
    });
  }

  async transcript(key: string, afterId = 0): Promise<TranscriptEntry[]> {
    const rows = await all<Record<string, string | number | null>>(this.pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND id > $2 ORDER BY id', [key, afterId]);
    return rows.map(toTranscriptEntry);
  }

  async conversationRef(key: string): Promise<ConversationRef | undefined> {
    const row = await one<{ ref_json: string }>(this.pool, 'SELECT ref_json FROM conversations WHERE id = $1', [key]);
    return row && JSON.parse(row.ref_json);
  }

  async listConversations(limit = 100): Promise<ConversationSummary[]> {
    const rows = await all<{ id: string; channel: string; last_question: string | null; updated_at: string; n: number }>(
      this.pool,
      `SELECT c.id, c.channel, c.last_question, c.updated_at, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS n
       FROM conversations c ORDER BY c.updated_at DESC, c.seq DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, channel: r.channel, lastQuestion: r.last_question ?? undefined, updatedAt: r.updated_at, messages: r.n }));
  }

  private turnRow(db: Queryable, messageId: string): Promise<TurnRow | undefined> {
    return one<TurnRow>(db, 'SELECT state, claim_token, lease_until, reply_json, draft_id FROM turns WHERE message_id = $1', [messageId]);
  }

  private async touch(db: Queryable, ref: ConversationRef, question?: string): Promise<void> {
    await db.query(
      `INSERT INTO conversations (id, channel, ref_json, last_question, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT (id) DO UPDATE SET ref_json = excluded.ref_json, updated_at = excluded.updated_at,
         last_question = coalesce(excluded.last_question, conversations.last_question)`,
      [conversationKey(ref), ref.channel, JSON.stringify(ref), question ?? null],
    );
  }

  private async insertMessage(db: Queryable, key: string, m: Outbound): Promise<void> {
    await db.query(
      `INSERT INTO messages (conversation_id, direction, source_id, kind, text, lang, sender_json, payload_json, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [key, m.direction, m.sourceId ?? null, m.reply?.kind ?? null, m.text, m.lang ?? null,
        m.sender ? JSON.stringify(m.sender) : null, m.reply ? JSON.stringify(m.reply) : null],
    );
  }
}
