import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../errors.js';
import type { BaseDirection } from './pdf-bidi.js';
import { assemblePage, pageArabicBase, type PdfTextItem } from './pdf-lines.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js is big and slow to load (about a second): only when a PDF is actually read. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function cMapUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return pathToFileURL(join(dirname(pkg), 'cmaps') + '/').href;
}

export interface PdfPages {
  /** Text of each page, in reading order. */
  pages: string[];
  /** Each page's Arabic paragraph direction, as read from its geometry (pdf.js only). */
  arabicBase?: (BaseDirection | null)[];
  info: { title?: string; creationDate?: string; lang?: string };
}

/** Characters below which a page counts as having no text layer. */
export const MIN_PAGE_CHARS = 8;

/**
 * Reads every page's text items with their positions (`disableNormalization` keeps ligatures such as
 * U+FCCB whole, so our own NFKC decomposes them in the right order) and rebuilds lines from geometry.
 */
export async function readPdfWithPdfJs(data: Uint8Array, file: string): Promise<PdfPages> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((cause: unknown) => {
      throw pdfError(cause, file);
    });
    const pages: string[] = [];
    const arabicBase: (BaseDirection | null)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await readPage(doc, n);
      pages.push(page.text);
      arabicBase.push(page.arabicBase);
    }
    const meta = await doc.getMetadata().catch(() => undefined);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    return {
      pages,
      arabicBase,
      info: {
        title: typeof info.Title === 'string' ? info.Title : undefined,
        creationDate: typeof info.CreationDate === 'string' ? info.CreationDate : undefined,
        lang: typeof info.Language === 'string' ? info.Language : undefined,
      },
    };
  } finally {
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(doc: PdfDocument, n: number): Promise<{ text: string; arabicBase: BaseDirection | null }> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ disableNormalization: true });
  const items: PdfTextItem[] = [];
  for (const it of content.items) {
    if (!('str' in it)) continue;
    const [a, b, , , x, y] = it.transform as number[];
    items.push({ str: it.str, dir: it.dir, x: x!, y: y!, width: it.width, fontSize: Math.hypot(a!, b!) || it.height });
  }
  page.cleanup();
  return { text: assemblePage(items), arabicBase: pageArabicBase(items) };
}

function pdfError(cause: unknown, file: string): AppError {
  const name = (cause as { name?: string })?.name;
  if (name === 'PasswordException') return new AppError('PDF_ENCRYPTED', `${file}: the PDF is password-protected`, { cause, details: { file } });
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError('PDF_CORRUPT', `${file}: not a readable PDF (${reason})`, { cause, details: { file } });
}
