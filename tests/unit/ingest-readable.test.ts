import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { assertReadable, isArabicWordShape, isLatinWordShape, readability } from '../../src/ingest/readable.js';

const ARABIC = 'تلتزم الدول الأعضاء بتقديم تقارير وطنية عن أوضاع الهجرة قبل 30 يوما من الاجتماع. مدرسةٌ «انواع الخطوط العربية»، إلى أين؟';
const ENGLISH = 'Member states submit national reports on migration (GCM, UNHCR) 30 days before the meeting: see www.lasportal.org — the café’s menu.';
/** Arabic in Windows-1256 read as Latin-1, as a PDF font without a usable character map gives it. */
const MOJIBAKE = 'ÊáÊÒã ÇáÏæá ÇáÃÚÖÇÁ ÈÊÞÏíã ÊÞÇÑíÑ æØäíÉ Úä ÃæÖÇÚ ÇáåÌÑÉ ÞÈá 30 íæãÇ ãä ÇáÇÌÊãÇÚ';
/** Arabic in UTF-8 read as Windows-1252. */
const DOUBLE_UTF8 = 'Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© Ø§Ù„Ø¯ÙˆÙ„ Ø§Ù„Ø£Ø¹Ø¶Ø§Ø¡ Ø§Ù„Ù‡Ø¬Ø±Ø© Ù…Ù† Ø£Ø¬Ù„';
const SYMBOLS = '#$%& !"#$% ¤¥¦§ ©ª«¬®¯ \uE001\uE002\uE003 \uE010\uE011 ◊◊◊ ≈≠≤';

describe('whether extracted text reads as words', () => {
  it('reads real Arabic and real English as words', () => {
    expect(readability(ARABIC).share).toBe(1);
    expect(readability(ENGLISH).share).toBe(1);
    for (const w of ['الهجرة', 'والأعضاء', 'مدرسةٌ', 'ةيبرعلا']) expect(isArabicWordShape(w), w).toBe(true);
    for (const w of ['migration', 'GCM', 'café', 'l’été']) expect(isLatinWordShape(w), w).toBe(true);
  });

  it('reads mojibake, private-use glyphs and symbol runs as garbage', () => {
    expect(readability(MOJIBAKE).share).toBeLessThan(0.1);
    expect(readability(DOUBLE_UTF8).share).toBe(0);
    expect(readability(SYMBOLS).share).toBe(0);
    for (const w of ['ÇáÚÑÈíÉ', 'ÇáÏæá']) expect(isLatinWordShape(w), w).toBe(false);
    for (const w of ['الهجرةةة', 'مدةرسة']) expect(isArabicWordShape(w), w).toBe(false);
  });

  it('refuses a garbage text as unreadable, needing OCR or a better copy', () => {
    expect(() => assertReadable(ARABIC, 'a.pdf')).not.toThrow();
    expect(() => assertReadable(`${ENGLISH}\n${MOJIBAKE.slice(0, 12)}`, 'b.pdf')).not.toThrow();
    try {
      assertReadable(MOJIBAKE, 'scan.pdf');
      expect.unreachable();
    } catch (err) {
      expect(AppError.is(err, 'NEEDS_OCR')).toBe(true);
      expect((err as Error).message).toMatch(/^scan\.pdf: unreadable, needs OCR or a better copy \(only \d+% of its \d+ words/);
    }
  });

  it('says nothing about a text too short to judge', () => {
    expect(() => assertReadable('ÇáÚÑÈíÉ ςΒΘΒ', 'short.pdf')).not.toThrow();
  });
});
