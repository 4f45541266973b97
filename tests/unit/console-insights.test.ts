import { describe, expect, it } from 'vitest';
import { computeInsights, median, periodDays } from '../../src/console/insights.js';
import { contentTerms, groupKnowledgeGaps, labelForm, type GapQuestion } from '../../src/console/knowledge-gaps.js';
import type { InsightsSource } from '../../src/console/insights-source.js';

const q = (text: string, createdAt: string, channel = 'web', lang = 'ar'): GapQuestion => ({ text, createdAt, channel, lang });

describe('knowledge gaps grouped by topic', () => {
  it('puts Arabic questions on the same subject together, whatever their prefixes', () => {
    const gaps = groupKnowledgeGaps([
      q('ما موقف العملية من تغير المناخ والهجرة؟', '2025-03-01T10:00:00Z'),
      q('هل للعملية موقف بشأن الهجرة بسبب تغيّر المناخ؟', '2025-03-02T10:00:00Z', 'email'),
      q('متى يعقد الاجتماع القادم في تونس؟', '2025-03-03T10:00:00Z'),
      q('وماذا عن المناخ والهجرة في المنطقة العربية؟', '2025-03-04T10:00:00Z', 'teams'),
    ]);
    expect(gaps.map((g) => g.count)).toEqual([3, 1]);
    expect(gaps[0]!.label).toEqual(expect.arrayContaining(['المناخ', 'الهجرة']));
    expect(gaps[0]!.channels).toEqual(['email', 'teams', 'web']);
    expect(gaps[0]!.lastAskedAt).toBe('2025-03-04T10:00:00Z');
    expect(gaps[0]!.questions[0]!.text).toBe('وماذا عن المناخ والهجرة في المنطقة العربية؟');
    expect(gaps[1]!.questions.map((x) => x.text)).toEqual(['متى يعقد الاجتماع القادم في تونس؟']);
  });

  it('groups English questions by stem and labels them with the words people wrote', () => {
    const gaps = groupKnowledgeGaps([
      q('What is the ARCP position on climate displacement?', '2025-01-01T00:00:00Z', 'web', 'en'),
      q('Has the ARCP said anything about displacement caused by climate change?', '2025-01-02T00:00:00Z', 'slack', 'en'),
      q('Who chairs the 2026 meeting?', '2025-01-03T00:00:00Z', 'web', 'en'),
    ]);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]!.count).toBe(2);
    expect(gaps[0]!.label).toEqual(expect.arrayContaining(['climate', 'displacement']));
  });

  it('lists a question asked several times once among the examples, and counts it each time', () => {
    const gaps = groupKnowledgeGaps([
      q('ما موقف العملية من تغير المناخ؟', '2025-03-01T10:00:00Z'),
      q('ما موقف العملية من تغير المناخ؟', '2025-03-02T10:00:00Z'),
    ]);
    expect(gaps[0]!.count).toBe(2);
    expect(gaps[0]!.questions).toHaveLength(1);
  });

  it('shows Arabic label words without the conjunction or preposition glued to the article', () => {
    expect(['والهجرة', 'فالمناخ', 'بالعمالة', 'وبالعمالة', 'الهجرة', 'وطن', 'والي'].map(labelForm)).toEqual(['الهجرة', 'المناخ', 'العمالة', 'العمالة', 'الهجرة', 'وطن', 'والي']);
  });

  it('keeps only the words that carry the topic: no stopwords, numbers or words every question has', () => {
    expect([...contentTerms('What is the position of the ARCP on labour migration in 2024?').values()]).toEqual(['labour', 'migration']);
    expect([...contentTerms('وماذا عن موقف العملية من هجرة العمالة في 2024؟').values()]).toEqual(['هجرة', 'العمالة']);
  });
});

describe('insights figures', () => {
  it('takes the median of an odd or even count, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('lists every day of the period up to today, in UTC', () => {
    expect(periodDays(3, Date.parse('2025-03-01T23:30:00Z'))).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
  });

  it('counts questions per channel and day, shares of outcomes and the median staff answer time', async () => {
    const store: InsightsSource = {
      questionsPerChannelDay: async () => [
        { channel: 'web', day: '2025-03-01', count: 2 },
        { channel: 'email', day: '2025-03-02', count: 1 },
        { channel: 'web', day: '2025-03-02', count: 3 },
      ],
      outcomes: async () => [{ kind: 'answer', count: 3 }, { kind: 'no-position', count: 2 }, { kind: 'ticket', count: 1 }],
      staffAnswerTimes: async () => [
        { ticketId: 'ARCP-00001', openedAt: '2025-03-01T08:00:00Z', answeredAt: '2025-03-01T10:00:00Z' },
        { ticketId: 'ARCP-00002', openedAt: '2025-03-01T08:00:00Z', answeredAt: '2025-03-01T14:00:00Z' },
      ],
      ticketsByStatus: async () => [{ kind: 'open', count: 4 }],
      noPositionQuestions: async () => [],
    };
    const insights = await computeInsights(store, { days: 3, now: Date.parse('2025-03-02T12:00:00Z') });
    expect(insights.days).toEqual(['2025-02-28', '2025-03-01', '2025-03-02']);
    expect(insights.perChannel).toEqual([
      { channel: 'email', counts: [0, 0, 1] },
      { channel: 'web', counts: [0, 2, 3] },
    ]);
    expect(insights.outcomes).toEqual({ questions: 6, answered: 3, noPosition: 2, ticket: 1, other: 0 });
    expect(insights.staffAnswer).toEqual({ answered: 2, medianHours: 4 });
    expect(insights.since).toBe('2025-02-28T00:00:00.000Z');
  });
});
