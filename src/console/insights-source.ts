/** Questions asked on one channel on one UTC day (YYYY-MM-DD). */
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

/**
 * The console's insights read model: aggregates over the audit log and the tickets of the whole
 * deployment (every replica's questions when they share PostgreSQL). A "question" is an audit record with
 * text: button presses (feedback, "Ask the secretariat") carry none. `sinceIso` is an ISO time, inclusive.
 */
export interface InsightsSource {
  questionsPerChannelDay(sinceIso: string): Promise<ChannelDayCount[]>;
  /** Questions by reply kind (answer, no-position, ticket, notice), by kind. */
  outcomes(sinceIso: string): Promise<KindCount[]>;
  /**
   * Questions that got "no established position", newest first, in their resolved form (follow-ups
   * completed): those on the assistant's subject (knowledge gaps), or with `outOfScope` those read as
   * outside it; at most `limit` (default 2000).
   */
  noPositionQuestions(sinceIso: string, options?: { limit?: number; outOfScope?: boolean }): Promise<AskedQuestion[]>;
  /** Each ticket opened since the date that staff answered, with its first answer, oldest first. */
  staffAnswerTimes(sinceIso: string): Promise<StaffAnswerTime[]>;
  /** Every ticket by status, whenever opened. */
  ticketsByStatus(): Promise<KindCount[]>;
}

export const NO_POSITION_LIMIT = 2000;
