import { extname, resolve } from 'node:path';
import { AppError, type ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { PassageIndex } from '../retrieval/types.js';
import type { Db } from '../store/db.js';
import { IngestStore } from '../store/ingest-store.js';
import type { IngestLedger } from './ledger.js';
import type { RepairReport, RepairResources } from './arabic-repair/pipeline.js';
import { loadRepairResources } from './arabic-repair/resources.js';
import { discoverSources, isUnder, pathOfKey, shownPath, type Discovery, type SourceFile } from './discover.js';
import type { OcrEngine } from './extract/ocr.js';
import type { PdfEngine } from './extract/pdf.js';
import { reconcileIndex } from './index-sync.js';
import { PIPELINE_VERSION, precheck, prepareDocument, readSource, sha256, sidecarOf, type FileContext, type PreparedDocument } from './ingest-file.js';

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

export interface IngestOptions {
  paths: string[];
  corpusDir: string;
  /** The local SQLite database holding the ledger, unless `ledger` is given. */
  db?: Db;
  /** The ingest ledger to write (PostgreSQL when replicas share one); by default the one in `db`. */
  ledger?: IngestLedger;
  /** The search index to keep in line; absent in a worker, where only the store is written. */
  index?: PassageIndex;
  logger: Logger;
  maxFileBytes: number;
  onProgress?: (p: IngestProgress) => void;
  /** Read every file again, even when unchanged. */
  force?: boolean;
  /** Metadata file for the single file given (instead of a sidecar next to it). */
  metaFile?: string;
  pdfEngine?: PdfEngine;
  /** OCR engine; undefined = tesseract when installed, null = never OCR. */
  ocr?: OcrEngine | null;
  /** Lexicon and word-order model; by default learned from the corpus folder (and hunspell-ar). */
  repairResources?: () => Promise<RepairResources>;
}

export interface IngestFileResult {
  file: string;
  documentId?: string;
  status: 'added' | 'updated' | 'unchanged' | 'deleted' | 'failed';
  passages: number;
  error?: string;
  /** Error code when failed. */
  code?: ErrorCode;
  kind?: string;
  pages?: number;
  /** Metadata fields inferred rather than given. */
  inferred?: string[];
  repair?: RepairReport;
  warnings?: string[];
}

export interface IngestReport {
  files: IngestFileResult[];
  failed: number;
  elapsedMs: number;
  /** Whether the search index was brought in line with the store (it lacked, or held, other documents). */
  indexRebuilt?: boolean;
}

interface RunState {
  options: IngestOptions;
  store: IngestLedger;
  ctx: FileContext;
  /** Document ids taken in this run, by source key. */
  ids: Map<string, string>;
  /** The absolute path of a source key. */
  pathOf: (key: string) => string;
  changed: boolean;
}

/**
 * Ingests files and folders incrementally: unchanged files (same size, time and sidecar, or same hash)
 * are skipped, changed ones re-indexed, deleted ones removed from the index. A bad file fails alone,
 * with a message naming it; the others are still ingested.
 */
export async function ingestPaths(options: IngestOptions): Promise<IngestReport> {
  const started = Date.now();
  const corpusDir = resolve(options.corpusDir);
  const store = ledgerOf(options);
  const shown = (p: string) => shownPath(resolve(p), corpusDir);
  let resources: Promise<RepairResources> | undefined;
  const ctx: FileContext = {
    maxFileBytes: options.maxFileBytes,
    extract: { pdf: { engine: options.pdfEngine, ocr: options.ocr } },
    repairResources: () => (resources ??= options.repairResources?.() ?? loadRepairResources({ corpusDir })),
    shown,
    metaFile: options.metaFile ? resolve(options.metaFile) : undefined,
  };
  const state: RunState = { options, store, ctx, ids: new Map(), changed: false, pathOf: (key) => pathOfKey(key, corpusDir) };
  const found = await discoverSources(options.paths, corpusDir);
  const files: IngestFileResult[] = [];
  for (const [i, file] of found.files.entries()) {
    options.onProgress?.({ done: i, total: found.files.length, file: file.shown });
    files.push(await ingestOne(file, state));
  }
  options.onProgress?.({ done: found.files.length, total: found.files.length, file: '' });
  files.push(...(await removeGone(found, state)));
  const indexRebuilt = options.index ? await syncIndex(state, options.index) : false;
  if (options.index && (state.changed || indexRebuilt)) await saveIndex(options.index);
  const report = { files, failed: files.filter((f) => f.status === 'failed').length, elapsedMs: Date.now() - started, indexRebuilt };
  options.logger.info({ files: files.length, failed: report.failed, ms: report.elapsedMs }, 'ingest finished');
  return report;
}

async function ingestOne(file: SourceFile, state: RunState): Promise<IngestFileResult> {
  const { store, ctx, options } = state;
  let metaHash = '';
  try {
    precheck(file, ctx);
    const sidecar = await sidecarOf(file, ctx);
    metaHash = sidecar?.hash ?? '';
    const known = options.force ? undefined : await knownFailure(file, metaHash, store);
    if (known) return known;
    const stored = await store.bySource(file.key);
    const current = stored && !options.force && stored.metaHash === metaHash && stored.pipelineVersion === PIPELINE_VERSION;
    if (current && stored.size === file.size && stored.mtimeMs === file.mtimeMs) return unchanged(file, stored.documentId, stored.passages, state);
    const bytes = await readSource(file);
    if (current && stored.contentHash === sha256(bytes)) {
      await store.touch(file.key, file.mtimeMs);
      return unchanged(file, stored.documentId, stored.passages, state);
    }
    const doc = await prepareDocument(file, bytes, sidecar, ctx);
    await claimId(doc, file, state);
    await index(file, doc, stored?.documentId, state);
    return {
      file: file.shown, documentId: doc.meta.id, status: stored ? 'updated' : 'added', passages: doc.passages.length, kind: doc.kind,
      pages: doc.pages, inferred: doc.inferred, repair: doc.repair, warnings: doc.warnings,
    };
  } catch (err) {
    const result = failure(file.shown, err, options.logger);
    await store.recordFailure({
      sourceKey: file.key, sourcePath: file.shown, size: file.size, mtimeMs: file.mtimeMs, metaHash,
      pipelineVersion: PIPELINE_VERSION, code: result.code!, message: result.error!,
    });
    return result;
  }
}

/** Puts a prepared document into the search index and the store (replacing its previous version). */
async function index(file: SourceFile, doc: PreparedDocument, previousId: string | undefined, state: RunState): Promise<void> {
  if (previousId && previousId !== doc.meta.id) await state.options.index?.remove([previousId]);
  await state.options.index?.upsert(doc.passages);
  await state.store.save(
    {
      sourceKey: file.key, sourcePath: file.shown, documentId: doc.meta.id, kind: doc.kind, contentHash: doc.contentHash,
      metaHash: doc.metaHash, size: file.size, mtimeMs: file.mtimeMs, pipelineVersion: PIPELINE_VERSION, meta: doc.meta,
      inferred: doc.inferred, repair: doc.repair, warnings: doc.warnings, pages: doc.pages, passages: doc.passages.length,
      ingestedAt: new Date().toISOString(),
    },
    doc.passages,
  );
  await state.store.clearFailure(file.key);
  state.changed = true;
}

/** A bad file that has not changed since it failed is reported again without being read again. */
async function knownFailure(file: SourceFile, metaHash: string, store: IngestLedger): Promise<IngestFileResult | undefined> {
  const f = await store.failure(file.key);
  if (!f || f.size !== file.size || f.mtimeMs !== file.mtimeMs || f.metaHash !== metaHash || f.pipelineVersion !== PIPELINE_VERSION) return undefined;
  return { file: file.shown, status: 'failed', passages: 0, error: f.message, code: f.code as ErrorCode };
}

function unchanged(file: SourceFile, documentId: string, passages: number, state: RunState): IngestFileResult {
  state.ids.set(documentId, file.key);
  return { file: file.shown, documentId, status: 'unchanged', passages };
}

/**
 * A document id belongs to one file: a second file claiming it fails, naming both. An inferred id
 * (`report.pdf` and `report.docx` both give `report`) takes the file's extension instead.
 */
async function claimId(doc: PreparedDocument, file: SourceFile, state: RunState): Promise<void> {
  const ownerOf = async (id: string) => state.ids.get(id) ?? (await state.store.byDocument(id))?.sourceKey;
  const taken = async (id: string) => {
    const owner = await ownerOf(id);
    return owner !== undefined && owner !== file.key;
  };
  if ((await taken(doc.meta.id)) && doc.inferred.includes('id')) {
    const alternative = `${doc.meta.id}-${extname(file.path).slice(1).toLowerCase()}`;
    if (!(await taken(alternative))) rename(doc, alternative);
  }
  const owner = await ownerOf(doc.meta.id);
  if (owner !== undefined && owner !== file.key) {
    throw new AppError('METADATA_INVALID', `${file.shown}: id: "${doc.meta.id}" is already used by ${state.ctx.shown(state.pathOf(owner))}`, {
      details: { file: file.shown, field: 'id' },
    });
  }
  state.ids.set(doc.meta.id, file.key);
}

function rename(doc: PreparedDocument, id: string): void {
  doc.meta = { ...doc.meta, id };
  doc.passages = doc.passages.map((p) => ({ ...p, id: `${id}#${p.n}`, documentId: id, meta: doc.meta }));
}

function failure(shown: string, err: unknown, logger: Logger): IngestFileResult {
  const e = AppError.from(err, 'INGEST_FAILED');
  const message = e.message.startsWith(shown) ? e.message : `${shown}: ${e.message}`;
  logger.warn({ file: shown, code: e.code }, 'ingest failed for a file');
  return { file: shown, status: 'failed', passages: 0, error: message, code: e.code };
}

/** Files the store knows under a scanned folder, or given by name, that are gone: out of the index. */
async function removeGone(found: Discovery, state: RunState) {
  const seen = new Set(found.files.map((f) => f.key));
  const missing = new Map(found.missing.map((m) => [m.key, m.shown]));
  const under = (key: string) => found.roots.some((r) => isUnder(state.pathOf(key), r));
  const out: IngestFileResult[] = [];
  for (const row of await state.store.all()) {
    const gone = !seen.has(row.sourceKey) && (missing.has(row.sourceKey) || under(row.sourceKey));
    if (!gone) continue;
    await state.options.index?.remove([row.documentId]);
    await state.store.remove(row.sourceKey);
    missing.delete(row.sourceKey);
    state.changed = true;
    out.push({ file: row.sourcePath, documentId: row.documentId, status: 'deleted', passages: row.passages });
  }
  await state.store.forgetFailuresExcept(seen, (key) => missing.has(key) || under(key));
  for (const [, shown] of missing) {
    out.push({ file: shown, status: 'failed', passages: 0, error: `${shown}: no such file or folder`, code: 'NOT_FOUND' });
  }
  for (const { shown, reason } of found.refused) {
    state.options.logger.warn({ file: shown, reason }, 'ingest skipped an entry that is not a file');
    out.push({ file: shown, status: 'failed', passages: 0, error: `${shown}: ${reason}`, code: 'UNSUPPORTED_FILE' });
  }
  return out;
}

/**
 * The index ends equal to the store: passages it lost are put back, documents the store no longer has
 * (deleted by another process whose index this one overwrote) are taken out, also with --force.
 */
async function syncIndex(state: RunState, index: PassageIndex): Promise<boolean> {
  const { removed, replaced } = await reconcileIndex(state.store, index);
  if (removed + replaced === 0) return false;
  state.options.logger.info({ removed, replaced }, 'search index brought in line with the store');
  return true;
}

function ledgerOf(options: IngestOptions): IngestLedger {
  if (options.ledger) return options.ledger;
  if (!options.db) throw new AppError('INTERNAL', 'an ingest needs a ledger or a database');
  return new IngestStore(options.db);
}

async function saveIndex(index: PassageIndex): Promise<void> {
  const persistent = index as PassageIndex & { save?: () => Promise<void> };
  if (typeof persistent.save === 'function') await persistent.save();
}
