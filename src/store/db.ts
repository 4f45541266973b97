import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.js';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating if needed) the SQLite database in the data folder, in WAL mode, and applies every
 * migration in `migrations/` not yet applied, in file-name order. `:memory:` gives a private database.
 */
export function openDatabase(dataDir: string | ':memory:'): Db {
  let db: Db;
  try {
    if (dataDir === ':memory:') {
      db = new Database(':memory:');
    } else {
      try {
        mkdirSync(dataDir, { recursive: true });
      } catch (cause) {
        throw unwritableDataFolder(dataDir, cause);
      }
      db = new Database(join(dataDir, 'arcp.sqlite'));
      db.pragma('journal_mode = WAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (cause) {
    if (AppError.is(cause)) throw cause;
    throw unwritableDataFolder(dataDir, cause);
  }
  applyMigrations(db);
  return db;
}

/** The one message for a data folder that cannot be created or written, with the way to move it. */
export function unwritableDataFolder(dir: string, cause: unknown): AppError {
  const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
  return new AppError('STORE_FAILED', `cannot write the data folder ${dir} (${reason}); choose another with --data DIR or ARCP_DATA_DIR`, { cause });
}

const BUSY_RETRIES_MS = [25, 100, 400];
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const isBusy = (err: unknown) => typeof (err as { code?: unknown }).code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * Runs a write transaction with `BEGIN IMMEDIATE`: the write lock is taken at the start, where SQLite's
 * busy timeout waits for another process (a second server, `arcp ingest`) to finish. A deferred
 * transaction that reads and then writes cannot wait there and failed with "database is locked" (3 of 80
 * ticket requests with two processes on one data folder). What is still busy after the timeout is tried
 * again a few times, with back-off; nested calls become savepoints and are not retried on their own.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  const run = db.transaction(fn);
  if (db.inTransaction) return run();
  for (let attempt = 0; ; attempt++) {
    try {
      return run.immediate();
    } catch (err) {
      const wait = BUSY_RETRIES_MS[attempt];
      if (!isBusy(err) || wait === undefined) throw err;
      pause(wait);
    }
  }
}

function applyMigrations(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[],
  );
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) {
    if (applied.has(file)) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
    try {
      writeTransaction(db, () => {
        // Another process starting at the same moment may have applied it while this one waited.
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(file)) return;
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(file, new Date().toISOString());
      });
    } catch (cause) {
      throw new AppError('MIGRATION_FAILED', `migration ${file} failed`, { cause });
    }
  }
}
