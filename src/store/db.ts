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
      db.transaction(() => {
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(file, new Date().toISOString());
      })();
    } catch (cause) {
      throw new AppError('MIGRATION_FAILED', `migration ${file} failed`, { cause });
    }
  }
}
