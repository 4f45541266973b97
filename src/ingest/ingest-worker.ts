/**
 * The worker thread an ingest runs in (see run-in-worker.ts): extraction, Arabic repair and chunking
 * write the store here, off the server's event loop; the server then brings its index in line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../store/db.js';
import { ingestPaths } from './ingest.js';
import type { WorkerInput, WorkerMessage } from './run-in-worker.js';

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const db = openDatabase(input.dataDir);
try {
  const report = await ingestPaths({
    paths: input.paths, corpusDir: input.corpusDir, db, logger: createLogger(input.logLevel), maxFileBytes: input.maxFileBytes,
    force: input.force, onProgress: (progress) => post({ kind: 'progress', progress }),
  });
  post({ kind: 'done', report });
} catch (err) {
  const e = AppError.from(err, 'INGEST_FAILED');
  post({ kind: 'failed', code: e.code, message: e.message });
} finally {
  db.close();
}
