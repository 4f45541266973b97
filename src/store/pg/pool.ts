import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { AppError } from '../../errors.js';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
/** A pool or a client inside a transaction: what a query runs on. */
export type Queryable = pg.Pool | pg.PoolClient;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
/** The advisory lock every replica takes to migrate: the first migrates, the others wait and find nothing to do. */
export const MIGRATION_LOCK = 0x41524350_01; // "ARCP", 1

/**
 * Rows come back shaped like SQLite's, so that the stores share their row mappers: times as ISO strings
 * (toISOString, as the product writes them), 64-bit integers as numbers (ids and counts stay far below
 * 2^53), and jsonb as its text, parsed by the mapper as it parses SQLite's JSON columns.
 */
const TYPES = {
  getTypeParser(oid: number, format?: string) {
    if (oid === pg.types.builtins.TIMESTAMPTZ || oid === pg.types.builtins.TIMESTAMP) return (v: string) => new Date(v).toISOString();
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.JSONB || oid === pg.types.builtins.JSON) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export interface PgOptions {
  url: string;
  /** Connections per process. */
  max?: number;
  /** A schema other than `public` (tests give each test its own). */
  schema?: string;
  /** false: connect only (default: apply the pending migrations first). */
  migrate?: boolean;
}

/** Opens a pool to the database and applies the migrations not applied yet, under an advisory lock. */
export async function openPostgres(options: PgOptions): Promise<PgPool> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    types: TYPES,
    connectionTimeoutMillis: 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server (a restart) must not crash the process: the pool drops it.
  pool.on('error', () => {});
  try {
    if (options.migrate !== false) await applyMigrations(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return pool;
}

async function applyMigrations(pool: PgPool): Promise<void> {
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (cause) {
    throw new AppError('STORE_FAILED', 'cannot connect to the PostgreSQL database of DATABASE_URL', { cause });
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)');
    const applied = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    for (const file of migrationFiles()) {
      if (!applied.has(file)) await applyOne(client, file);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
}

async function applyOne(client: PgClient, file: string): Promise<void> {
  const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
  try {
    await client.query('BEGIN');
    await client.query(sql);
    await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())', [file]);
    await client.query('COMMIT');
  } catch (cause) {
    await client.query('ROLLBACK').catch(() => {});
    throw new AppError('MIGRATION_FAILED', `PostgreSQL migration ${file} failed`, { cause });
  }
}

/** Runs `fn` in one transaction on one client; rolled back when it throws. */
export async function inTransaction<T>(pool: PgPool, fn: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** The first row of a query, or undefined. */
export async function one<T>(db: Queryable, sql: string, args: unknown[] = []): Promise<T | undefined> {
  return (await db.query(sql, args)).rows[0] as T | undefined;
}

/** Every row of a query. */
export async function all<T>(db: Queryable, sql: string, args: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, args)).rows as T[];
}
