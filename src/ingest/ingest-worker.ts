/**
 * The worker thread an ingest runs in (see run-in-worker.ts): extraction, Arabic repair and chunking
 * write the store here, off the server's event loop; the server then brings its index in line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../store/db.js';
import { IngestStore } from '../store/ingest-store.js';
import { withPgIngestLock } from '../store/pg/ingest-lock.js';
import { PgIngestLedger } from '../store/pg/pg-ingest-ledger.js';
import { openPostgres } from '../store/pg/pool.js';
import { ingestPaths, type IngestReport } from './ingest.js';
import type { IngestLedger } from './ledger.js';
import type { WorkerInput, WorkerMessage } from './run-in-worker.js';

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const run = (ledger: IngestLedger): Promise<IngestReport> => ingestPaths({
  paths: input.paths, corpusDir: input.corpusDir, ledger, logger: createLogger(input.logLevel), maxFileBytes: input.maxFileBytes,
  force: input.force, onProgress: (progress) => post({ kind: 'progress', progress }),
});

/** The shared ledger in PostgreSQL (one ingest at a time in the deployment), or the data folder's SQLite. */
async function ingest(): Promise<IngestReport> {
  if (input.databaseUrl) {
    const pool = await openPostgres({ url: input.databaseUrl, max: 2, migrate: false });
    try {
      return await withPgIngestLock(pool, () => run(new PgIngestLedger(pool)));
    } finally {
      await pool.end();
    }
  }
  const db = openDatabase(input.dataDir);
  try {
    return await run(new IngestStore(db));
  } finally {
    db.close();
  }
}

try {
  post({ kind: 'done', report: await ingest() });
} catch (err) {
  const e = AppError.from(err, 'INGEST_FAILED');
  post({ kind: 'failed', code: e.code, message: e.message });
}
