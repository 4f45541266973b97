import { extname } from 'node:path';
import { AppError } from '../../errors.js';
import { splitFrontMatter } from '../markdown.js';
import { readDocx } from './docx.js';
import { htmlToText } from './html.js';
import { readPdf, type PdfOptions } from './pdf.js';
import { decodeText } from './text.js';
import type { ExtractedDocument } from './types.js';

export type { ExtractedDocument, MetaHints, PageStart } from './types.js';

export type FileKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

const KINDS: Record<string, FileKind> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

const HINTS: Record<string, string> = {
  '.doc': 'save it as .docx',
  '.ppt': 'export it to PDF',
  '.pptx': 'export it to PDF',
  '.rtf': 'save it as .docx',
  '.odt': 'save it as .docx',
};

/** The kind of document a file name says it is, or null for types the ingester does not read. */
export function fileKind(path: string): FileKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

export function unsupported(file: string): AppError {
  const ext = extname(file).toLowerCase();
  const hint = HINTS[ext] ? `; ${HINTS[ext]}` : '';
  return new AppError('UNSUPPORTED_FILE', `${file}: unsupported file type "${ext || '(none)'}" (PDF, DOCX, HTML, Markdown or text${hint})`, {
    details: { file },
  });
}

export interface ExtractOptions {
  pdf?: PdfOptions;
}

/** Reads one file of a supported kind into text, with whatever metadata it carries. */
export async function extractFile(bytes: Buffer, path: string, file: string, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const kind = fileKind(path);
  switch (kind) {
    case 'pdf':
      return readPdf(bytes, path, file, options.pdf);
    case 'docx': {
      if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') {
        throw new AppError('INGEST_FAILED', `${file}: not a Word .docx file (not a ZIP package)`, { details: { file } });
      }
      const d = await readDocx(bytes, file);
      return { text: d.text, needsRepair: false, markdown: true, hints: d.hints };
    }
    case 'html': {
      const h = htmlToText(decodeText(bytes, file));
      return { text: h.text, needsRepair: false, markdown: true, hints: h.hints };
    }
    case 'markdown': {
      const { data, body } = splitFrontMatter(decodeText(bytes, file), file);
      return { text: body, needsRepair: false, markdown: true, embedded: data, hints: {} };
    }
    case 'text':
      return { text: decodeText(bytes, file), needsRepair: true, markdown: false, hints: {} };
    default:
      throw unsupported(file);
  }
}
