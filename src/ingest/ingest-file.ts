import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AppError } from '../errors.js';
import type { RepairReport, RepairResources } from './arabic-repair/pipeline.js';
import { chunkDocument } from './chunker.js';
import type { SourceFile } from './discover.js';
import { fileKind, unsupported, type ExtractOptions } from './extract/index.js';
import { inferMetadata } from './infer-metadata.js';
import { resolveMetadata } from './metadata.js';
import { readDocumentText } from './read-text.js';
import { findSidecar, type Sidecar } from './sidecar.js';
import type { DocumentMeta, Passage } from './types.js';

/**
 * Bumped whenever extraction or repair changes what a file turns into: every file is then read again.
 * 4: PDF passages carry their page numbers.
 * 5: a passage of Arabic under an Arabic heading is Arabic, whatever English titles it quotes (chunker.ts).
 */
export const PIPELINE_VERSION = 5;
/** The first pipeline whose passages say which pipeline cut them: an index holding older ones of it is stale. */
export const PIPELINE_KEPT_SINCE = 5;
/** The first pipeline whose PDF passages carry pages: an index holding such a PDF without them is stale. */
export const PAGES_SINCE_PIPELINE = 4;

export interface PreparedDocument {
  meta: DocumentMeta;
  inferred: string[];
  kind: string;
  contentHash: string;
  metaHash: string;
  text: string;
  passages: Passage[];
  repair?: RepairReport;
  warnings: string[];
  pages?: number;
}

export interface FileContext {
  maxFileBytes: number;
  extract: ExtractOptions;
  /** Loaded on first use: only documents with Arabic text from a lossy extractor need it. */
  repairResources: () => Promise<RepairResources>;
  shown: (path: string) => string;
  /** Explicit metadata file for the (single) file given. */
  metaFile?: string;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The checks that need no reading: supported type, size cap. */
export function precheck(file: SourceFile, ctx: FileContext): void {
  if (!fileKind(file.path)) throw unsupported(file.shown);
  if (file.size > ctx.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new AppError('FILE_TOO_LARGE', `${file.shown}: ${mb(file.size)} MB is over the ${mb(ctx.maxFileBytes)} MB limit (ARCP_MAX_FILE_MB)`, {
      details: { file: file.shown, size: file.size },
    });
  }
}

export function sidecarOf(file: SourceFile, ctx: FileContext): Promise<Sidecar | null> {
  return findSidecar(file.path, ctx.shown, ctx.metaFile);
}

/** Reads, extracts, repairs, describes and cuts one file into passages. */
export async function prepareDocument(file: SourceFile, bytes: Buffer, sidecar: Sidecar | null, ctx: FileContext): Promise<PreparedDocument> {
  const { extracted, text, pageStarts, repair } = await readDocumentText(bytes, file.path, file.shown, ctx);
  const contentHash = sha256(bytes);
  const { meta, inferred } = resolveMetadata({
    file: file.shown,
    embedded: extracted.embedded,
    sidecar: sidecar?.data,
    sidecarFile: sidecar ? ctx.shown(sidecar.path) : undefined,
    inferred: inferMetadata({ relPath: file.shown, text, hints: extracted.hints, mtime: file.mtime }),
  });
  // Each passage says which pipeline cut it, so that an index saved before a change to cutting is put right.
  const passages = chunkDocument(text, meta, contentHash, { markdown: extracted.markdown, pageStarts }).map((p) => ({ ...p, pipeline: PIPELINE_VERSION }));
  if (passages.length === 0) throw new AppError('INGEST_FAILED', `${file.shown}: no text to index (the document is empty)`, { details: { file: file.shown } });
  const warnings: string[] = [];
  if (extracted.needsOcrPages?.length) warnings.push(`needs OCR: page(s) ${extracted.needsOcrPages.join(', ')} have no text layer`);
  if (extracted.ocrPages?.length) warnings.push(`OCR used for page(s) ${extracted.ocrPages.join(', ')}`);
  return {
    meta, inferred, kind: fileKind(file.path)!, contentHash, metaHash: sidecar?.hash ?? '', text, passages, repair, warnings, pages: extracted.pages,
  };
}

export async function readSource(file: SourceFile): Promise<Buffer> {
  try {
    return await readFile(file.path);
  } catch (cause) {
    throw new AppError('INGEST_FAILED', `${file.shown}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
}
