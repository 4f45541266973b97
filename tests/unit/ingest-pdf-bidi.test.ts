import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairArabicText } from '../../src/ingest/arabic-repair/pipeline.js';
import { loadRepairResources } from '../../src/ingest/arabic-repair/resources.js';
import { arabicBaseDirection, logicalOrderAtLtrBase, type BidiPiece } from '../../src/ingest/extract/pdf-bidi.js';
import { assemblePage, type PdfTextItem } from '../../src/ingest/extract/pdf-lines.js';
import { readPdf } from '../../src/ingest/extract/pdf.js';
import { requireTool } from '../support/system-tools.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'ingest');

const piece = (text: string, left: number, width: number, rtl = /[\u0600-\u06FF]/.test(text)): BidiPiece => ({
  text, left, right: left + width, fontSize: 12, latin: /[a-z]/i.test(text) && !/[\u0600-\u06FF]/.test(text), rtl,
});
const item = (str: string, x: number, width: number, dir: string): PdfTextItem => ({ str, dir, x, y: 717.6, width, fontSize: 12 });

/** Adjacent word pairs of `truth` that `text` also has side by side, as a share. */
function pairsInOrder(text: string, truth: string): number {
  const words = (t: string) => t.split(/[\s.]+/).filter(Boolean);
  const have = new Set(words(text).slice(1).map((w, i, a) => `${i === 0 ? words(text)[0] : a[i - 1]} ${w}`));
  const want = truth.split('\n').flatMap((l) => words(l).slice(1).map((w, i) => `${words(l)[i]} ${w}`));
  return want.filter((p) => have.has(p)).length / want.length;
}

describe('Arabic lines of left-to-right paragraphs, put in logical order by the bidi levels', () => {
  it('reads the runs on either side of a URL in their own order (items of ltr-paragraphs.pdf)', () => {
    // Geometry as pdf.js reports it for the fixture's fifth line; `يمكن www.lasportal.org` is one ltr item.
    const items = [
      item('عبر موقع الجامعة', 57, 96.2, 'rtl'), item(' ', 153.2, 6.1, 'ltr'), item('على الوثائق', 159.3, 66.1, 'rtl'),
      item(' ', 225.4, 6.1, 'ltr'), item('الاطلاع', 231.4, 30, 'rtl'), item(' ', 261.5, 6.1, 'ltr'),
      item('يمكن www.lasportal.org', 267.5, 132.2, 'ltr'), item(' ', 399.7, 12.3, 'ltr'), item('باللغتين العربية', 412, 96.2, 'rtl'),
    ];
    // A line of the same page ends a sentence with its full stop painted at the right.
    items.push({ ...item('.تتولى', 478.1, 36, 'rtl'), y: 764.2 }, { ...item('كل اجتماع', 57, 54.1, 'rtl'), y: 764.2 });
    expect(assemblePage(items).split('\n')).toEqual([
      'تتولى كل اجتماع.',
      'يمكن الاطلاع على الوثائق عبر موقع الجامعة www.lasportal.org باللغتين العربية',
    ]);
  });

  it('keeps a number inside its Arabic run and the full stop at the end', () => {
    const line = [
      piece('من الاجتماع', 57, 60), piece(' ', 117, 6, false), piece('يوما', 123, 24), piece('30', 153, 12, false),
      piece('قبل', 171, 20), piece(' ', 191, 6, false), piece('تلتزم', 197, 30), piece('.', 526, 6, false),
    ];
    expect(logicalOrderAtLtrBase(line).map((p) => p.text).filter((t) => t.trim())).toEqual(['تلتزم', 'قبل', '30', 'يوما', 'من الاجتماع', '.']);
  });

  it('keeps the parts of a date in their order inside an Arabic run', () => {
    const line = [piece('ويتضمن', 10, 40), piece('2019', 60, 25, false), piece('-', 85, 4, false), piece('05', 89, 12, false), piece('بتاريخ', 110, 30)];
    expect(logicalOrderAtLtrBase(line).map((p) => p.text).join('')).toBe('بتاريخ2019-05ويتضمن');
  });

  it('tells the paragraph direction from the side the full stop is painted on', () => {
    expect(arabicBaseDirection([[piece('.تتولى', 478, 36), piece('كل اجتماع', 57, 54)]])).toBe('ltr');
    expect(arabicBaseDirection([[piece('الدولية المعنية.', 57, 71)]])).toBe('rtl');
    expect(arabicBaseDirection([[piece('بلا نقطة', 57, 71)]])).toBe('rtl');
  });

  it('extracts ltr-paragraphs.pdf in the word order of its source, and rtl-paragraphs.pdf as before', async () => {
    const ltr = await readPdf(readFileSync(join(FIXTURES, 'ltr-paragraphs.pdf')), join(FIXTURES, 'ltr-paragraphs.pdf'), 'ltr-paragraphs.pdf', { ocr: null });
    const rtl = await readPdf(readFileSync(join(FIXTURES, 'rtl-paragraphs.pdf')), join(FIXTURES, 'rtl-paragraphs.pdf'), 'rtl-paragraphs.pdf', { ocr: null });
    expect(ltr.lineOrderFromBidi).toBe(true);
    expect(rtl.lineOrderFromBidi).toBe(false);
    expect(ltr.text).toContain('يمكن االطالع على الوثائق عبر موقع الجامعة www.lasportal.org باللغتين العربية');
    expect(ltr.text).toContain('تلتزم الدول الأعضاء بتقديم تقارير وطنية عن أوضاع الهجرة قبل 30 يوما من االجتماع.');
    expect(rtl.text).toContain('صدر البيان الختامي رقم 12 بتاريخ 2019-05-20 ويتضمن 7 توصيات');
  });

  // The repair leans on hunspell-ar's word list: without it 96% of the word pairs are in place, not all.
  it.skipIf(!requireTool('hunspell-ar'))('keeps that order through the repair, with every word pair of the truth file in place', async () => {
    const file = join(FIXTURES, 'ltr-paragraphs.pdf');
    const extracted = await readPdf(readFileSync(file), file, 'ltr-paragraphs.pdf', { ocr: null });
    const resources = await loadRepairResources({ corpusDir: join(repoRoot, 'corpus') });
    const { text } = repairArabicText(extracted.text, resources, { keepLineOrder: extracted.lineOrderFromBidi });
    const truth = readFileSync(join(FIXTURES, 'ltr-paragraphs.truth.txt'), 'utf8');
    expect(pairsInOrder(text, truth)).toBe(1);
    expect(text).toContain('تلتزم الدول الأعضاء بتقديم تقارير وطنية عن أوضاع الهجرة قبل 30 يوما من الاجتماع.');
  }, 60_000);
});
