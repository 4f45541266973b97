import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { ReplyFile } from './reply-files.js';

/** A file staff chose to attach, as it arrived from their surface. */
export interface AttachmentUpload {
  filename: string;
  bytes: Buffer;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * What a file is, by its content, not its name: a PDF starts `%PDF-`; a DOCX is a ZIP package
 * (`PK\x03\x04`) with a `word/document.xml` part (its name is stored uncompressed in the ZIP headers).
 * Anything else (a renamed .exe, a spreadsheet, an image) is undefined.
 */
export function documentType(bytes: Buffer): { mediaType: string; ext: string } | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { mediaType: PDF, ext: '.pdf' };
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (zip && bytes.includes('word/document.xml', 0, 'latin1')) return { mediaType: DOCX, ext: '.docx' };
  return undefined;
}

/** The file as kept and sent: checked for type and size, named with the extension its content has. */
export function acceptUpload(upload: AttachmentUpload, maxBytes: number): ReplyFile {
  const { bytes } = upload;
  if (bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', 'the attached file is empty');
  if (bytes.length > maxBytes) {
    throw new AppError('FILE_TOO_LARGE', `the attached file is ${mb(bytes.length)} MB, over the ${mb(maxBytes)} MB limit`, {
      details: { size: bytes.length, maxBytes },
    });
  }
  const type = documentType(bytes);
  if (!type) throw new AppError('UNSUPPORTED_FILE', 'the attached file is not a PDF or Word (DOCX) document');
  return { id: randomUUID(), filename: fileName(upload.filename, type.ext), mediaType: type.mediaType, size: bytes.length, bytes };
}

/** The name the asker sees: no folders, no control characters, ending in the content's extension. */
function fileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim()
    .slice(-150);
  const stem = base.replace(/\.(pdf|docx)$/i, '') || 'document';
  return `${stem}${ext}`;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
