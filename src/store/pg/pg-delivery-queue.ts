import { randomUUID } from 'node:crypto';
import type { Delivery, DeliveryInput, DeliveryQueue, DeliveryStatus, LeaseRequest } from '../../delivery/types.js';
import { assertDeliveryTransition, deliveryNotFound, NEXT_DELIVERY_STATUS, type DeliveryAction } from '../../delivery/transitions.js';
import { toDelivery, type DeliveryRow } from '../delivery-store.js';
import { all, inTransaction, one, type PgPool, type Queryable } from './pool.js';

/**
 * The delivery queue on PostgreSQL. Replicas lease with FOR UPDATE SKIP LOCKED: each takes due
 * deliveries the others are not taking at that moment, none waits on another's lock, and none takes a
 * delivery behind an unsent one of the same channel and subject.
 */
export class PgDeliveryQueue implements DeliveryQueue {
  constructor(private readonly pool: PgPool) {}

  async enqueue(input: DeliveryInput): Promise<{ delivery: Delivery; created: boolean }> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO deliveries (id, idempotency_key, channel, kind, subject, ref_json, payload_json, status, attempts,
         next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $8, $8) ON CONFLICT (idempotency_key) DO NOTHING`,
      [`dlv-${randomUUID()}`, input.key, input.channel, input.kind, input.subject, input.ref ? JSON.stringify(input.ref) : null,
        JSON.stringify(input.payload), new Date()],
    );
    const row = await one<DeliveryRow>(this.pool, 'SELECT * FROM deliveries WHERE idempotency_key = $1', [input.key]);
    return { delivery: toDelivery(row!), created: (rowCount ?? 0) > 0 };
  }

  async get(id: string): Promise<Delivery | undefined> {
    const row = await one<DeliveryRow>(this.pool, 'SELECT * FROM deliveries WHERE id = $1', [id]);
    return row && toDelivery(row);
  }

  async lease(r: LeaseRequest): Promise<Delivery[]> {
    if (r.channels.length === 0 || r.ids?.length === 0) return [];
    const now = r.now ?? new Date();
    const until = new Date(now.getTime() + r.leaseMs);
    const rows = await all<DeliveryRow>(
      this.pool,
      `WITH due AS (
         SELECT d.seq FROM deliveries d
         WHERE d.channel = ANY($1) AND ($2::text[] IS NULL OR d.id = ANY($2))
           AND ((d.status = 'pending' AND d.next_attempt_at <= $3) OR (d.status = 'sending' AND d.lease_until <= $3))
           AND NOT EXISTS (SELECT 1 FROM deliveries e WHERE e.channel = d.channel AND e.subject = d.subject
                           AND e.seq < d.seq AND e.status IN ('pending', 'sending'))
         ORDER BY d.seq LIMIT $4
         FOR UPDATE SKIP LOCKED)
       UPDATE deliveries SET status = 'sending', lease_until = $5, updated_at = $3
       FROM due WHERE deliveries.seq = due.seq
       RETURNING deliveries.*`,
      [r.channels, r.ids ?? null, now, r.limit, until],
    );
    return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toDelivery);
  }

  async markAttempt(id: string): Promise<void> {
    await this.change(id, 'attempt', 'attempt_started_at = $3', []);
  }

  async markSent(id: string, externalId: string): Promise<Delivery> {
    return this.change(id, 'send', 'external_id = $4, sent_at = $3, attempts = attempts + 1, lease_until = NULL, last_error = NULL', [externalId]);
  }

  async retry(id: string, error: string, at: Date): Promise<Delivery> {
    return this.change(id, 'retry', 'attempts = attempts + 1, last_error = $4, next_attempt_at = $5, lease_until = NULL, attempt_started_at = NULL', [error, at]);
  }

  async kill(id: string, reason: string): Promise<Delivery> {
    // A delivery killed while sending ends an attempt: it is counted.
    return this.change(id, 'kill', "last_error = $4, lease_until = NULL, attempts = attempts + (status = 'sending')::int", [reason]);
  }

  async revive(id: string): Promise<Delivery> {
    return this.change(id, 'revive', 'next_attempt_at = $3, attempt_started_at = NULL', []);
  }

  async list(filter: { status?: DeliveryStatus[]; limit?: number } = {}): Promise<Delivery[]> {
    const statuses = filter.status?.length ? filter.status : null;
    const rows = await all<DeliveryRow>(this.pool, 'SELECT * FROM deliveries WHERE ($1::text[] IS NULL OR status = ANY($1)) ORDER BY seq LIMIT $2',
      [statuses, filter.limit ?? null]);
    return rows.map(toDelivery);
  }

  async nextDueAt(channels: readonly string[]): Promise<string | undefined> {
    if (channels.length === 0) return undefined;
    const row = await one<{ next: string | null }>(this.pool,
      `SELECT min(next_attempt_at) AS next FROM deliveries WHERE status = 'pending' AND channel = ANY($1)`, [channels]);
    return row?.next ?? undefined;
  }

  async countByStatus(): Promise<Record<DeliveryStatus, number>> {
    const rows = await all<{ status: DeliveryStatus; n: number }>(this.pool, 'SELECT status, count(*) AS n FROM deliveries GROUP BY status');
    return { pending: 0, sending: 0, sent: 0, dead: 0, ...Object.fromEntries(rows.map((r) => [r.status, r.n])) };
  }

  /** One state change under the row's lock: $1 id, $2 the new status, $3 now, $4… the change's own values. */
  private change(id: string, action: DeliveryAction, set: string, args: unknown[]): Promise<Delivery> {
    return inTransaction(this.pool, async (c) => {
      assertDeliveryTransition(await this.mustGet(c, id, 'FOR UPDATE'), action);
      await c.query(`UPDATE deliveries SET ${set}, status = $2, updated_at = $3 WHERE id = $1`, [id, NEXT_DELIVERY_STATUS[action], new Date(), ...args]);
      return this.mustGet(c, id);
    });
  }

  private async mustGet(db: Queryable, id: string, lock = ''): Promise<Delivery> {
    const row = await one<DeliveryRow>(db, `SELECT * FROM deliveries WHERE id = $1 ${lock}`, [id]);
    if (!row) throw deliveryNotFound(id);
    return toDelivery(row);
  }
}
