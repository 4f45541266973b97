import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { acceptUpload, documentType } from '../../src/tickets/reply-attachment.js';
import { pdfWithLines } from '../support/pdf.js';
import { docxOf, zipOf } from '../support/zip.js';

const PDF = pdfWithLines([Buffer.from('Agenda')]);
const DOCX = docxOf('<w:document><w:body><w:p><w:r><w:t>Form</w:t></w:r></w:p></w:body></w:document>');

describe('a document staff attach to an answer', () => {
  it('is recognised by its content: PDF and DOCX, not a ZIP without a Word document, nor anything else', () => {
    expect(documentType(PDF)?.mediaType).toBe('application/pdf');
    expect(documentType(DOCX)?.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(documentType(zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]))).toBeUndefined();
    expect(documentType(Buffer.from('MZ\x90\x00'))).toBeUndefined();
  });

  it('is named with the extension its content has, without folders or control characters', () => {
    expect(acceptUpload({ filename: 'C:\\Users\\omar\\agenda.exe', bytes: PDF }, 1e6).filename).toBe('agenda.exe.pdf');
    expect(acceptUpload({ filename: 'محضر\u202e.DOCX', bytes: DOCX }, 1e6).filename).toBe('محضر.docx');
    expect(acceptUpload({ filename: '', bytes: PDF }, 1e6).filename).toBe('document.pdf');
  });

  it('is refused over the cap, empty, or of another type, with the code the surfaces translate', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return AppError.is(err) ? err.code : 'other';
      }
      return 'accepted';
    };
    expect(code(() => acceptUpload({ filename: 'a.pdf', bytes: PDF }, PDF.length - 1))).toBe('FILE_TOO_LARGE');
    expect(code(() => acceptUpload({ filename: 'a.pdf', bytes: Buffer.alloc(0) }, 1e6))).toBe('UNSUPPORTED_FILE');
    expect(code(() => acceptUpload({ filename: 'a.pdf', bytes: Buffer.from('<html>') }, 1e6))).toBe('UNSUPPORTED_FILE');
    expect(code(() => acceptUpload({ filename: 'a.pdf', bytes: PDF }, PDF.length))).toBe('accepted');
  });
});
