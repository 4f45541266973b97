import type { OpenTicketInput, Ticket, TicketEvent, TicketFilter, TicketQueue } from '../../tickets/types.js';
import { assertTransition, EVENT_OF, formatTicketId, NEXT_STATUS, ticketNotFound, type TicketAction } from '../../tickets/transitions.js';
import { toTicket, type TicketRow } from '../ticket-store.js';
import { all, inTransaction, one, type PgPool, type Queryable } from './pool.js';

/** The ticket queue on PostgreSQL: `open` is idempotent on the source message id across replicas (a unique key). */
export class PgTicketQueue implements TicketQueue {
  constructor(private readonly pool: PgPool) {}

  async open(input: OpenTicketInput): Promise<Ticket> {
    return inTransaction(this.pool, async (c) => {
      const seq = Number((await one<{ seq: number }>(c, `SELECT nextval(pg_get_serial_sequence('tickets', 'seq')) AS seq`))!.seq);
      const id = formatTicketId(seq);
      const { rowCount } = await c.query(
        `INSERT INTO tickets (seq, id, source_message_id, status, category, lang, question, channel, conversation_id,
           ref_json, sender_json, attachments_json, created_at, updated_at)
         VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8, $9, $10, $11, now(), now()) ON CONFLICT (source_message_id) DO NOTHING`,
        [seq, id, input.sourceMessageId, input.category, input.lang, input.question, input.ref.channel, input.ref.conversationId,
          JSON.stringify(input.ref), JSON.stringify(input.sender), JSON.stringify(input.attachments ?? [])],
      );
      if (!rowCount) return toTicket((await one<TicketRow>(c, 'SELECT * FROM tickets WHERE source_message_id = $1', [input.sourceMessageId]))!);
      await this.event(c, id, { type: 'opened', actor: input.sender.id, text: input.question });
      return this.mustGet(c, id);
    });
  }

  async get(id: string): Promise<Ticket | undefined> {
    const r = await one<TicketRow>(this.pool, 'SELECT * FROM tickets WHERE id = $1', [id]);
    return r && toTicket(r);
  }

  async list(filter: TicketFilter = {}): Promise<Ticket[]> {
    const since = filter.olderThanHours === undefined ? null : new Date(Date.now() - filter.olderThanHours * 3_600_000);
    const rows = await all<TicketRow>(
      this.pool,
      `SELECT * FROM tickets
       WHERE ($1::text[] IS NULL OR status = ANY($1)) AND ($2::text IS NULL OR channel = $2) AND ($3::text IS NULL OR category = $3)
         AND ($4::text IS NULL OR conversation_id = $4) AND ($5::timestamptz IS NULL OR created_at <= $5)
       ORDER BY created_at, seq LIMIT $6`,
      [filter.status?.length ? filter.status : null, filter.channel ?? null, filter.category ?? null, filter.conversationId ?? null,
        since, filter.limit ?? null],
    );
    return rows.map(toTicket);
  }

  claim(id: string, staff: string) {
    return this.transition(id, { action: 'claim', actor: staff, set: 'claimed_by = $4', values: [staff] });
  }

  answer(id: string, staff: string, text: string) {
    return this.transition(id, { action: 'answer', actor: staff, text, set: 'answered_by = $4, answer = $5, delivered_at = NULL', values: [staff, text] });
  }

  close(id: string, staff: string) {
    return this.transition(id, { action: 'close', actor: staff });
  }

  reopen(id: string, actor: string, text?: string) {
    return this.transition(id, { action: 'reopen', actor, text, set: 'delivered_at = NULL' });
  }

  async addMessage(id: string, actor: string, text: string): Promise<Ticket> {
    return inTransaction(this.pool, async (c) => {
      await this.mustGet(c, id, 'FOR UPDATE');
      await c.query('UPDATE tickets SET updated_at = now() WHERE id = $1', [id]);
      await this.event(c, id, { type: 'message', actor, text });
      return this.mustGet(c, id);
    });
  }

  async markDelivered(id: string): Promise<void> {
    await this.mark(id, 'delivered_at', 'delivered');
  }

  async markReminded(id: string): Promise<void> {
    await this.mark(id, 'sla_reminded_at', 'reminded');
  }

  async events(id: string): Promise<TicketEvent[]> {
    await this.mustGet(this.pool, id);
    const rows = await all<{ type: TicketEvent['type']; actor: string | null; text: string | null; created_at: string }>(
      this.pool, 'SELECT type, actor, text, created_at FROM ticket_events WHERE ticket_id = $1 ORDER BY id', [id],
    );
    return rows.map((r) => ({ type: r.type, actor: r.actor ?? undefined, text: r.text ?? undefined, createdAt: r.created_at }));
  }

  private async mark(id: string, column: 'delivered_at' | 'sla_reminded_at', type: TicketEvent['type']): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await this.mustGet(c, id, 'FOR UPDATE');
      await c.query(`UPDATE tickets SET ${column} = now() WHERE id = $1`, [id]);
      await this.event(c, id, { type });
    });
  }

  /** One state change under the row's lock: $1 id, $2 the new status, $3 now, $4… the change's own values. */
  private transition(id: string, t: { action: TicketAction; actor: string; text?: string; set?: string; values?: unknown[] }): Promise<Ticket> {
    return inTransaction(this.pool, async (c) => {
      assertTransition(await this.mustGet(c, id, 'FOR UPDATE'), t.action, t.actor);
      const extra = t.set ? `${t.set}, ` : '';
      await c.query(`UPDATE tickets SET ${extra}status = $2, updated_at = $3 WHERE id = $1`, [id, NEXT_STATUS[t.action], new Date(), ...(t.values ?? [])]);
      await this.event(c, id, { type: EVENT_OF[t.action], actor: t.actor, text: t.text });
      return this.mustGet(c, id);
    });
  }

  private async mustGet(db: Queryable, id: string, lock = ''): Promise<Ticket> {
    const r = await one<TicketRow>(db, `SELECT * FROM tickets WHERE id = $1 ${lock}`, [id]);
    if (!r) throw ticketNotFound(id);
    return toTicket(r);
  }

  private async event(db: Queryable, id: string, e: Omit<TicketEvent, 'createdAt'>): Promise<void> {
    await db.query('INSERT INTO ticket_events (ticket_id, type, actor, text, created_at) VALUES ($1, $2, $3, $4, now())',
      [id, e.type, e.actor ?? null, e.text ?? null]);
  }
}
