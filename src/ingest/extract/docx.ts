import mammoth from 'mammoth';
import { AppError } from '../../errors.js';
import { htmlToText, type HtmlText } from './html.js';

/** Word files through mammoth (exact Arabic, no repair needed), kept as headings, lists and paragraphs. */
export async function readDocx(buffer: Buffer, file: string): Promise<HtmlText> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer });
    const parsed = htmlToText(value);
    return { text: parsed.text, hints: {} };
  } catch (cause) {
    throw new AppError('INGEST_FAILED', `${file}: not a readable Word document (${(cause as Error).message})`, { cause, details: { file } });
  }
}
