import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { AppError } from '../errors.js';
import type { IngestProgress, IngestReport } from '../ingest/ingest.js';
import { documentMetaSchema } from '../ingest/metadata.js';
import type { Logger } from '../logger.js';

export const UPLOAD_EXTENSIONS = ['.md', '.pdf', '.docx', '.html', '.htm', '.txt'] as const;
const KEEP_JOBS = 50;

export interface IngestJob {
  id: string;
  file: string;
  startedBy: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  current?: string;
  /** The document the file became, once ingested. */
  documentId?: string;
  report?: IngestReport;
  error?: string;
  startedAt: string;
  finishedAt?: string;
}

export interface IngestJobsDeps {
  /** Where uploads are kept: a folder inside the corpus, so that the next start-up ingests them too. */
  uploadDir: string;
  maxFileBytes: number;
  logger: Logger;
  run(paths: string[], onProgress: (p: IngestProgress) => void): Promise<IngestReport>;
}

/** A file name safe to write: no folders, no control characters, a known extension. */
export function safeUploadName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop()!.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[.\s]+/, '').trim();
  const ext = extname(base).toLowerCase();
  if (!base || base.length > 150 || !(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new AppError('UNSUPPORTED_FILE', `upload a ${UPLOAD_EXTENSIONS.join(', ')} file (got "${name}")`);
  }
  return base;
}

/** Uploads from the console, ingested one at a time in the background; progress is polled by the page. */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: IngestJobsDeps) {}

  /** Stores the file (and, for non-Markdown files, its metadata as a sidecar), then queues its ingest. */
  async upload(input: { name: string; bytes: Buffer; meta?: unknown; staff: string }): Promise<IngestJob> {
    const name = safeUploadName(input.name);
    if (input.bytes.length === 0) throw new AppError('BAD_REQUEST', 'the file is empty');
    if (input.bytes.length > this.deps.maxFileBytes) throw new AppError('FILE_TOO_LARGE', `${name} is larger than ${this.deps.maxFileBytes} bytes`);
    const sidecar = extname(name).toLowerCase() === '.md' ? undefined : validMeta(input.meta, name);
    await mkdir(this.deps.uploadDir, { recursive: true });
    const path = join(this.deps.uploadDir, name);
    await writeFile(path, input.bytes);
    if (sidecar) await writeFile(`${path}.meta.yaml`, stringify(sidecar));
    const job: IngestJob = { id: randomUUID(), file: name, startedBy: input.staff, status: 'queued', done: 0, total: 1, startedAt: new Date().toISOString() };
    this.remember(job);
    this.queue = this.queue.then(() => this.execute(job, path));
    return { ...job };
  }

  get(id: string): IngestJob | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }

  list(): IngestJob[] {
    return [...this.jobs.values()].reverse().map((j) => ({ ...j }));
  }

  /** Resolves when every queued ingest has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async execute(job: IngestJob, path: string): Promise<void> {
    job.status = 'running';
    try {
      const report = await this.deps.run([path], (p) => Object.assign(job, { done: p.done, total: p.total, current: p.file }));
      // The report may cover more files than the upload (a folder re-scan): find the uploaded one.
      const mine = report.files.filter((f) => basename(f.file) === job.file);
      const failure = mine.find((f) => f.status === 'failed') ?? (mine.length === 0 ? { error: 'the file was not ingested' } : undefined);
      const documentId = mine.find((f) => f.documentId)?.documentId;
      Object.assign(job, { report, documentId, status: failure ? 'failed' : 'done', error: failure?.error, done: job.total });
    } catch (err) {
      Object.assign(job, { status: 'failed', error: AppError.from(err, 'INGEST_FAILED').message });
    }
    job.finishedAt = new Date().toISOString();
    this.deps.logger.info({ job: job.id, file: job.file, status: job.status, staff: job.startedBy }, 'console upload ingested');
  }

  private remember(job: IngestJob): void {
    this.jobs.set(job.id, job);
    for (const id of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEEP_JOBS))) this.jobs.delete(id);
  }
}

/**
 * The metadata typed in the upload form, as a sidecar: only the fields given, each validated. Fields
 * left empty are inferred by the ingest from the file itself (title, date, language, id).
 */
function validMeta(meta: unknown, name: string): Record<string, unknown> | undefined {
  const given = Object.fromEntries(
    Object.entries(typeof meta === 'object' && meta !== null ? meta : {}).filter(([, v]) => !isEmpty(v)),
  );
  if (Object.keys(given).length === 0) return undefined;
  const parsed = documentMetaSchema.partial().safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'metadata'}: ${i.message}`);
    throw new AppError('METADATA_INVALID', `${name}: ${problems.join('; ')}`, { details: { problems } });
  }
  return given;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}
