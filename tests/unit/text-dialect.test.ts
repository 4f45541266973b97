import { describe, expect, it } from 'vitest';
import { dialectToMsa } from '../../src/text/dialect.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const msa = (word: string, next?: string) => dialectToMsa(normalizeForMatch(word), next && normalizeForMatch(next))?.msa;

describe('dialect question words in Modern Standard Arabic', () => {
  it('reads where, who, what, why and when of the Gulf, the Levant and Egypt', () => {
    expect([msa('وين'), msa('فين')]).toEqual(['أين', 'أين']);
    expect([msa('منو'), msa('مين')]).toEqual(['من', 'من']);
    expect([msa('شنو'), msa('ايش'), msa('شو')]).toEqual(['ماذا', 'ماذا', 'ماذا']);
    expect([msa('ليش'), msa('ليه')]).toEqual(['لماذا', 'لماذا']);
    expect([msa('إمتى'), msa('امتى')]).toEqual(['متى', 'متى']);
    expect(msa('أيّا')).toBe('أي');
    expect([msa('بيا'), msa('وبيا')]).toEqual(['بأي', 'وبأي']);
  });

  it('reads Iraq\'s «يا» before the thing asked of as "which", and leaves it calling a person', () => {
    expect([msa('يا', 'اجتماعات'), msa('يا', 'سنة'), msa('ويا', 'دولة')]).toEqual(['أي اجتماعات', 'أي سنة', 'وأي دولة']);
    expect([msa('يا', 'أخي'), msa('يا', 'جماعة')]).toEqual([undefined, undefined]);
  });

  it('reads Iraq\'s «شكو», «اكو» and the dialects\' «هداك» (that), «الجاي» (the coming one)', () => {
    expect([msa('شكو'), msa('اكو'), msa('هداك'), msa('الجاي')]).toEqual(['ماذا', 'يوجد', 'ذلك', 'القادم']);
  });

  it('reads a two-word question word before its first word, and keeps the conjunction', () => {
    expect(dialectToMsa('كم', 'واحد')).toEqual({ msa: 'كم شخصاً', words: 2 });
    expect(msa('ومنو')).toBe('ومن');
  });

  it('reads the Gulf\'s «حق الـ» (of) before an acronym, the Maghreb\'s «تدارت» (was held) and feminine ordinals said with ت', () => {
    expect(msa('حق', 'الـ')).toBe('لـ');
    expect(msa('تدارت')).toBe('عقدت');
    expect(msa('التانية')).toBe('الثانية');
    expect(msa('عدد', 'لي')).toBe('عدد');
  });

  it('reads the Maghreb\'s and Tunisia\'s what, who and when, and the Levant\'s «يلي» (which)', () => {
    expect([msa('شنوة'), msa('آش'), msa('شنهو'), msa('زعما')]).toEqual(['ماذا', 'ماذا', 'ماذا', 'هل']);
    expect([msa('شكون', 'اللي'), msa('فتحات'), msa('منين'), msa('وقتاش'), msa('امتين')]).toEqual(['من الذي', 'افتتحت', 'من أين', 'متى', 'متى']);
    expect([msa('يلي'), msa('هاداك')]).toEqual(['الذي', 'ذلك']);
    // «ماذا صدر عن الاجتماع الثالث؟»: what the meeting issued.
    expect(msa('صدر', 'عن')).toBe('أصدر');
  });

  it('leaves Modern Standard Arabic and content words alone', () => {
    expect(msa('أين')).toBeUndefined();
    expect(msa('الاجتماع')).toBeUndefined();
    // «حق العودة» is the right of return, «تُدار» how a thing is run.
    expect(msa('حق', 'العودة')).toBeUndefined();
    expect(msa('تدار')).toBeUndefined();
    // «هالة» (a halo) and «هالك» are words of their own, not «ها» on a noun.
    expect([msa('هالة'), msa('هالك')]).toEqual([undefined, undefined]);
  });
});
