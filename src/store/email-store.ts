import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';

export const INTAKE_STATES = ['received', 'processing', 'answered', 'ticketed', 'drafted', 'staff', 'ignored', 'failed'] as const;
export type IntakeState = (typeof INTAKE_STATES)[number];
export type FinalIntakeState = Exclude<IntakeState, 'received' | 'processing'>;

/** Where a message sits on the IMAP server; UIDs are only meaningful with their mailbox's UIDVALIDITY. */
export interface IntakeKey {
  mailbox: string;
  uidValidity: string;
  uid: number;
}

export interface IntakeRecord extends IntakeKey {
  id: number;
  messageId: string;
  state: IntakeState;
  reason?: string;
  attempts: number;
  sender?: string;
  conversationId?: string;
  ticketId?: string;
  draftId?: string;
  outboxId?: string;
  folder?: string;
  movedAt?: string;
  updatedAt: string;
}

export interface IntakeOutcome {
  reason?: string;
  sender?: string;
  conversationId?: string;
  ticketId?: string;
  draftId?: string;
  outboxId?: string;
  folder: string;
}

export interface StoredAttachment {
  n: number;
  filename: string;
  contentType: string;
  size: number;
  sha256?: string;
  storedAt?: string;
}

export interface OutboxInput {
  /** The Message-ID (without angle brackets), fixed before the first attempt. */
  id: string;
  /** A second enqueue with the same key is a no-op: that is what makes a resumed turn send once. */
  idempotencyKey: string;
  kind: 'reply' | 'notification';
  conversationId?: string;
  envelopeFrom: string;
  recipients: string[];
  raw: Buffer;
}

export interface OutboxItem extends OutboxInput {
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  sentAt?: string;
  appendedAt?: string;
}

const FINAL: readonly IntakeState[] = ['answered', 'ticketed', 'drafted', 'staff', 'ignored', 'failed'];
export const isFinalState = (s: IntakeState): s is FinalIntakeState => FINAL.includes(s);

const now = () => new Date().toISOString();
const opt = (v: string | number | null) => (v === null ? undefined : String(v));

function toIntake(r: Record<string, string | number | null>): IntakeRecord {
  return {
    id: Number(r.id), mailbox: String(r.mailbox), uidValidity: String(r.uid_validity), uid: Number(r.uid),
    messageId: String(r.message_id), state: r.state as IntakeState, reason: opt(r.reason), attempts: Number(r.attempts),
    sender: opt(r.sender), conversationId: opt(r.conversation_id), ticketId: opt(r.ticket_id), draftId: opt(r.draft_id),
    outboxId: opt(r.outbox_id), folder: opt(r.folder), movedAt: opt(r.moved_at), updatedAt: String(r.updated_at),
  };
}

function toOutbox(r: Record<string, unknown>): OutboxItem {
  const s = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  return {
    id: String(r.id), idempotencyKey: String(r.idempotency_key), kind: r.kind as OutboxItem['kind'],
    conversationId: s(r.conversation_id), envelopeFrom: String(r.envelope_from),
    recipients: JSON.parse(String(r.recipients_json)), raw: r.raw as Buffer, status: r.status as OutboxItem['status'],
    attempts: Number(r.attempts), nextAttemptAt: String(r.next_attempt_at), lastError: s(r.last_error),
    sentAt: s(r.sent_at), appendedAt: s(r.appended_at),
  };
}

