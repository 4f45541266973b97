import { type Db, writeTransaction } from './db.js';
import type { OpenTicketInput, Ticket, TicketEvent, TicketFilter, TicketQueue } from '../tickets/types.js';
import {
  assertTransition,
  EVENT_OF,
  formatTicketId,
  NEXT_STATUS,
  ticketNotFound,
  type TicketAction,
} from '../tickets/transitions.js';

export interface TicketRow {
  id: string;
  source_message_id: string;
  status: Ticket['status'];
  category: string;
  lang: Ticket['lang'];
  question: string;
  channel: Ticket['channel'];
  ref_json: string;
  sender_json: string;
  attachments_json: string | null;
  claimed_by: string | null;
  answered_by: string | null;
  answer: string | null;
  delivered_at: string | null;
  sla_reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

export function toTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    sourceMessageId: r.source_message_id,
    status: r.status,
    category: r.category,
    lang: r.lang,
    question: r.question,
    channel: r.channel,
    ref: JSON.parse(r.ref_json),
    sender: JSON.parse(r.sender_json),
    attachments: r.attachments_json ? JSON.parse(r.attachments_json) : [],
    claimedBy: r.claimed_by ?? undefined,
    answeredBy: r.answered_by ?? undefined,
    answer: r.answer ?? undefined,
    deliveredAt: r.delivered_at ?? undefined,
    slaRemindedAt: r.sla_reminded_at ?? undefined,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The ticket queue on SQLite: survives restarts, so staff answers reach askers days later. */
export class SqliteTicketQueue implements TicketQueue {
  constructor(private readonly db: Db) {}

  async open(input: OpenTicketInput): Promise<Ticket> {
    return writeTransaction(this.db, () => {
      const existing = this.row('SELECT * FROM tickets WHERE source_message_id = ?', input.sourceMessageId);
      if (existing) return toTicket(existing);
      const now = new Date().toISOString();
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO tickets (id, source_message_id, status, category, lang, question, channel, conversation_id,
             ref_json, sender_json, attachments_json, created_at, updated_at)
           VALUES ('pending-' || hex(randomblob(8)), ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.sourceMessageId, input.category, input.lang, input.question, input.ref.channel,
          input.ref.conversationId, JSON.stringify(input.ref), JSON.stringify(input.sender),
          JSON.stringify(input.attachments ?? []), now, now);
      const id = formatTicketId(Number(lastInsertRowid));
      this.db.prepare('UPDATE tickets SET id = ? WHERE seq = ?').run(id, lastInsertRowid);
      this.event(id, { type: 'opened', actor: input.sender.id, text: input.question });
      return this.mustGet(id);
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    const r = this.row('SELECT * FROM tickets WHERE id = ?', id);
    return r && toTicket(r);
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.status?.length) {
      where.push(`status IN (${filter.status.map(() => '?').join(',')})`);
      args.push(...filter.status);
    }
    if (filter.channel) (where.push('channel = ?'), args.push(filter.channel));
    if (filter.category) (where.push('category = ?'), args.push(filter.category));
    if (filter.conversationId) (where.push('conversation_id = ?'), args.push(filter.conversationId));
    if (filter.olderThanHours !== undefined) {
      where.push('created_at <= ?');
      args.push(new Date(Date.now() - filter.olderThanHours * 3_600_000).toISOString());
    }
    const sql = `SELECT * FROM tickets ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY created_at, seq LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? -1) as TicketRow[]).map(toTicket);
  }

  claim(id: string, staff: string) {
    return this.transition(id, 'claim', staff, 'claimed_by = @actor');
  }

  answer(id: string, staff: string, text: string) {
    return this.transition(id, 'answer', staff, 'answered_by = @actor, answer = @text, delivered_at = NULL', text);
  }

  close(id: string, staff: string) {
    return this.transition(id, 'close', staff, '');
  }

  reopen(id: string, actor: string, text?: string) {
    return this.transition(id, 'reopen', actor, 'delivered_at = NULL', text);
  }

  async addMessage(id: string, actor: string, text: string): Promise<Ticket> {
    return writeTransaction(this.db, () => {
      this.mustGet(id);
      this.db.prepare('UPDATE tickets SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
      this.event(id, { type: 'message', actor, text });
      return this.mustGet(id);
    });
  }

  async markDelivered(id: string): Promise<void> {
    this.mustGet(id);
    this.db.prepare('UPDATE tickets SET delivered_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    this.event(id, { type: 'delivered' });
  }

  async markReminded(id: string): Promise<void> {
    this.mustGet(id);
    this.db.prepare('UPDATE tickets SET sla_reminded_at = ? WHERE id = ?').run(new Date().toISOString(), id);
    this.event(id, { type: 'reminded' });
  }

  async events(id: string): Promise<TicketEvent[]> {
    this.mustGet(id);
    const rows = this.db
      .prepare('SELECT type, actor, text, created_at FROM ticket_events WHERE ticket_id = ? ORDER BY id')
      .all(id) as { type: TicketEvent['type']; actor: string | null; text: string | null; created_at: string }[];
    return rows.map((r) => ({ type: r.type, actor: r.actor ?? undefined, text: r.text ?? undefined, createdAt: r.created_at }));
  }

  private async transition(id: string, action: TicketAction, actor: string, set: string, text?: string) {
    return writeTransaction(this.db, () => {
      assertTransition(this.mustGet(id), action, actor);
      const extra = set ? `${set}, ` : '';
      this.db
        .prepare(`UPDATE tickets SET ${extra}status = @status, updated_at = @now WHERE id = @id`)
        .run({ id, actor, text: text ?? null, status: NEXT_STATUS[action], now: new Date().toISOString() });
      this.event(id, { type: EVENT_OF[action], actor, text });
      return this.mustGet(id);
    });
  }

  private row(sql: string, arg: unknown): TicketRow | undefined {
    return this.db.prepare(sql).get(arg) as TicketRow | undefined;
  }

  private mustGet(id: string): Ticket {
    const r = this.row('SELECT * FROM tickets WHERE id = ?', id);
    if (!r) throw ticketNotFound(id);
    return toTicket(r);
  }

  private event(id: string, e: Omit<TicketEvent, 'createdAt'>): void {
    this.db
      .prepare('INSERT INTO ticket_events (ticket_id, type, actor, text, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, e.type, e.actor ?? null, e.text ?? null, new Date().toISOString());
  }
}
