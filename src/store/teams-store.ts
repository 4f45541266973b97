import type { Db } from './db.js';

export interface TeamsStaffChannelRow {
  reference: Record<string, unknown>;
  registeredBy: string;
  registeredAt: string;
}

export interface TeamsTicketCardRow {
  conversationId: string;
  activityId: string;
}

/**
 * The Teams channel's own state on SQLite (migration 030): the registered staff channel and the card that
 * shows each ticket there. Same shape as `TeamsState` in adapters/teams/state.ts, which cannot be imported
 * from here (src/ never imports adapters/).
 */
export class TeamsStore {
  constructor(private readonly db: Db) {}

  staffChannel(): TeamsStaffChannelRow | undefined {
    const row = this.db.prepare('SELECT reference_json, registered_by, registered_at FROM teams_staff_channel WHERE id = 1').get() as
      | { reference_json: string; registered_by: string; registered_at: string }
      | undefined;
    return row && { reference: JSON.parse(row.reference_json), registeredBy: row.registered_by, registeredAt: row.registered_at };
  }

  setStaffChannel(record: TeamsStaffChannelRow): void {
    this.db
      .prepare(
        `INSERT INTO teams_staff_channel (id, reference_json, registered_by, registered_at) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET reference_json = excluded.reference_json, registered_by = excluded.registered_by,
           registered_at = excluded.registered_at`,
      )
      .run(JSON.stringify(record.reference), record.registeredBy, record.registeredAt);
  }

  ticketCard(ticketId: string): TeamsTicketCardRow | undefined {
    const row = this.db.prepare('SELECT conversation_id, activity_id FROM teams_ticket_cards WHERE ticket_id = ?').get(ticketId) as
      | { conversation_id: string; activity_id: string }
      | undefined;
    return row && { conversationId: row.conversation_id, activityId: row.activity_id };
  }

  setTicketCard(ticketId: string, card: TeamsTicketCardRow): void {
    this.db
      .prepare(
        `INSERT INTO teams_ticket_cards (ticket_id, conversation_id, activity_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(ticket_id) DO UPDATE SET conversation_id = excluded.conversation_id, activity_id = excluded.activity_id`,
      )
      .run(ticketId, card.conversationId, card.activityId, new Date().toISOString());
  }
}
