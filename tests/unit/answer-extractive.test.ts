import { describe, expect, it } from 'vitest';
import { ExtractiveComposer } from '../../src/answer/extractive-composer.js';
import { formatAnswer } from '../../src/answer/format-answer.js';
import { isTimelineQuestion } from '../../src/answer/timeline.js';
import { verifyQuote } from '../../src/answer/verify-quote.js';
import { GCM_AR, HLM_AR, HLM_EN, WRD_AR, meta, passage, scored } from './answer-fixtures.js';

const composer = new ExtractiveComposer();

describe('ExtractiveComposer', () => {
  it('answers an Arabic question with the sentence that answers it, cited and grouped under its document', async () => {
    const out = await composer.compose({
      question: 'ما موقف البيان الختامي من عودة اللاجئين؟',
      lang: 'ar',
      passages: [scored(HLM_AR, 12, 0.82), scored(GCM_AR, 4, 0.3)],
    });
    expect(out.composer).toBe('extractive');
    expect(out.citations[0]).toMatchObject({
      n: 1,
      documentId: 'hlm-2016-statement',
      passageId: 'hlm-2016-statement#3',
      title: 'البيان الختامي للاجتماع الاستثنائي',
      date: '2016-08-03',
      url: 'https://example.org/hlm-2016-statement',
      lang: 'ar',
      meeting: 'الاجتماع الاستثنائي الأول',
    });
    expect(out.citations[0].quote).toContain('كما شدد على حق اللاجئين في العودة الطوعية والآمنة إلى أوطانهم.');
    expect(out.text).toContain('**البيان الختامي للاجتماع الاستثنائي — الاجتماع الاستثنائي الأول، 2016-08-03**');
    expect(out.text).toContain(`«${out.citations[0].quote}» [1]`);
    expect(out.text.split('\n')[0]).toBe('وفقاً لوثائق عملية التشاور العربية الإقليمية المتاحة، وردت النصوص ذات الصلة على النحو الآتي:');
    expect(out.text).not.toContain('يُرجى الملاحظة');
    expect(out.confidence).toBeCloseTo(0.82);
  });

  it('every quote shown is an exact, verified part of its passage', async () => {
    const passages = [scored(HLM_AR, 9, 0.7), scored(WRD_AR, 8, 0.6), scored(GCM_AR, 7, 0.5)];
    const out = await composer.compose({ question: 'ماذا قالت العملية عن العودة الطوعية للاجئين؟', lang: 'ar', passages });
    expect(out.citations.length).toBeGreaterThan(1);
    for (const c of out.citations) {
      const source = passages.find((p) => p.passage.id === c.passageId)!.passage.text;
      expect(source).toContain(c.quote);
      expect(verifyQuote(c.quote, source)).toBe(true);
    }
    expect(out.citations.map((c) => c.n)).toEqual(out.citations.map((_, i) => i + 1));
  });

  it('prefers the asker’s language when the same document has it and scores are close', async () => {
    const out = await composer.compose({
      question: 'What did the statement say about the return of refugees?',
      lang: 'en',
      passages: [scored(HLM_AR, 10, 0.8), scored(HLM_EN, 9, 0.75)],
    });
    expect(out.citations.map((c) => c.passageId)).toEqual(['hlm-2016-statement#9']);
    expect(out.citations[0].quote).toContain('voluntary and safe return');
    expect(out.citations[0].title).toBe('Final statement of the extraordinary meeting');
    expect(out.text).not.toContain('Please note');
  });

  it('answers an English question from an Arabic-only document and says the source is in Arabic', async () => {
    const out = await composer.compose({
      question: 'What is the ARCP position on migrant smuggling?',
      lang: 'en',
      passages: [scored(GCM_AR, 6, 0.66)],
    });
    expect(out.citations).toHaveLength(1);
    expect(out.citations[0].lang).toBe('ar');
    // The document has no English title, so its Arabic title is shown.
    expect(out.citations[0].title).toBe('مساهمة عملية التشاور في الاتفاق العالمي للهجرة');
    expect(GCM_AR.text).toContain(out.citations[0].quote);
    expect(out.text).toContain('Please note: the sources quoted below in Arabic');
    expect(out.confidence).toBeLessThan(0.66);
  });

  it('uses the question’s translation to pick the sentence of an other-language passage that answers it', async () => {
    const translating = new ExtractiveComposer({
      translate: () => [['تهريب المهاجرين', 'المهربون'], ['عملية التشاور']],
    });
    const out = await translating.compose({
      question: 'What is the ARCP position on migrant smuggling?',
      lang: 'en',
      passages: [scored(GCM_AR, 6, 0.66)],
    });
    expect(out.citations.map((c) => c.quote)).toEqual([
      'وتدعو إلى مكافحة تهريب المهاجرين والاتجار بالبشر، مع احترام السيادة الوطنية للدول في إدارة حدودها.',
    ]);
    expect(out.confidence).toBeCloseTo(0.66);
  });

  it('gives a dated timeline, oldest first, for a question on how a position evolved', async () => {
    const out = await composer.compose({
      question: 'كيف تطور موقف عملية التشاور من العودة الطوعية للاجئين؟',
      lang: 'ar',
      passages: [scored(WRD_AR, 10, 0.8), scored(HLM_AR, 9, 0.7)],
    });
    expect(out.citations.map((c) => c.date)).toEqual(['2016-08-03', '2022-06-20']);
    const first = out.text.indexOf('**2016-08-03 — البيان الختامي للاجتماع الاستثنائي');
    const second = out.text.indexOf('**2022-06-20 — بيان اليوم العالمي للاجئين 2022');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
  });

  it('never shows a quote that is not in its source', () => {
    const invented = 'ودعا البيان إلى إعادة توطين اللاجئين في دول ثالثة.';
    const genuine = 'كما شدد على حق اللاجئين في العودة الطوعية والآمنة إلى أوطانهم.';
    const formatted = formatAnswer(
      [
        { passage: HLM_AR, quote: invented, rank: 0, start: 0 },
        { passage: HLM_AR, quote: genuine, rank: 0, start: 10 },
      ],
      { lang: 'ar', timeline: false },
    );
    expect(formatted.text).not.toContain('توطين');
    expect(formatted.citations.map((c) => c.quote)).toEqual([genuine]);
    expect(formatAnswer([{ passage: HLM_AR, quote: invented, rank: 0, start: 0 }], { lang: 'ar', timeline: false })).toEqual({
      text: '',
      citations: [],
    });
  });

  it('returns an empty answer with zero confidence when there are no passages', async () => {
    expect(await composer.compose({ question: 'ما موقف العملية؟', lang: 'ar', passages: [] })).toMatchObject({
      text: '',
      citations: [],
      confidence: 0,
    });
  });

  it('keeps a document with several quotes under one heading, in document order', async () => {
    const doc = meta({ id: 'recs-2017', title: { ar: 'توصيات الاجتماع الاستثنائي الثاني' }, date: '2017-07', language: ['ar'] });
    const a = passage(doc, 1, 'ar', 'يوصي الاجتماع بتعزيز حماية اللاجئين في الدول المضيفة.');
    const b = passage(doc, 4, 'ar', 'ويوصي بدعم الدول المضيفة للاجئين ماليا وفنيا.');
    const out = await composer.compose({ question: 'ما هي التوصيات بشأن الدول المضيفة للاجئين؟', lang: 'ar', passages: [scored(b, 8, 0.7), scored(a, 7, 0.7)] });
    expect(out.text.match(/\*\*توصيات الاجتماع الاستثنائي الثاني/g)).toHaveLength(1);
    expect(out.citations.map((c) => c.passageId)).toEqual(['recs-2017#1', 'recs-2017#4']);
  });
});

describe('isTimelineQuestion', () => {
  it.each([
    ['كيف تطور موقف الدول العربية من الاتفاق العالمي للهجرة؟', true],
    ['هل تغيّر الموقف العربي من الهجرة المناخية عبر السنوات؟', true],
    ['How has the position on climate-induced migration evolved?', true],
    ['How did the Arab stance on the GCM change over the years?', true],
    ['ما موقف العملية من عودة اللاجئين؟', false],
    ['What is the position on return?', false],
  ])('%s → %s', (q, expected) => {
    expect(isTimelineQuestion(q)).toBe(expected);
  });
});
