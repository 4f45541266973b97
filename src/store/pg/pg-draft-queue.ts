import type { Draft, DraftQueue, DraftStatus } from '../../drafts/types.js';
import { assertDraftTransition, assertStaffName, draftNotFound, formatDraftId, NEXT_DRAFT_STATUS, type DraftAction } from '../../drafts/transitions.js';
import { toDraft, type DraftRow } from '../draft-store.js';
import { all, inTransaction, one, type PgPool, type Queryable } from './pool.js';

/** The draft queue on PostgreSQL: `create` is idempotent on the source message (a unique key). */
export class PgDraftQueue implements DraftQueue {
  constructor(private readonly pool: PgPool) {}

  async create(input: Parameters<DraftQueue['create']>[0]): Promise<Draft> {
    return inTransaction(this.pool, async (c) => {
      const seq = Number((await one<{ seq: number }>(c, `SELECT nextval(pg_get_serial_sequence('drafts', 'seq')) AS seq`))!.seq);
      const { rowCount } = await c.query(
        `INSERT INTO drafts (seq, id, source_message_id, status, channel, conversation_id, ref_json, sender_json, question,
           reply_json, created_at, updated_at)
         VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9, now(), now()) ON CONFLICT (source_message_id) DO NOTHING`,
        [seq, formatDraftId(seq), input.sourceMessageId, input.ref.channel, input.ref.conversationId, JSON.stringify(input.ref),
          JSON.stringify(input.sender), input.question, JSON.stringify(input.reply)],
      );
      const by = rowCount ? ['seq', seq] : ['source_message_id', input.sourceMessageId];
      return toDraft((await one<DraftRow>(c, `SELECT * FROM drafts WHERE ${by[0]} = $1`, [by[1]]))!);
    });
  }

  async get(id: string): Promise<Draft | undefined> {
    const r = await one<DraftRow>(this.pool, 'SELECT * FROM drafts WHERE id = $1', [id]);
    return r && toDraft(r);
  }

  async list(filter: { status?: DraftStatus[]; limit?: number } = {}): Promise<Draft[]> {
    const rows = await all<DraftRow>(this.pool, 'SELECT * FROM drafts WHERE ($1::text[] IS NULL OR status = ANY($1)) ORDER BY seq LIMIT $2',
      [filter.status?.length ? filter.status : null, filter.limit ?? null]);
    return rows.map(toDraft);
  }

  async approve(id: string, staff: string, editedText?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'approve', 'decided_by = $4, decided_at = $3, edited_text = $5', [staff, editedText?.trim() || null]);
  }

  async reject(id: string, staff: string, reason?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'reject', 'decided_by = $4, decided_at = $3, reason = $5', [staff, reason?.trim() || null]);
  }

  markSent(id: string): Promise<Draft> {
    return this.decide(id, 'markSent', 'sent_at = $3', []);
  }

  /** One decision under the row's lock: $1 id, $2 the new status, $3 now, $4… the decision's own values. */
  private decide(id: string, action: DraftAction, set: string, values: unknown[]): Promise<Draft> {
    return inTransaction(this.pool, async (c) => {
      assertDraftTransition(await this.mustGet(c, id, 'FOR UPDATE'), action);
      await c.query(`UPDATE drafts SET ${set}, status = $2, updated_at = $3 WHERE id = $1`, [id, NEXT_DRAFT_STATUS[action], new Date(), ...values]);
      return this.mustGet(c, id);
    });
  }

  private async mustGet(db: Queryable, id: string, lock = ''): Promise<Draft> {
    const r = await one<DraftRow>(db, `SELECT * FROM drafts WHERE id = $1 ${lock}`, [id]);
    if (!r) throw draftNotFound(id);
    return toDraft(r);
  }
}
