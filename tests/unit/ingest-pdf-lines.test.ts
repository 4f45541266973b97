import { describe, expect, it } from 'vitest';
import { assemblePage, splitItem, type PdfTextItem } from '../../src/ingest/extract/pdf-lines.js';

const item = (str: string, x: number, width: number, y = 700, dir = /[\u0600-\u06FF]/.test(str) ? 'rtl' : 'ltr'): PdfTextItem => ({
  str, dir, x, y, width, fontSize: 12,
});

describe('reading order from PDF geometry', () => {
  it('reads a right-to-left line by x descending, whatever the stream order', () => {
    const items = [item('العربية', 100, 40), item('الخطوط', 150, 40), item('انواع', 200, 30)];
    expect(assemblePage(items)).toBe('انواع الخطوط العربية');
  });

  it('keeps a Latin phrase left to right inside an Arabic line, and numbers in logical order', () => {
    const items = [
      item('في المنطقة العربية', 40, 90), item('Global', 170, 35), item('Compact', 210, 45),
      item('الاتفاق', 260, 40), item('2019', 310, 25), item('عام', 340, 20),
    ];
    expect(assemblePage(items)).toBe('عام 2019 الاتفاق Global Compact في المنطقة العربية');
  });

  it('adds spaces from gaps, not inside a word cut into items', () => {
    // واللجوء was written as two touching items; a word gap separates it from الهجرة.
    const items = [item('الهجرة', 100, 36), item('للجوء', 150, 26), item('وا', 176, 10)];
    expect(assemblePage(items)).toBe('واللجوء الهجرة');
  });

  it('separates lines by baseline and paragraphs by spacing', () => {
    const items = [
      item('السطر الأول', 100, 400, 700), item('السطر الثاني', 100, 400, 686), item('فقرة جديدة', 100, 400, 640),
    ];
    expect(assemblePage(items)).toBe('السطر الأول\nالسطر الثاني\n\nفقرة جديدة');
  });

  it('cuts an item mixing scripts into runs placed by their share of its width', () => {
    const pieces = splitItem(item('يمكن www.lasportal.org', 100, 120, 700, 'ltr'));
    expect(pieces.map((p) => p.text)).toEqual(['يمكن', 'www.lasportal.org']);
    expect(pieces[0]!.right).toBeLessThan(pieces[1]!.left);
  });

  it('folds presentation forms and ligatures with NFKC', () => {
    expect(assemblePage([item('اﳋﻄﻮط', 100, 60)])).toBe('الخطوط');
  });
});