/** The email channel's durable state: intake state machine, thread index, outbox and attachment metadata. */
export class EmailStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  /** Prepared once: the intake runs several statements per message, hundreds of messages a minute. */
  private sql(text: string): Statement {
    let stmt = this.statements.get(text);
    if (!stmt) this.statements.set(text, (stmt = this.db.prepare(text)));
    return stmt;
  }

  /** The intake record of a message, created in `received` the first time it is seen. */
  intake(key: IntakeKey, messageId: string): IntakeRecord {
    const t = now();
    this.sql(
      `INSERT INTO email_intake (mailbox, uid_validity, uid, message_id, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'received', ?, ?) ON CONFLICT (mailbox, uid_validity, uid) DO NOTHING`,
    ).run(key.mailbox, key.uidValidity, key.uid, messageId, t, t);
    return this.mustIntake(key);
  }

  intakeByKey(key: IntakeKey): IntakeRecord | undefined {
    const r = this.sql('SELECT * FROM email_intake WHERE mailbox = ? AND uid_validity = ? AND uid = ?')
      .get(key.mailbox, key.uidValidity, key.uid) as Record<string, string | number | null> | undefined;
    return r && toIntake(r);
  }

  /**
   * Another copy of the same Message-ID already taken past `received` (processed, or being processed).
   * A failed copy does not count: moving failed mail back to the inbox is how staff retry it.
   */
  earlierCopy(messageId: string, exceptId: number): IntakeRecord | undefined {
    const r = this.sql(`SELECT * FROM email_intake WHERE message_id = ? AND id <> ? AND state NOT IN ('received', 'failed') ORDER BY id LIMIT 1`)
      .get(messageId, exceptId) as Record<string, string | number | null> | undefined;
    return r && toIntake(r);
  }

  startProcessing(id: number): IntakeRecord {
    this.sql(`UPDATE email_intake SET state = 'processing', attempts = attempts + 1, updated_at = ? WHERE id = ?`).run(now(), id);
    return this.mustIntakeById(id);
  }

  /** Back to `received` after a transient failure: the next scan tries again. */
  retryLater(id: number, reason: string): void {
    this.sql(`UPDATE email_intake SET state = 'received', reason = ?, updated_at = ? WHERE id = ?`).run(reason, now(), id);
  }

  finish(id: number, state: FinalIntakeState, o: IntakeOutcome): IntakeRecord {
    this.sql(
      `UPDATE email_intake SET state = @state, reason = @reason, sender = coalesce(@sender, sender),
         conversation_id = coalesce(@conversationId, conversation_id), ticket_id = @ticketId, draft_id = @draftId,
         outbox_id = @outboxId, folder = @folder, updated_at = @now WHERE id = @id`,
    ).run({ id, state, reason: o.reason ?? null, sender: o.sender ?? null, conversationId: o.conversationId ?? null,
      ticketId: o.ticketId ?? null, draftId: o.draftId ?? null, outboxId: o.outboxId ?? null, folder: o.folder, now: now() });
    return this.mustIntakeById(id);
  }

  markMoved(ids: readonly number[]): void {
    const stmt = this.sql('UPDATE email_intake SET moved_at = ?, updated_at = ? WHERE id = ?');
    const t = now();
    this.db.transaction(() => ids.forEach((id) => stmt.run(t, t, id)))();
  }

  intakeCounts(): Record<IntakeState, number> {
    const rows = this.sql('SELECT state, count(*) AS n FROM email_intake GROUP BY state').all() as { state: IntakeState; n: number }[];
    const counts = Object.fromEntries(INTAKE_STATES.map((s) => [s, 0])) as Record<IntakeState, number>;
    for (const r of rows) counts[r.state] = r.n;
    return counts;
  }

  /** The conversation of the first of these Message-IDs that is known. */
  conversationOf(messageIds: readonly string[]): string | undefined {
    const stmt = this.sql('SELECT conversation_id FROM email_threads WHERE message_id = ?').pluck();
    for (const id of messageIds) {
      const found = stmt.get(id) as string | undefined;
      if (found) return found;
    }
    return undefined;
  }

  linkThread(messageIds: readonly string[], conversationId: string): void {
    const stmt = this.sql('INSERT OR IGNORE INTO email_threads (message_id, conversation_id, created_at) VALUES (?, ?, ?)');
    const t = now();
    this.db.transaction(() => messageIds.forEach((id) => stmt.run(id, conversationId, t)))();
  }

  saveAttachments(intakeId: number, list: readonly StoredAttachment[]): void {
    const stmt = this.sql(
      `INSERT OR REPLACE INTO email_attachments (intake_id, n, filename, content_type, size, sha256, stored_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const t = now();
    this.db.transaction(() => list.forEach((a) => stmt.run(intakeId, a.n, a.filename, a.contentType, a.size, a.sha256 ?? null, a.storedAt ?? null, t)))();
  }

  attachments(intakeId: number): StoredAttachment[] {
    const rows = this.sql('SELECT * FROM email_attachments WHERE intake_id = ? ORDER BY n').all(intakeId) as Record<string, string | number | null>[];
    return rows.map((r) => ({
      n: Number(r.n), filename: String(r.filename), contentType: String(r.content_type), size: Number(r.size),
      sha256: opt(r.sha256), storedAt: opt(r.stored_at),
    }));
  }

  /** Queues a message unless one with the same idempotency key exists; returns the queued message's id. */
  enqueue(item: OutboxInput): { id: string; created: boolean } {
    const t = now();
    const { changes } = this.sql(
      `INSERT INTO email_outbox (id, idempotency_key, kind, conversation_id, envelope_from, recipients_json, raw, status,
         next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    ).run(item.id, item.idempotencyKey, item.kind, item.conversationId ?? null, item.envelopeFrom,
      JSON.stringify(item.recipients), item.raw, t, t);
    const id = this.sql('SELECT id FROM email_outbox WHERE idempotency_key = ?').pluck().get(item.idempotencyKey) as string;
    return { id, created: changes > 0 };
  }

  outboxItem(id: string): OutboxItem | undefined {
    const r = this.sql('SELECT * FROM email_outbox WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return r && toOutbox(r);
  }

  dueOutbox(limit: number, at = now()): OutboxItem[] {
    const rows = this.sql(`SELECT * FROM email_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY created_at, rowid LIMIT ?`)
      .all(at, limit) as Record<string, unknown>[];
    return rows.map(toOutbox);
  }

  /** When the earliest pending message is next due, if any. */
  nextAttemptAt(): string | undefined {
    return (this.sql(`SELECT min(next_attempt_at) FROM email_outbox WHERE status = 'pending'`).pluck().get() as string | null) ?? undefined;
  }

  markSent(id: string): void {
    this.sql(`UPDATE email_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?`).run(now(), id);
  }

  reschedule(id: string, nextAttemptAt: string, error: string): void {
    this.sql(`UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?`)
      .run(nextAttemptAt, error, id);
  }

  markFailed(id: string, error: string): void {
    this.sql(`UPDATE email_outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`).run(error, id);
  }

  /** Sent messages whose copy has not reached the Sent folder yet. */
  unappended(limit: number): OutboxItem[] {
    const rows = this.sql(`SELECT * FROM email_outbox WHERE status = 'sent' AND appended_at IS NULL ORDER BY sent_at LIMIT ?`)
      .all(limit) as Record<string, unknown>[];
    return rows.map(toOutbox);
  }

  markAppended(id: string): void {
    this.sql('UPDATE email_outbox SET appended_at = ? WHERE id = ?').run(now(), id);
  }

  outboxCounts(): { pending: number; sent: number; failed: number; unappended: number } {
    const r = this.sql(
      `SELECT sum(status = 'pending') AS pending, sum(status = 'sent') AS sent, sum(status = 'failed') AS failed,
         sum(status = 'sent' AND appended_at IS NULL) AS unappended FROM email_outbox`,
    ).get() as Record<string, number | null>;
    return { pending: r.pending ?? 0, sent: r.sent ?? 0, failed: r.failed ?? 0, unappended: r.unappended ?? 0 };
  }

  private mustIntake(key: IntakeKey): IntakeRecord {
    return this.intakeByKey(key)!;
  }

  private mustIntakeById(id: number): IntakeRecord {
    return toIntake(this.sql('SELECT * FROM email_intake WHERE id = ?').get(id) as Record<string, string | number | null>);
  }
}
