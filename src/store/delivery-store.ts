import { randomUUID } from 'node:crypto';
import type { Delivery, DeliveryInput, DeliveryQueue, DeliveryStatus, LeaseRequest } from '../delivery/types.js';
import { assertDeliveryTransition, deliveryNotFound, NEXT_DELIVERY_STATUS, type DeliveryAction } from '../delivery/transitions.js';
import { type Db, writeTransaction } from './db.js';

export type DeliveryRow = Record<string, string | number | null>;
type Row = DeliveryRow;

const opt = (v: string | number | null | undefined) => (v === null || v === undefined ? undefined : String(v));

export function toDelivery(r: Row): Delivery {
  return {
    id: String(r.id), key: String(r.idempotency_key), channel: String(r.channel), kind: r.kind as Delivery['kind'],
    subject: String(r.subject), ref: r.ref_json ? JSON.parse(String(r.ref_json)) : undefined, payload: JSON.parse(String(r.payload_json)),
    status: r.status as DeliveryStatus, attempts: Number(r.attempts), nextAttemptAt: String(r.next_attempt_at),
    leaseUntil: opt(r.lease_until), attemptStartedAt: opt(r.attempt_started_at), lastError: opt(r.last_error),
    externalId: opt(r.external_id), createdAt: String(r.created_at), sentAt: opt(r.sent_at),
  };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** The delivery queue on SQLite (migration 080): deliveries wait across restarts until they are sent. */
export class SqliteDeliveryQueue implements DeliveryQueue {
  constructor(private readonly db: Db) {}

  async enqueue(input: DeliveryInput): Promise<{ delivery: Delivery; created: boolean }> {
    const now = new Date().toISOString();
    const { changes } = this.db
      .prepare(
        `INSERT INTO deliveries (id, idempotency_key, channel, kind, subject, ref_json, payload_json, status, attempts,
           next_attempt_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
      )
      .run(`dlv-${randomUUID()}`, input.key, input.channel, input.kind, input.subject, input.ref ? JSON.stringify(input.ref) : null,
        JSON.stringify(input.payload), now, now, now);
    const row = this.db.prepare('SELECT * FROM deliveries WHERE idempotency_key = ?').get(input.key) as Row;
    return { delivery: toDelivery(row), created: changes > 0 };
  }

  async get(id: string): Promise<Delivery | undefined> {
    const row = this.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as Row | undefined;
    return row && toDelivery(row);
  }

  async lease(r: LeaseRequest): Promise<Delivery[]> {
    if (r.channels.length === 0 || r.ids?.length === 0) return [];
    const now = (r.now ?? new Date()).toISOString();
    const until = new Date(Date.parse(now) + r.leaseMs).toISOString();
    const byId = r.ids ? `AND d.id IN (${placeholders(r.ids.length)})` : '';
    return writeTransaction(this.db, () => {
      const rows = this.db
        .prepare(
          `SELECT d.* FROM deliveries d
           WHERE d.channel IN (${placeholders(r.channels.length)}) ${byId}
             AND ((d.status = 'pending' AND d.next_attempt_at <= ?) OR (d.status = 'sending' AND d.lease_until <= ?))
             AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.channel = d.channel AND e.subject = d.subject
                             AND e.seq < d.seq AND e.status IN ('pending', 'sending'))
           ORDER BY d.seq LIMIT ?`,
        )
        .all(...r.channels, ...(r.ids ?? []), now, now, r.limit) as Row[];
      const take = this.db.prepare(`UPDATE deliveries SET status = 'sending', lease_until = ?, updated_at = ? WHERE id = ?`);
      for (const row of rows) take.run(until, now, row.id);
      return rows.map((row) => toDelivery({ ...row, status: 'sending', lease_until: until }));
    });
  }

  async markAttempt(id: string): Promise<void> {
    this.change(id, 'attempt', 'attempt_started_at = @now', {});
  }

  async markSent(id: string, externalId: string): Promise<Delivery> {
    return this.change(id, 'send', 'external_id = @text, sent_at = @now, attempts = attempts + 1, lease_until = NULL, last_error = NULL', { text: externalId });
  }

  async retry(id: string, error: string, at: Date): Promise<Delivery> {
    return this.change(id, 'retry', 'attempts = attempts + 1, last_error = @text, next_attempt_at = @at, lease_until = NULL, attempt_started_at = NULL',
      { text: error, at: at.toISOString() });
  }

  async kill(id: string, reason: string): Promise<Delivery> {
    // A delivery killed while sending ends an attempt: it is counted.
    return this.change(id, 'kill', "last_error = @text, lease_until = NULL, attempts = attempts + (status = 'sending')", { text: reason });
  }

  async revive(id: string): Promise<Delivery> {
    return this.change(id, 'revive', 'next_attempt_at = @now, attempt_started_at = NULL', {});
  }

  async list(filter: { status?: DeliveryStatus[]; limit?: number } = {}): Promise<Delivery[]> {
    const statuses = filter.status ?? [];
    const where = statuses.length ? `WHERE status IN (${placeholders(statuses.length)})` : '';
    const rows = this.db.prepare(`SELECT * FROM deliveries ${where} ORDER BY seq LIMIT ?`).all(...statuses, filter.limit ?? -1) as Row[];
    return rows.map(toDelivery);
  }

  async nextDueAt(channels: readonly string[]): Promise<string | undefined> {
    if (channels.length === 0) return undefined;
    const next = this.db
      .prepare(`SELECT min(next_attempt_at) FROM deliveries WHERE status = 'pending' AND channel IN (${placeholders(channels.length)})`)
      .pluck()
      .get(...channels) as string | null;
    return next ?? undefined;
  }

  async countByStatus(): Promise<Record<DeliveryStatus, number>> {
    const rows = this.db.prepare('SELECT status, count(*) AS n FROM deliveries GROUP BY status').all() as { status: DeliveryStatus; n: number }[];
    return { pending: 0, sending: 0, sent: 0, dead: 0, ...Object.fromEntries(rows.map((r) => [r.status, r.n])) };
  }

  private change(id: string, action: DeliveryAction, set: string, args: Record<string, unknown>): Delivery {
    return writeTransaction(this.db, () => {
      assertDeliveryTransition(this.mustGet(id), action);
      this.db
        .prepare(`UPDATE deliveries SET ${set}, status = @status, updated_at = @now WHERE id = @id`)
        .run({ text: null, at: null, ...args, id, status: NEXT_DELIVERY_STATUS[action], now: new Date().toISOString() });
      return this.mustGet(id);
    });
  }

  private mustGet(id: string): Delivery {
    const row = this.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw deliveryNotFound(id);
    return toDelivery(row);
  }
}
