import type { Db } from './db.js';

export interface ChannelDayCount {
  channel: string;
  day: string;
  count: number;
}

export interface KindCount {
  kind: string;
  count: number;
}

export interface AskedQuestion {
  text: string;
  channel: string;
  lang: string;
  createdAt: string;
}

export interface StaffAnswerTime {
  ticketId: string;
  openedAt: string;
  answeredAt: string;
}

// A "question" is an audit record with text: button actions (feedback, ask-secretariat) carry none.
const QUESTION = "created_at >= ? AND trim(question) <> ''";

/** Read-only aggregates over the audit log and the tickets, for the console's insights page. */
export class InsightsStore {
  constructor(private readonly db: Db) {}

  questionsPerChannelDay(sinceIso: string): ChannelDayCount[] {
    return this.db
      .prepare(
        `SELECT channel, substr(created_at, 1, 10) AS day, count(*) AS count FROM audit_records
         WHERE ${QUESTION} GROUP BY channel, day ORDER BY day, channel`,
      )
      .all(sinceIso) as ChannelDayCount[];
  }

  outcomes(sinceIso: string): KindCount[] {
    return this.db
      .prepare(`SELECT kind, count(*) AS count FROM audit_records WHERE ${QUESTION} GROUP BY kind ORDER BY kind`)
      .all(sinceIso) as KindCount[];
  }

  /**
   * Questions that got "no established position", newest first (the resolved form of follow-ups): those
   * on the assistant's subject (knowledge gaps), or with `outOfScope` those read as outside it.
   */
  noPositionQuestions(sinceIso: string, limit = 2000, options: { outOfScope?: boolean } = {}): AskedQuestion[] {
    const scope = options.outOfScope ? `intent = 'out-of-scope'` : `(intent IS NULL OR intent <> 'out-of-scope')`;
    return this.db
      .prepare(
        `SELECT coalesce(resolved_question, question) AS text, channel, lang, created_at AS createdAt FROM audit_records
         WHERE ${QUESTION} AND kind = 'no-position' AND ${scope} ORDER BY created_at DESC LIMIT ?`,
      )
      .all(sinceIso, limit) as AskedQuestion[];
  }

  /** Each ticket opened since the date and its first staff answer. */
  staffAnswerTimes(sinceIso: string): StaffAnswerTime[] {
    return this.db
      .prepare(
        `SELECT t.id AS ticketId, t.created_at AS openedAt, min(e.created_at) AS answeredAt
         FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id AND e.type = 'answered'
         WHERE t.created_at >= ? GROUP BY t.id ORDER BY t.created_at`,
      )
      .all(sinceIso) as StaffAnswerTime[];
  }

  ticketsByStatus(): KindCount[] {
    return this.db.prepare('SELECT status AS kind, count(*) AS count FROM tickets GROUP BY status ORDER BY status').all() as KindCount[];
  }
}
