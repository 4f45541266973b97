import { AppError } from '../../errors.js';
import { findOcr, type OcrEngine } from './ocr.js';
import { MIN_PAGE_CHARS, readPdfWithPdfJs, type PdfPages } from './pdf-pdfjs.js';
import { readPdfWithPoppler } from './pdf-poppler.js';
import type { ExtractedDocument, PageStart } from './types.js';

export type PdfEngine = 'pdfjs' | 'poppler';
/** Measured on the fixtures (see the ingest bench): pdf.js with geometry-based lines reads them best. */
export const DEFAULT_PDF_ENGINE: PdfEngine = 'pdfjs';

export interface PdfOptions {
  engine?: PdfEngine;
  /** OCR for pages without a text layer; undefined = find tesseract on the system, null = none. */
  ocr?: OcrEngine | null;
}

/**
 * A PDF's text, page by page. Pages without a text layer are read by OCR when it is installed; when it
 * is not, they are listed as needing OCR, and a document with no text at all fails with NEEDS_OCR.
 */
export async function readPdf(bytes: Buffer, path: string, file: string, options: PdfOptions = {}): Promise<ExtractedDocument> {
  if (bytes.length === 0) throw new AppError('PDF_CORRUPT', `${file}: the file is empty`, { details: { file } });
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new AppError('PDF_CORRUPT', `${file}: not a PDF (no %PDF header)`, { details: { file } });
  const engine = options.engine ?? DEFAULT_PDF_ENGINE;
  const read: PdfPages = engine === 'poppler' ? await readPdfWithPoppler(path, file) : await readPdfWithPdfJs(new Uint8Array(bytes), file);
  if (read.pages.length === 0) throw new AppError('PDF_CORRUPT', `${file}: the PDF has no pages`, { details: { file } });
  const blank = read.pages.flatMap((p, i) => (p.replace(/\s/g, '').length < MIN_PAGE_CHARS ? [i + 1] : []));
  const ocr = blank.length === 0 ? null : options.ocr === undefined ? await findOcr() : options.ocr;
  const pages = [...read.pages];
  if (ocr) for (const n of blank) pages[n - 1] = await ocr.readPage(path, n);
  const { text, pageStarts } = joinPages(pages);
  if (!ocr && blank.length === read.pages.length) {
    throw new AppError('NEEDS_OCR', `${file}: needs OCR (no text layer on any of its ${read.pages.length} page(s); install tesseract-ocr and tesseract-ocr-ara)`, {
      details: { file, pages: blank },
    });
  }
  return {
    text,
    needsRepair: true,
    lineOrderFromBidi: lineOrderFromBidi(read),
    markdown: false,
    hints: { title: usableTitle(read.info.title), date: pdfDate(read.info.creationDate), lang: read.info.lang?.slice(0, 2).toLowerCase() },
    pages: read.pages.length,
    pageStarts,
    ocrPages: ocr ? blank : [],
    needsOcrPages: ocr ? [] : blank,
  };
}

/** The pages' text, a blank line between two, and where each page with text begins in it. */
function joinPages(pages: string[]): { text: string; pageStarts: PageStart[] } {
  const kept = pages.map((p, i) => ({ text: p.trim(), page: i + 1 })).filter((p) => p.text);
  let offset = 0;
  const pageStarts = kept.map((p) => {
    const start = { offset, page: p.page };
    offset += p.text.length + 2;
    return start;
  });
  return { text: kept.map((p) => p.text).join('\n\n'), pageStarts };
}

/**
 * Whether every page's Arabic lines were laid out in left-to-right paragraphs, so that pdf-lines put
 * them in logical order by undoing the bidi reordering: their order is then known, not to be guessed.
 */
function lineOrderFromBidi(read: PdfPages): boolean {
  const bases = (read.arabicBase ?? []).filter((b) => b !== null);
  return bases.length > 0 && bases.every((b) => b === 'ltr');
}

/** Producers often put the source file's name or a placeholder in the title field. */
function usableTitle(title: string | undefined): string | undefined {
  const t = title?.trim();
  if (!t || /^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pptx?|odt|txt|html?))$/i.test(t)) return undefined;
  return t;
}

/** `D:20190520120000+03'00'` → 2019-05-20. */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = raw ? /(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw) : null;
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
