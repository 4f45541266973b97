import { describe, expect, it } from 'vitest';
import { areFragments, fragmentWholes, mergeFragments } from '../../src/ingest/arabic-repair/fragments.js';
import { Lexicon } from '../../src/ingest/arabic-repair/lexicon.js';
import { restoreLineOrder } from '../../src/ingest/arabic-repair/line-order.js';
import { orderThreshold } from '../../src/ingest/arabic-repair/order-prior.js';
import { buildRepairResources } from '../../src/ingest/arabic-repair/resources.js';
import { segmentWord } from '../../src/ingest/arabic-repair/segment.js';
import { detokenize, tokenize } from '../../src/ingest/arabic-repair/tokens.js';
import { WordOrderModel } from '../../src/ingest/arabic-repair/word-order-model.js';

// Well-formed text to learn from: sentences in the corpus's register, written for these tests.
const TRAINING = `
تعمل عملية التشاور العربية الإقليمية على تعزيز الحوار والتعاون بين الدول الأعضاء في قضايا الهجرة واللجوء.
تعقد عملية التشاور اجتماعا سنويا على مستوى كبار المسؤولين في الدول الأعضاء.
تتولى الأمانة الفنية إرسال الوثائق إلى الجهات الأممية المعنية.
- زيادة موجات الهجرة المختلطة بطريقة غير نظامية.
- تبادل الخبرات وأفضل الممارسات بين الدول الأعضاء.
1. تعزيز الحوار بين الدول الأعضاء.
2. تنسيق الموقف العربي في الفعاليات الدولية.
يتضمن البيان الموقف العربي من قضايا الهجرة واللجوء.
تؤكد الدول الأعضاء أهمية الحوار والتعاون في إدارة الهجرة.
شاركت الدول الأعضاء في الاجتماع الإقليمي حول الهجرة.
ناقش الاجتماع دور الأمانة الفنية في متابعة التوصيات.
`;

const res = buildRepairResources({ texts: [TRAINING] });
const words = (line: string) => tokenize(line);
const line = (tokens: { text: string }[]) => tokens.map((t) => t.text).join(' ');

describe('segmentation of words run together', () => {
  it('splits a glued run into the words the lexicon knows', () => {
    expect(segmentWord('زيادةموجاتالهجرةالمختلطة', res.lexicon).words).toEqual(['زيادة', 'موجات', 'الهجرة', 'المختلطة']);
  });

  it('keeps the halves of a word written in swapped order, with the word they make', () => {
    const seg = segmentWord('جرةالهبين', res.lexicon);
    expect(seg.words).toEqual(['جرة', 'اله', 'بين']);
    expect(seg.wholes.slice(0, 2)).toEqual(['الهجرة', 'الهجرة']);
  });
});

describe('fragments of one word', () => {
  it('joins pieces that make a known word, the most rewarding pair first', () => {
    const lex = new Lexicon();
    lex.addText('نيويورك في الجامعة');
    const merged = mergeFragments(tokenize('الجامعة في ن يويورك'), lex);
    expect(detokenize(merged.tokens)).toBe('الجامعة في نيويورك');
  });

  it('leaves two words of the corpus apart', () => {
    expect(areFragments(words('في')[0]!, words('الهجرة')[0]!, res.lexicon)).toBe(false);
  });

  it('reads a fragment as the whole word for the order model', () => {
    const tokens = tokenize('ل الاتفاق الدولي من أج');
    const lex = new Lexicon();
    lex.addText('من أجل الاتفاق الدولي');
    expect(fragmentWholes(tokens, lex)).toEqual(['أجل', null, null, null, 'أجل']);
  });
});

describe('line order', () => {
  const restore = (text: string) => {
    const r = restoreLineOrder(words(text), res.model, { margin: 0 });
    return { text: line(r.tokens), reordered: r.reordered };
  };

  it('restores a line whose words came out in reverse order', () => {
    expect(restore('. الأعضاء الدول بين والتعاون الحوار تعزيز').text).toBe('تعزيز الحوار والتعاون بين الدول الأعضاء .');
  });

  it('restores a line whose text runs came out in reverse order', () => {
    expect(restore('. الأعضاء الدول بين تعزيز الحوار 1.').text).toBe('1 . تعزيز الحوار بين الدول الأعضاء .');
  });

  it('leaves a line in reading order as it is', () => {
    const r = restore('تعقد عملية التشاور اجتماعا سنويا على مستوى كبار المسؤولين');
    expect(r.reordered).toBe(false);
  });

  it('asks more of each line in a clean document than in one damaged throughout', () => {
    const clean = orderThreshold(Array.from({ length: 40 }, () => ({ tokens: 8, gain: 1 })));
    const damaged = orderThreshold(Array.from({ length: 40 }, (_, i) => ({ tokens: 8, gain: i % 2 ? 20 : 1 })));
    expect(clean).toBeGreaterThan(damaged + 2);
  });

  it('learns from well-formed lines only what it was given', () => {
    const model = WordOrderModel.train([]);
    expect(Number.isFinite(model.score(words('الحوار والتعاون')))).toBe(true);
    expect(res.model.trainedLines).toBeGreaterThan(5);
  });
});
