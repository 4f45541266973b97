import { describe, expect, it } from 'vitest';
import { arabicRootKey, arabicRootKeys } from '../../src/text/arabic-root.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const key = (word: string) => arabicRootKey(normalizeForMatch(word));

describe('Arabic root key', () => {
  it('joins a verb, its passive and its masdar, which Light10 keeps apart', () => {
    const forms = ['أنشئت', 'إنشاء', 'أنشأ', 'أنشأها', 'ينشئ', 'بإنشاء'];
    expect(new Set(forms.map(key)).size).toBe(1);
    expect(key('أنشئت')).toBeDefined();
  });

  it('joins the forms of a derived verb with their article and plural', () => {
    expect(new Set(['اجتماع', 'اجتمع', 'الاجتماعات', 'باجتماع'].map(key)).size).toBe(1);
    expect(new Set(['أصدرت', 'إصدار', 'الصادر', 'صدر'].map(key)).size).toBe(1);
  });

  it('keeps apart words of different roots', () => {
    expect(key('قرار')).not.toBe(key('قارن'));
    expect(key('الهجرة')).not.toBe(key('الجنسية'));
  });

  it('gives no key of two letters, which would join budget with balance and funding with hope', () => {
    expect(key('ميزانية')).toBeUndefined();
    expect(key('توازن')).toBeUndefined();
    expect(key('يمولها')).toBeUndefined();
  });
});

describe('Arabic root keys', () => {
  it('read form VIII with the root the dialects ask it by («فتح الاجتماع» → «افتتح»، «افتتاح»; «اشترك» → «شارك»)', () => {
    const keys = (w: string) => arabicRootKeys(normalizeForMatch(w));
    const meet = (a: string, b: string) => keys(a).some((k) => keys(b).includes(k));
    expect(meet('فتح', 'افتتح')).toBe(true);
    expect(meet('فتح', 'افتتاح')).toBe(true);
    expect(meet('اشترك', 'شارك')).toBe(true);
    // Form X («استقبال») is not read as form VIII.
    expect(meet('استقبال', 'سقب')).toBe(false);
  });

  it('read a verb of form VII with the root of its form IV (انطلقت، أُطلقت)', () => {
    const keys = (w: string) => arabicRootKeys(normalizeForMatch(w));
    expect(keys('انطلقت').some((k) => keys('أطلقت').includes(k))).toBe(true);
    expect(keys('إنشاء')).toEqual([arabicRootKey(normalizeForMatch('أنشأ'))]);
  });

  it('read the hamza a verb writes on alef inside it, which normalising wrote as ا («يرأس» → رئاسة، «تأسست» → تأسيس)', () => {
    const keys = (w: string) => arabicRootKeys(normalizeForMatch(w));
    expect(keys('يرأس')).toEqual(keys('رئاسة'));
    expect(keys('يراس')).toEqual(keys('برئاسة'));
    expect(keys('تأسست')).toEqual(keys('تأسيس'));
    expect(keys('يرأس')).toHaveLength(1);
    // Not a noun's: «رأس» (head) would join «رئيس» (president).
    expect(keys('رأس')).toEqual([]);
  });
});
