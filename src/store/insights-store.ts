import type { AskedQuestion, ChannelDayCount, InsightsSource, KindCount, StaffAnswerTime } from '../console/insights-source.js';
import { NO_POSITION_LIMIT } from '../console/insights-source.js';
import type { Db } from './db.js';

// A "question" is an audit record with text: button actions (feedback, ask-secretariat) carry none.
const QUESTION = "created_at >= ? AND trim(question) <> ''";

/** The insights read model on SQLite: aggregates over the audit log and the tickets of this one process. */
export class SqliteInsights implements InsightsSource {
  constructor(private readonly db: Db) {}

  async questionsPerChannelDay(sinceIso: string): Promise<ChannelDayCount[]> {
    return this.db
      .prepare(
        `SELECT channel, substr(created_at, 1, 10) AS day, count(*) AS count FROM audit_records
         WHERE ${QUESTION} GROUP BY channel, day ORDER BY day, channel`,
      )
      .all(sinceIso) as ChannelDayCount[];
  }

  async outcomes(sinceIso: string): Promise<KindCount[]> {
    return this.db
      .prepare(`SELECT kind, count(*) AS count FROM audit_records WHERE ${QUESTION} GROUP BY kind ORDER BY kind`)
      .all(sinceIso) as KindCount[];
  }

  async noPositionQuestions(sinceIso: string, options: { limit?: number; outOfScope?: boolean } = {}): Promise<AskedQuestion[]> {
    const scope = options.outOfScope ? `intent = 'out-of-scope'` : `(intent IS NULL OR intent <> 'out-of-scope')`;
    return this.db
      .prepare(
        `SELECT coalesce(resolved_question, question) AS text, channel, lang, created_at AS createdAt FROM audit_records
         WHERE ${QUESTION} AND kind = 'no-position' AND ${scope} ORDER BY created_at DESC, rowid DESC LIMIT ?`,
      )
      .all(sinceIso, options.limit ?? NO_POSITION_LIMIT) as AskedQuestion[];
  }

  async staffAnswerTimes(sinceIso: string): Promise<StaffAnswerTime[]> {
    return this.db
      .prepare(
        `SELECT t.id AS ticketId, t.created_at AS openedAt, min(e.created_at) AS answeredAt
         FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id AND e.type = 'answered'
         WHERE t.created_at >= ? GROUP BY t.id ORDER BY t.created_at, t.id`,
      )
      .all(sinceIso) as StaffAnswerTime[];
  }

  async ticketsByStatus(): Promise<KindCount[]> {
    return this.db.prepare('SELECT status AS kind, count(*) AS count FROM tickets GROUP BY status ORDER BY status').all() as KindCount[];
  }
}
