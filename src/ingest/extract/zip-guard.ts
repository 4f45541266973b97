import JSZip from 'jszip';
import { AppError } from '../../errors.js';

/**
 * Caps of a ZIP package (DOCX). A 295 KB DOCX whose `word/document.xml` unpacked to 124 MB ended the
 * server with "JavaScript heap out of memory" inside mammoth. Measured with mammoth on dense Arabic
 * paragraphs: 8 MB of XML took 18 s and 480 MB of memory, 32 MB took 60 s and 1.7 GB. Real Word files of
 * hundreds of pages hold a few MB of XML; their pictures are never inflated (see docx.ts).
 */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxUnpackedBytes: 256 * 1024 * 1024, maxReadBytes: 20 * 1024 * 1024 };

export interface ZipLimits {
  maxEntries: number;
  /** Everything the package says it holds, pictures included. */
  maxUnpackedBytes: number;
  /** What is actually inflated and read (the XML parts). */
  maxReadBytes: number;
}

const TEXT_PART = /\.(xml|rels)$/i;

/** What mammoth reads a package through (its `openZip({ file })`): exists and read. */
export interface GuardedZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** jszip's streaming read, public but missing from its typings. */
interface Streamable {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

function tooBig(file: string, what: string): AppError {
  return new AppError('FILE_TOO_LARGE', `${file}: ${what} (a ZIP bomb, or not a document this assistant can read)`, { details: { file } });
}

/** Declared sizes, read from the central directory without inflating anything. */
function declaredSize(entry: JSZip.JSZipObject): number {
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/**
 * Opens a ZIP package for reading under the caps: the entry count and the declared unpacked sizes are
 * checked before anything is inflated, and each read is streamed and stopped as soon as the bytes
 * actually produced (headers can lie) pass what is left of the budget.
 */
export async function openGuardedZip(buffer: Buffer, file: string, limits: ZipLimits = ZIP_LIMITS): Promise<GuardedZip> {
  const zip = await JSZip.loadAsync(buffer);
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > limits.maxEntries) throw tooBig(file, `${entries.length} entries in the package, over the limit of ${limits.maxEntries}`);
  const declared = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  const text = entries.filter((e) => TEXT_PART.test(e.name)).reduce((sum, e) => sum + declaredSize(e), 0);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  if (declared > limits.maxUnpackedBytes) throw tooBig(file, `unpacks to ${mb(declared)}, over the limit of ${mb(limits.maxUnpackedBytes)}`);
  if (text > limits.maxReadBytes) throw tooBig(file, `its text unpacks to ${mb(text)}, over the limit of ${mb(limits.maxReadBytes)}`);
  let left = limits.maxReadBytes;
  const inflate = (name: string) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const parts: Uint8Array[] = [];
      const stream = (zip.file(name) as unknown as Streamable).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          left -= chunk.length;
          if (left < 0) {
            stream.pause();
            reject(tooBig(file, `its text unpacks to more than ${mb(limits.maxReadBytes)}`));
          } else parts.push(chunk);
        })
        .on('error', reject)
        .on('end', () => resolve(Buffer.concat(parts)))
        .resume();
    });
  return {
    exists: (name) => zip.file(name) !== null,
    async read(name, encoding) {
      const bytes = await inflate(name);
      if (encoding === 'base64') return Buffer.from(bytes).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
    write: (name, contents) => void zip.file(name, contents as string),
    toArrayBuffer: () => zip.generateAsync({ type: 'arraybuffer' }),
  };
}
