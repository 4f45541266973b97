import { describe, expect, it } from 'vitest';
import { verifyQuote } from '../../src/answer/verify-quote.js';
import { splitSentences } from '../../src/answer/sentences.js';
import { HLM_AR } from './answer-fixtures.js';

describe('verifyQuote', () => {
  it('accepts an exact sentence of the passage', () => {
    expect(verifyQuote('ودعا البيان المجتمع الدولي إلى تقاسم الأعباء والمسؤوليات بصورة عادلة', HLM_AR.text)).toBe(true);
  });

  it('accepts the same words with other letter forms, diacritics and spacing', () => {
    expect(verifyQuote('أكّد المشارِكون  ان الدول العربيه تستضيف', HLM_AR.text)).toBe(true);
    expect(verifyQuote('«حق اللاجئين في العودة الطوعية والآمنة»', HLM_AR.text)).toBe(true);
  });

  it('rejects words that are not in the passage', () => {
    expect(verifyQuote('ودعا البيان إلى إعادة توطين اللاجئين في دول ثالثة', HLM_AR.text)).toBe(false);
    expect(verifyQuote('أكد المشاركون أن الدول الأوروبية تستضيف', HLM_AR.text)).toBe(false);
  });

  it('rejects empty and punctuation-only quotes', () => {
    expect(verifyQuote('', HLM_AR.text)).toBe(false);
    expect(verifyQuote(' … ؛ ', HLM_AR.text)).toBe(false);
  });

  it('checks each part of an elided quote, in order', () => {
    expect(verifyQuote('أكد المشاركون … تقاسم الأعباء', HLM_AR.text)).toBe(true);
    expect(verifyQuote('تقاسم الأعباء … أكد المشاركون', HLM_AR.text)).toBe(false);
  });
});

describe('splitSentences', () => {
  it('splits Arabic on full stops and question marks, never inside a clause joined by ؛, keeping the original text', () => {
    const parts = splitSentences(HLM_AR.text).map((s) => s.text);
    expect(parts).toEqual([
      'أكد المشاركون أن الدول العربية تستضيف أعداداً كبيرة من اللاجئين منذ عقود.',
      'ودعا البيان المجتمع الدولي إلى تقاسم الأعباء والمسؤوليات بصورة عادلة؛ كما شدد على حق اللاجئين في العودة الطوعية والآمنة إلى أوطانهم.',
      'وأشار إلى أهمية دعم المجتمعات المضيفة.',
    ]);
    for (const s of splitSentences(HLM_AR.text)) expect(HLM_AR.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split target numbers, resolutions or initials', () => {
    const text = 'The U.N. adopted res. 73/195 on target 10.7 in 2018. Is it binding? No.\nالهدف 10.7 مهم؟ نعم';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.N. adopted res. 73/195 on target 10.7 in 2018.',
      'Is it binding?',
      'No.',
      'الهدف 10.7 مهم؟',
      'نعم',
    ]);
  });
});
