import type { PgPool } from './pool.js';

/** The advisory lock an ingest holds: replicas starting together ingest the shared corpus one after another. */
const INGEST_LOCK = 0x41524350_02; // "ARCP", 2

/**
 * Runs an ingest while holding the deployment's ingest lock. Two replicas ingesting the same new file at
 * once would both insert it and the second would fail and record a failure in the shared ledger; one
 * after another, the second finds the file unchanged. A session lock on one pooled connection, released
 * in `finally` (and by the server if the process dies).
 */
export async function withPgIngestLock<T>(pool: PgPool, fn: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
    }
  } finally {
    client.release();
  }
}
