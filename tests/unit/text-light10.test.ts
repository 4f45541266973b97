import { describe, expect, it } from 'vitest';
import { arabicStems, light10 } from '../../src/text/light10.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const stem = (word: string) => light10(normalizeForMatch(word));

describe('light10 (Light10 on normalised text, as Lucene ArabicStemmer)', () => {
  it('strips the article and its conjunction/preposition forms', () => {
    for (const w of ['الحسن', 'والحسن', 'بالحسن', 'كالحسن', 'فالحسن']) expect(stem(w)).toBe('حسن');
    expect(stem('للاخر')).toBe('اخر');
  });

  it('strips و only from words of four letters or more', () => {
    expect(stem('وحسن')).toBe('حسن');
    expect(stem('ولد')).toBe('ولد');
  });

  it('strips each suffix once, in Lucene order', () => {
    expect(stem('حسنها')).toBe('حسن');
    for (const w of ['حسان', 'حسات', 'حسون', 'حسين']) expect(stem(w)).toBe('حس');
    for (const w of ['حسنيه', 'حسنه', 'حسني']) expect(stem(w)).toBe('حسن');
  });

  it('keeps the domain words that official Snowball damages', () => {
    // Snowball gives والهجر, والمهاجر, ياسا and اجتماعا for these (research note §3).
    expect(stem('والهجرة')).toBe('هجر');
    expect(stem('والمهاجرين')).toBe('مهاجر');
    expect(stem('سياسات')).toBe('سياس');
    expect(stem('اجتماعات')).toBe('اجتماع');
  });

  it('does not merge the League, society and meetings as a root stemmer would', () => {
    const stems = new Set([stem('الجامعة'), stem('المجتمع'), stem('اجتماع'), stem('الجمعية')]);
    expect(stems.size).toBe(4);
  });
});

describe('arabicStems: the لل case', () => {
  it('lets للاجئين meet اللاجئين through its second reading', () => {
    expect(stem('للاجئين')).toBe('اجئ');
    expect(arabicStems(normalizeForMatch('للاجئين'))).toContain(stem('اللاجئين'));
    expect(stem('اللاجئين')).toBe('لاجئ');
  });

  it('keeps the Light10 reading first, so للكتاب still meets الكتاب', () => {
    expect(arabicStems(normalizeForMatch('للكتاب'))[0]).toBe(stem('الكتاب'));
  });
});
