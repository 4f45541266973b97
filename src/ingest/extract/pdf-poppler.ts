import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError } from '../../errors.js';
import type { PdfPages } from './pdf-pdfjs.js';

const run = promisify(execFile);
const TIMEOUT_MS = 60_000;

/**
 * Poppler's `pdftotext` in its default mode (never `-raw`, which writes Arabic in visual order), one page
 * per form feed, and `pdfinfo` for the title and date. Kept as the alternative engine for comparison.
 */
export async function readPdfWithPoppler(path: string, file: string): Promise<PdfPages> {
  const info = await pdfInfo(path, file);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 }).catch(
    (cause: unknown) => {
      throw popplerError(cause, file);
    },
  );
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return { pages, info };
}

async function pdfInfo(path: string, file: string): Promise<PdfPages['info']> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path], { timeout: TIMEOUT_MS }).catch((cause: unknown) => {
    throw popplerError(cause, file);
  });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(stdout)?.[1]?.trim();
  return { title: field('Title'), creationDate: field('CreationDate') };
}

function popplerError(cause: unknown, file: string): AppError {
  const err = cause as { code?: string; stderr?: string };
  if (err.code === 'ENOENT') return new AppError('INGEST_FAILED', `${file}: pdftotext is not installed (Debian package poppler-utils)`, { cause });
  const stderr = err.stderr ?? '';
  if (/Incorrect password|encrypted/i.test(stderr)) return new AppError('PDF_ENCRYPTED', `${file}: the PDF is password-protected`, { cause, details: { file } });
  return new AppError('PDF_CORRUPT', `${file}: not a readable PDF (${stderr.split('\n')[0] || 'pdftotext failed'})`, { cause, details: { file } });
}
