import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { matchesFilters, mergeFilters } from '../../src/retrieval/filters.js';
import { forumFilters, phraseKey, yearFilters } from '../../src/retrieval/question-filters.js';
import { edgePassage } from '../../src/retrieval/recency.js';

const NOW = new Date('2026-11-29T00:00:00Z');

describe('years read from a question', () => {
  it('reads a single year in English and Arabic, with Arabic-Indic digits too', () => {
    expect(yearFilters('What did the ARCP say in 2024?', NOW)).toEqual({ yearFrom: 2024, yearTo: 2024 });
    expect(yearFilters('ماذا قالت عملية التشاور في عام 2023؟', NOW)).toEqual({ yearFrom: 2023, yearTo: 2023 });
    expect(yearFilters('بيان عام ٢٠١٩', NOW)).toEqual({ yearFrom: 2019, yearTo: 2019 });
  });

  it('reads ranges, since, before and as-of', () => {
    expect(yearFilters('statements between 2016 and 2019', NOW)).toEqual({ yearFrom: 2016, yearTo: 2019 });
    expect(yearFilters('البيانات بين عامي 2016 و2019', NOW)).toEqual({ yearFrom: 2016, yearTo: 2019 });
    expect(yearFilters('meetings since 2020', NOW)).toEqual({ yearFrom: 2020 });
    expect(yearFilters('positions before 2018', NOW)).toEqual({ yearTo: 2017 });
    expect(yearFilters('the Arab position as of 2021', NOW)).toEqual({ asOf: '2021-12-31' });
    expect(yearFilters('statements after 2020', NOW)).toEqual({ yearFrom: 2021 });
    expect(yearFilters('what did last year’s statement say', NOW)).toEqual({ yearFrom: 2025, yearTo: 2025 });
    expect(yearFilters('بيان العام الماضي', NOW)).toEqual({ yearFrom: 2025, yearTo: 2025 });
    expect(yearFilters('منذ ٢٠١٨', NOW)).toEqual({ yearFrom: 2018 });
  });

  it('ignores plan names and resolution numbers that look like years', () => {
    expect(yearFilters('What does the ARCP do for the 2030 Agenda?', NOW)).toEqual({});
    expect(yearFilters('رؤية 2030', NOW)).toEqual({});
    expect(yearFilters('SDG target 10.7', NOW)).toEqual({});
  });
});

describe('forums read from a question', () => {
  const aliases = [
    { forum: 'GCR', phrase: phraseKey('GCR') },
    { forum: 'WRD', phrase: phraseKey('World Refugee Day') },
    { forum: 'WRD', phrase: phraseKey('اليوم العالمي للاجئين') },
  ];

  it('finds codes and names as whole words, in either language', () => {
    expect(forumFilters('What did the ARCP contribute to the GCR?', aliases)).toEqual({ forums: ['GCR'] });
    expect(forumFilters('بيان اليوم العالمي للاجئين 2019', aliases)).toEqual({ forums: ['WRD'] });
    expect(forumFilters('the GCRs of other regions', aliases)).toEqual({});
  });

  it('finds an Arabic name that carries «و», as the second of two compared', () => {
    const both = [...aliases, { forum: 'GCM', phrase: phraseKey('الاتفاق العالمي للهجرة') }];
    expect(forumFilters('ما الفرق بين الاتفاق العالمي للهجرة واليوم العالمي للاجئين؟', both)).toEqual({ forums: ['GCM', 'WRD'] });
  });
});

describe('matchesFilters', () => {
  const meta: DocumentMeta = {
    id: 'd', title: { en: 'd' }, type: 'position-paper', forum: ['GFMD'], date: '2017-05',
    language: ['ar'], sources: [], status: 'final',
  };
  const passage: Passage = { id: 'd#1', documentId: 'd', n: 1, lang: 'ar', text: 'نص', meta, contentHash: 'h' };

  it('treats a partial date as its first day for as-of', () => {
    expect(matchesFilters(passage, { asOf: '2017-05-01' })).toBe(true);
    expect(matchesFilters(passage, { asOf: '2017-04-30' })).toBe(false);
  });

  it('checks type, forum (any case), year range, language and status', () => {
    expect(matchesFilters(passage, { types: ['position-paper'], forums: ['gfmd'], yearFrom: 2017, yearTo: 2017, lang: 'ar', status: ['final'] })).toBe(true);
    expect(matchesFilters(passage, { lang: 'en' })).toBe(false);
    expect(matchesFilters(passage, { yearFrom: 2018 })).toBe(false);
    expect(matchesFilters(passage, { forums: ['GCM'] })).toBe(false);
  });

  it('lets explicit filters win over those read from the question', () => {
    expect(mergeFilters({ yearFrom: 2019, yearTo: 2019, forums: ['WRD'] }, { yearFrom: 2015 })).toEqual({ yearFrom: 2015, forums: ['WRD'] });
    expect(mergeFilters({ forums: ['WRD'] }, { forums: ['GCM'], lang: 'ar' })).toEqual({ forums: ['GCM'], lang: 'ar' });
  });
});

describe('the latest or the earliest document asked', () => {
  const passage = (id: string, type: string, date: string): Passage => ({
    id: `${id}#1`, documentId: id, n: 1, lang: 'en', text: 'text', contentHash: 'h',
    meta: { id, title: { en: id }, type, forum: [], date, language: ['en'], sources: [], status: 'final' } as DocumentMeta,
  });

  it('is the newest statement among those found, and none when no statement was found (it threw, and the turn failed)', () => {
    const found = [passage('wrd-2019', 'annual-statement', '2019-06-19'), passage('wrd-2024', 'annual-statement', '2024-06-20'), passage('ref', 'reference', '2025')];
    expect(edgePassage(found, { latest: true }, 'the latest statement')?.documentId).toBe('wrd-2024');
    expect(edgePassage(found, { earliest: true }, 'the earliest statement')?.documentId).toBe('wrd-2019');
    expect(edgePassage([passage('ref', 'reference', '2025')], { latest: true }, 'What is the latest statement on the Maldives?')).toBeUndefined();
  });
});
