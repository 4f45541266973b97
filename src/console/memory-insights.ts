import type { AuditRecord } from '../core/audit-log.js';
import type { TicketQueue } from '../tickets/types.js';
import type { AskedQuestion, ChannelDayCount, InsightsSource, KindCount, StaffAnswerTime } from './insights-source.js';
import { NO_POSITION_LIMIT } from './insights-source.js';

/** Counts of the values `key` gives, as sorted rows. */
function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** In-memory twin of the insights read model, over the in-memory audit log and ticket queue. */
export class MemoryInsights implements InsightsSource {
  constructor(private readonly source: { audit: { all(): AuditRecord[] }; tickets: TicketQueue }) {}

  private questions(sinceIso: string): AuditRecord[] {
    return this.source.audit.all().filter((r) => r.createdAt >= sinceIso && r.question.trim() !== '');
  }

  async questionsPerChannelDay(sinceIso: string): Promise<ChannelDayCount[]> {
    const counts = countBy(this.questions(sinceIso), (r) => `${r.createdAt.slice(0, 10)}\u0000${r.channel}`);
    return [...counts.entries()].map(([k, count]) => {
      const [day, channel] = k.split('\u0000') as [string, string];
      return { channel, day, count };
    });
  }

  async outcomes(sinceIso: string): Promise<KindCount[]> {
    return [...countBy(this.questions(sinceIso), (r) => r.kind).entries()].map(([kind, count]) => ({ kind, count }));
  }

  async noPositionQuestions(sinceIso: string, options: { limit?: number; outOfScope?: boolean } = {}): Promise<AskedQuestion[]> {
    return this.questions(sinceIso)
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.kind === 'no-position' && (r.intent === 'out-of-scope') === Boolean(options.outOfScope))
      .sort((a, b) => b.r.createdAt.localeCompare(a.r.createdAt) || b.i - a.i)
      .slice(0, options.limit ?? NO_POSITION_LIMIT)
      .map(({ r }) => ({ text: r.resolvedQuestion ?? r.question, channel: r.channel, lang: r.lang, createdAt: r.createdAt }));
  }

  async staffAnswerTimes(sinceIso: string): Promise<StaffAnswerTime[]> {
    const tickets = (await this.source.tickets.list()).filter((t) => t.createdAt >= sinceIso);
    const times: StaffAnswerTime[] = [];
    for (const t of tickets) {
      const answers = (await this.source.tickets.events(t.id)).filter((e) => e.type === 'answered').map((e) => e.createdAt).sort();
      if (answers.length) times.push({ ticketId: t.id, openedAt: t.createdAt, answeredAt: answers[0]! });
    }
    return times;
  }

  async ticketsByStatus(): Promise<KindCount[]> {
    return [...countBy(await this.source.tickets.list(), (t) => t.status).entries()].map(([kind, count]) => ({ kind, count }));
  }
}
