import type { AskedQuestion, ChannelDayCount, InsightsSource, KindCount, StaffAnswerTime } from '../../console/insights-source.js';
import { NO_POSITION_LIMIT } from '../../console/insights-source.js';
import { all, type PgPool } from './pool.js';

// A "question" is an audit record with text: button actions (feedback, ask-secretariat) carry none.
const QUESTION = "created_at >= $1 AND btrim(question) <> ''";

/** The insights read model on PostgreSQL: every replica's questions and tickets. Days are UTC days. */
export class PgInsights implements InsightsSource {
  constructor(private readonly pool: PgPool) {}

  questionsPerChannelDay(sinceIso: string): Promise<ChannelDayCount[]> {
    return all<ChannelDayCount>(
      this.pool,
      `SELECT channel, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*) AS count FROM audit_records
       WHERE ${QUESTION} GROUP BY channel, day ORDER BY day, channel`,
      [sinceIso],
    );
  }

  outcomes(sinceIso: string): Promise<KindCount[]> {
    return all<KindCount>(this.pool, `SELECT kind, count(*) AS count FROM audit_records WHERE ${QUESTION} GROUP BY kind ORDER BY kind`, [sinceIso]);
  }

  noPositionQuestions(sinceIso: string, options: { limit?: number; outOfScope?: boolean } = {}): Promise<AskedQuestion[]> {
    const scope = options.outOfScope ? `intent = 'out-of-scope'` : `(intent IS NULL OR intent <> 'out-of-scope')`;
    return all<AskedQuestion>(
      this.pool,
      `SELECT coalesce(resolved_question, question) AS text, channel, lang, created_at AS "createdAt" FROM audit_records
       WHERE ${QUESTION} AND kind = 'no-position' AND ${scope} ORDER BY created_at DESC, seq DESC LIMIT $2`,
      [sinceIso, options.limit ?? NO_POSITION_LIMIT],
    );
  }

  staffAnswerTimes(sinceIso: string): Promise<StaffAnswerTime[]> {
    return all<StaffAnswerTime>(
      this.pool,
      `SELECT t.id AS "ticketId", t.created_at AS "openedAt", min(e.created_at) AS "answeredAt"
       FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id AND e.type = 'answered'
       WHERE t.created_at >= $1 GROUP BY t.id, t.created_at ORDER BY t.created_at, t.id`,
      [sinceIso],
    );
  }

  ticketsByStatus(): Promise<KindCount[]> {
    return all<KindCount>(this.pool, 'SELECT status AS kind, count(*) AS count FROM tickets GROUP BY status ORDER BY status');
  }
}
