import type { Db } from './db.js';

/** Where a ticket's message sits in the Slack staff channel. */
export interface SlackMessageRef {
  channel: string;
  ts: string;
}

/**
 * The durable ticket → staff-channel message map of the Slack channel (migration 040). Its shape matches
 * the adapter's `StaffMessageStore` port, which src/ cannot import.
 */
export class SlackStaffMessageStore {
  constructor(private readonly db: Db) {}

  get(ticketId: string): SlackMessageRef | undefined {
    const row = this.db.prepare('SELECT channel_id, message_ts FROM slack_staff_messages WHERE ticket_id = ?').get(ticketId) as
      | { channel_id: string; message_ts: string }
      | undefined;
    return row ? { channel: row.channel_id, ts: row.message_ts } : undefined;
  }

  put(ticketId: string, ref: SlackMessageRef): void {
    const now = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO slack_staff_messages (ticket_id, channel_id, message_ts, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(ticket_id) DO UPDATE SET channel_id = excluded.channel_id, message_ts = excluded.message_ts, updated_at = excluded.updated_at`,
      )
      .run(ticketId, ref.channel, ref.ts, now, now);
  }
}
