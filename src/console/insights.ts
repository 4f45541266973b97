import type { InsightsSource } from './insights-source.js';
import { groupKnowledgeGaps, type GapTopic } from './knowledge-gaps.js';

export interface Outcomes {
  questions: number;
  answered: number;
  noPosition: number;
  ticket: number;
  /** Greetings, help and other notices. */
  other: number;
}

export interface Insights {
  since: string;
  /** Every day of the period, oldest first (UTC, YYYY-MM-DD). */
  days: string[];
  /** Questions per channel, one count per day of `days`. */
  perChannel: { channel: string; counts: number[] }[];
  outcomes: Outcomes;
  staffAnswer: { answered: number; medianHours: number | null };
  ticketsByStatus: Record<string, number>;
  /** Questions on the assistant's subject the corpus could not answer, by topic. */
  gaps: GapTopic[];
  /** Questions outside the assistant's subject ("the capital of Brazil"), kept apart from the gaps. */
  outOfScope: GapTopic[];
}

const DAY_MS = 86_400_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function periodDays(days: number, now: number): string[] {
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

function outcomesOf(rows: { kind: string; count: number }[]): Outcomes {
  const by = Object.fromEntries(rows.map((r) => [r.kind, r.count]));
  const questions = rows.reduce((n, r) => n + r.count, 0);
  const answered = by.answer ?? 0;
  const noPosition = by['no-position'] ?? 0;
  const ticket = by.ticket ?? 0;
  return { questions, answered, noPosition, ticket, other: questions - answered - noPosition - ticket };
}

/** Everything the insights page shows, for the last `days` days (1–366). */
export async function computeInsights(store: InsightsSource, options: { days: number; now?: number }): Promise<Insights> {
  const now = options.now ?? Date.now();
  const days = periodDays(Math.min(366, Math.max(1, Math.floor(options.days))), now);
  const since = `${days[0]}T00:00:00.000Z`;
  const index = new Map(days.map((d, i) => [d, i]));
  const perChannel = new Map<string, number[]>();
  const [rows, answers, outcomes, byStatus, gaps, outOfScope] = await Promise.all([
    store.questionsPerChannelDay(since), store.staffAnswerTimes(since), store.outcomes(since), store.ticketsByStatus(),
    store.noPositionQuestions(since), store.noPositionQuestions(since, { outOfScope: true }),
  ]);
  for (const row of rows) {
    const counts = perChannel.get(row.channel) ?? new Array<number>(days.length).fill(0);
    const i = index.get(row.day);
    if (i !== undefined) counts[i]! += row.count;
    perChannel.set(row.channel, counts);
  }
  const times = answers.map((t) => (Date.parse(t.answeredAt) - Date.parse(t.openedAt)) / 3_600_000);
  return {
    since,
    days,
    perChannel: [...perChannel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([channel, counts]) => ({ channel, counts })),
    outcomes: outcomesOf(outcomes),
    staffAnswer: { answered: times.length, medianHours: median(times) },
    ticketsByStatus: Object.fromEntries(byStatus.map((r) => [r.kind, r.count])),
    gaps: groupKnowledgeGaps(gaps),
    outOfScope: groupKnowledgeGaps(outOfScope),
  };
}
