import { describe, expect, it } from 'vitest';
import { judge, partOf } from '../../scripts/eval/answer-score.js';

/** The answer benchmark's judge: a fact is in the reply as a reader would find it there. */
const item = (facts: string[][]) => ({ id: 'q', lang: 'ar' as const, split: 'dev' as const, expect: 'answer' as const, facts, type: 'how-many' });
const reply = (text: string) => ({ kind: 'answer', text });

describe('the answer judge', () => {
  it.each([
    // A number is found whole: the 22 member states are not in "2022".
    ['The 8th meeting was held in 2022.', [['22']], false],
    ['The ARCP has 22 member states.', [['22']], true],
    ['عقد الاجتماع الثامن في 10 مارس/آذار ٢٠٢٢.', [['10 مارس']], true],
    // A word carries its clitics: «القاهرة» is found in «بالقاهرة».
    ['عُقد الاجتماع بالقاهرة.', [['القاهرة']], true],
    // Citation markers and part numbers are no count: "[2]" does not say two.
    ['«The meeting adopted recommendations.» [2]', [['2']], false],
    ['**2.** «The meeting adopted recommendations.» [1]', [['2']], false],
    ['«Two kinds of delegate attended: 2 per state.» [1]', [['2']], true],
  ])('%s holds %j: %s', (text, facts, found) => {
    expect(judge(item(facts), reply(text)).correct).toBe(found);
  });
});

describe('a letter\'s question judged in its own part of the reply', () => {
  const letterReply = {
    kind: 'answer',
    text: '**(أ).** «عُقد الاجتماع التاسع في القاهرة.» [1]\n\n**ب).** «ناقش الاجتماع التاسع الاتفاق العالمي.» [1]\n\n«حضره ممثلو الدول.» [1]',
    citations: [{ quote: 'عُقد الاجتماع التاسع في القاهرة.', lang: 'ar', passageId: 'p1', quotes: ['عُقد الاجتماع التاسع في القاهرة.', 'ناقش الاجتماع التاسع الاتفاق العالمي.', 'حضره ممثلو الدول.'].map((text) => ({ text, passageId: 'p1' })) }],
  };

  it('finds the part by its label however it is bracketed, with the quotes shown in it', () => {
    const second = partOf(letterReply, 'ب')!;
    expect(second.text).toMatch(/^«ناقش/);
    expect(second.citations![0]!.quotes!.map((q) => q.text)).toEqual(['ناقش الاجتماع التاسع الاتفاق العالمي.', 'حضره ممثلو الدول.']);
    // The first part's quote is not padding of the second question, and the second's lead is its own.
    const j = judge(item([['الاتفاق العالمي']]), second);
    expect([j.quotes, j.quotesWithFact, j.leadHasFact]).toEqual([2, 1, true]);
    expect(partOf(letterReply, 'ج')).toBeUndefined();
  });
});
