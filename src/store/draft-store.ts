import { type Db, writeTransaction } from './db.js';
import type { Draft, DraftQueue, DraftStatus } from '../drafts/types.js';
import {
  assertDraftTransition,
  assertStaffName,
  draftNotFound,
  formatDraftId,
  NEXT_DRAFT_STATUS,
  type DraftAction,
} from '../drafts/transitions.js';

export interface DraftRow {
  id: string;
  status: DraftStatus;
  ref_json: string;
  sender_json: string;
  question: string;
  reply_json: string;
  edited_text: string | null;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  created_at: string;
}

export function toDraft(r: DraftRow): Draft {
  return {
    id: r.id,
    status: r.status,
    ref: JSON.parse(r.ref_json),
    sender: JSON.parse(r.sender_json),
    question: r.question,
    reply: JSON.parse(r.reply_json),
    editedText: r.edited_text ?? undefined,
    decidedBy: r.decided_by ?? undefined,
    decidedAt: r.decided_at ?? undefined,
    reason: r.reason ?? undefined,
    createdAt: r.created_at,
  };
}

/** The draft queue on SQLite: drafts wait for staff across restarts. `create` is idempotent on the source message. */
export class SqliteDraftQueue implements DraftQueue {
  constructor(private readonly db: Db) {}

  async create(input: Parameters<DraftQueue['create']>[0]): Promise<Draft> {
    return writeTransaction(this.db, () => {
      const existing = this.row('SELECT * FROM drafts WHERE source_message_id = ?', input.sourceMessageId);
      if (existing) return toDraft(existing);
      const now = new Date().toISOString();
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO drafts (id, source_message_id, status, channel, conversation_id, ref_json, sender_json, question,
             reply_json, created_at, updated_at)
           VALUES ('pending-' || hex(randomblob(8)), ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.sourceMessageId, input.ref.channel, input.ref.conversationId, JSON.stringify(input.ref),
          JSON.stringify(input.sender), input.question, JSON.stringify(input.reply), now, now);
      const id = formatDraftId(Number(lastInsertRowid));
      this.db.prepare('UPDATE drafts SET id = ? WHERE seq = ?').run(id, lastInsertRowid);
      return this.mustGet(id);
    });
  }

  async get(id: string): Promise<Draft | undefined> {
    const r = this.row('SELECT * FROM drafts WHERE id = ?', id);
    return r && toDraft(r);
  }

  async list(filter: { status?: DraftStatus[]; limit?: number } = {}): Promise<Draft[]> {
    const statuses = filter.status ?? [];
    const where = statuses.length ? `WHERE status IN (${statuses.map(() => '?').join(',')})` : '';
    const rows = this.db.prepare(`SELECT * FROM drafts ${where} ORDER BY seq LIMIT ?`).all(...statuses, filter.limit ?? -1);
    return (rows as DraftRow[]).map(toDraft);
  }

  async approve(id: string, staff: string, editedText?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'approve', 'decided_by = @staff, decided_at = @now, edited_text = @text', { staff, text: editedText?.trim() || null });
  }

  async reject(id: string, staff: string, reason?: string): Promise<Draft> {
    assertStaffName(staff);
    return this.decide(id, 'reject', 'decided_by = @staff, decided_at = @now, reason = @text', { staff, text: reason?.trim() || null });
  }

  markSent(id: string): Promise<Draft> {
    return this.decide(id, 'markSent', 'sent_at = @now', {});
  }

  private async decide(id: string, action: DraftAction, set: string, args: Record<string, unknown>): Promise<Draft> {
    return writeTransaction(this.db, () => {
      assertDraftTransition(this.mustGet(id), action);
      this.db
        .prepare(`UPDATE drafts SET ${set}, status = @status, updated_at = @now WHERE id = @id`)
        .run({ staff: null, text: null, ...args, id, status: NEXT_DRAFT_STATUS[action], now: new Date().toISOString() });
      return this.mustGet(id);
    });
  }

  private row(sql: string, arg: unknown): DraftRow | undefined {
    return this.db.prepare(sql).get(arg) as DraftRow | undefined;
  }

  private mustGet(id: string): Draft {
    const r = this.row('SELECT * FROM drafts WHERE id = ?', id);
    if (!r) throw draftNotFound(id);
    return toDraft(r);
  }
}
