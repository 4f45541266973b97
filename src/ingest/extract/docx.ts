import mammoth from 'mammoth';
import { AppError } from '../../errors.js';
import { htmlToText, type HtmlText } from './html.js';
import { openGuardedZip, type ZipLimits } from './zip-guard.js';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Word files through mammoth (exact Arabic, no repair needed), kept as headings, lists and paragraphs.
 * The package is opened by us under size caps and handed to mammoth as an open file (its `openZip`
 * takes `{ file }`), so that a ZIP bomb fails this file instead of exhausting the heap. Pictures are
 * dropped unread: the text is what is indexed, and mammoth would otherwise inline each one as base64.
 */
export async function readDocx(buffer: Buffer, file: string, limits?: ZipLimits): Promise<HtmlText> {
  try {
    const zip = await openGuardedZip(buffer, file, limits);
    const { value } = await mammoth.convertToHtml({ file: zip } as unknown as MammothInput, { convertImage: NO_IMAGES });
    const parsed = htmlToText(value);
    return { text: parsed.text, hints: {} };
  } catch (cause) {
    if (AppError.is(cause)) throw cause;
    throw new AppError('INGEST_FAILED', `${file}: not a readable Word document (${(cause as Error).message})`, { cause, details: { file } });
  }
}
