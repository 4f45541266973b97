import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TIMEOUT_MS = 120_000;

export interface OcrEngine {
  /** Text of one page (1-based), read from a 300 dpi rendering. */
  readPage(pdfPath: string, page: number): Promise<string>;
}

export interface OcrTools {
  pdftoppm: string;
  tesseract: string;
  languages: string;
}

let probed: Promise<OcrEngine | null> | undefined;

/**
 * OCR through Debian's tools: `pdftoppm` renders the page, `tesseract -l ara+eng` reads it. Null when
 * either tool or the Arabic language data is missing; the document is then reported as needing OCR.
 */
export function findOcr(tools: Partial<OcrTools> = {}): Promise<OcrEngine | null> {
  const t: OcrTools = { pdftoppm: 'pdftoppm', tesseract: 'tesseract', languages: 'ara+eng', ...tools };
  if (Object.keys(tools).length > 0) return probe(t);
  probed ??= probe(t);
  return probed;
}

async function probe(t: OcrTools): Promise<OcrEngine | null> {
  try {
    await run(t.pdftoppm, ['-v'], { timeout: 10_000 });
    const { stdout, stderr } = await run(t.tesseract, ['--list-langs'], { timeout: 10_000 });
    const langs = new Set(`${stdout}\n${stderr}`.split('\n').map((l) => l.trim()));
    if (!t.languages.split('+').every((l) => langs.has(l))) return null;
  } catch {
    return null;
  }
  return { readPage: (pdf, page) => readPage(t, pdf, page) };
}

async function readPage(t: OcrTools, pdfPath: string, page: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'arcp-ocr-'));
  try {
    const prefix = join(dir, 'page');
    await run(t.pdftoppm, ['-r', '300', '-gray', '-f', String(page), '-l', String(page), '-png', pdfPath, prefix], { timeout: TIMEOUT_MS });
    const image = (await readdir(dir)).find((f) => f.endsWith('.png'));
    if (!image) return '';
    const { stdout } = await run(t.tesseract, [join(dir, image), 'stdout', '-l', t.languages, '--psm', '3'], {
      timeout: TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
