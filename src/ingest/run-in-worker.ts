import { Worker } from 'node:worker_threads';
import type { LevelWithSilent } from 'pino';
import { AppError, type ErrorCode } from '../errors.js';
import type { IngestProgress, IngestReport } from './ingest.js';

export interface WorkerInput {
  paths: string[];
  corpusDir: string;
  dataDir: string;
  /** postgres://… when the ledger is shared by replicas (DATABASE_URL). */
  databaseUrl?: string;
  maxFileBytes: number;
  force?: boolean;
  logLevel: LevelWithSilent;
}

export type WorkerMessage =
  | { kind: 'progress'; progress: IngestProgress }
  | { kind: 'done'; report: IngestReport }
  | { kind: 'failed'; code: ErrorCode; message: string };

/**
 * Sources run through tsx (bin/arcp.mjs registers it): the worker registers it too before loading its
 * module (`--import tsx` in a worker's execArgv is not applied by Node 20).
 */
function workerScript(): string {
  const ts = import.meta.url.endsWith('.ts');
  const file = new URL(`./ingest-worker.${ts ? 'ts' : 'js'}`, import.meta.url).href;
  if (!ts) return `import(${JSON.stringify(file)});`;
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file)}); });`;
}

/**
 * Runs an ingest in a worker thread that writes the store: an 8 MB text took 62 s to extract and
 * repair, during which the server answered nothing (`/healthz` timed out, Slack's 3 s deadline passed).
 * Progress comes back as messages. A worker that dies (out of memory on a hostile file) fails this
 * ingest, not the server.
 */
export function ingestInWorker(input: WorkerInput, onProgress?: (p: IngestProgress) => void): Promise<IngestReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript(), { eval: true, workerData: input });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'progress') onProgress?.(m.progress);
      else {
        settled = true;
        if (m.kind === 'done') resolve(m.report);
        else reject(new AppError(m.code, m.message));
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(new AppError('INGEST_FAILED', `the ingest stopped: ${err.message}`, { cause: err }));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new AppError('INGEST_FAILED', `the ingest stopped: its worker ended with code ${code}`));
    });
  });
}
