import { describe, expect, it } from 'vitest';
import { quoteFit } from '../../src/answer/document-facts.js';
import { questionTerms, sentenceStems, termMatches } from '../../src/answer/question-terms.js';
import { understandQuestion } from '../../src/question/understand.js';

/** Whether a quote is about the meeting a question names, by what the quote itself says. */
describe('how a quote fits the meeting asked', () => {
  const extraordinary = 'عقدت عملية التشاور العربية الإقليمية حول الهجرة واللجوء اجتماعاً استثنائياً يومي 25 و26 يوليو/تموز 2017 بمقر الأمانة العامة لجامعة الدول العربية في القاهرة.';

  it('an extraordinary meeting, even unnumbered, is not the 2nd regular meeting asked', () => {
    const analysis = understandQuestion('متى عقد الاجتماع الثاني للعملية؟', { lang: 'ar' });
    expect(quoteFit(extraordinary, analysis)).toBeLessThan(1);
    expect(quoteFit('الاجتماع العادي الثاني: لم تعثر المصادر المتاحة على تاريخه أو مضمونه.', analysis)).toBeGreaterThan(1);
  });

  // The 5th Global Meeting of Chairs and Secretariats of RCPs is not the ARCP's 5th meeting, unless it is the one asked:
  // asked where it was held, its record's sentence naming Cairo was docked as another series' meeting.
  it('a numbered meeting of another series is docked for the ARCP\'s, and fits when that series is asked', () => {
    const global = 'On 21–22 October 2015 League of Arab States headquarters in Cairo hosted the 5th Global Meeting of Chairs and Secretariats of Regional Consultative Processes on Migration.';
    expect(quoteFit(global, understandQuestion("Where was the ARCP's 5th meeting held?", { lang: 'en' }))).toBeLessThan(1);
    for (const q of ['Where was the 5th Global RCP Meeting held?', 'where was the 5th global rcp meeting held', 'Where was the 5th Global Meeting of Chairs and Secretariats held?']) {
      expect(quoteFit(global, understandQuestion(q, { lang: 'en' }))).toBeGreaterThan(1);
    }
  });

  it('is the extraordinary meeting asked about', () => {
    const analysis = understandQuestion('متى عقد الاجتماع الاستثنائي الثاني؟', { lang: 'ar' });
    expect(quoteFit(extraordinary, analysis)).toBeGreaterThanOrEqual(1);
  });

  it('«تشرين الثاني» is November, not a second anything', () => {
    const [second] = questionTerms('الاجتماع الثاني').filter((t) => termMatches(t, sentenceStems('الثاني')));
    expect(second).toBeDefined();
    expect(termMatches(second!, sentenceStems('10 نوفمبر/تشرين الثاني 2021، عبر الإنترنت: المشاورات الإقليمية العربية'))).toBe(false);
    expect(termMatches(second!, sentenceStems('المنتدى العالمي الثاني للاجئين'))).toBe(true);
  });
});
