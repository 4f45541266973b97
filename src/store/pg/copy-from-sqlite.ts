import { AppError } from '../../errors.js';
import type { Db } from '../db.js';
import { all, inTransaction, type PgClient, type PgPool } from './pool.js';

/** The tables a deployment's state lives in, parents before children (foreign keys). */
export const COPIED_TABLES = [
  'conversations', 'messages', 'turns', 'audit_records', 'feedback', 'tickets', 'ticket_events', 'drafts',
  'staff_accounts', 'staff_sessions', 'ingest_documents', 'ingest_passages', 'ingest_failures', 'channel_state', 'deliveries',
  'reply_files',
] as const;

export interface CopyReport {
  tables: { table: string; rows: number }[];
  ms: number;
}

const BATCH_PARAMS = 30_000;
/** Tables whose rows hold files (up to ARCP_REPLY_FILE_MAX_MB each): one row per statement. */
const ONE_ROW_AT_A_TIME = new Set<string>(['reply_files']);

/**
 * Copies an SQLite deployment's rows into an empty PostgreSQL database (migrated first), in one
 * transaction: all or nothing. Columns are matched by name; SQLite's 0/1 become booleans, its ISO text
 * times timestamps, its JSON text jsonb; the id sequences continue after the highest id copied.
 */
export async function copyFromSqlite(sqlite: Db, pool: PgPool): Promise<CopyReport> {
  const started = performance.now();
  const tables = await inTransaction(pool, async (c) => {
    await refuseIfNotEmpty(c);
    const out: CopyReport['tables'] = [];
    for (const table of COPIED_TABLES) out.push({ table, rows: await copyTable(sqlite, c, table) });
    return out;
  });
  return { tables, ms: Math.round(performance.now() - started) };
}

async function refuseIfNotEmpty(c: PgClient): Promise<void> {
  for (const table of COPIED_TABLES) {
    const rows = await all(c, `SELECT 1 FROM ${table} LIMIT 1`);
    if (rows.length) throw new AppError('BAD_REQUEST', `the PostgreSQL database already holds data (table ${table}); migrate into an empty database`);
  }
}

async function copyTable(sqlite: Db, c: PgClient, table: string): Promise<number> {
  const pgColumns = await all<{ column_name: string; data_type: string }>(c,
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`, [table]);
  const sqliteColumns = new Set((sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((r) => r.name));
  const columns = pgColumns.filter((col) => sqliteColumns.has(col.column_name));
  const rows = sqlite.prepare(`SELECT ${columns.map((col) => col.column_name).join(', ')} FROM ${table} ORDER BY rowid`).raw().all() as unknown[][];
  const boolean = columns.map((col) => col.data_type === 'boolean');
  const perBatch = ONE_ROW_AT_A_TIME.has(table) ? 1 : Math.max(1, Math.floor(BATCH_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += perBatch) {
    const batch = rows.slice(i, i + perBatch).map((row) => row.map((v, j) => (boolean[j] && v !== null ? v === 1 : v)));
    const values = batch.map((row, r) => `(${row.map((_, j) => `$${r * columns.length + j + 1}`).join(', ')})`).join(', ');
    await c.query(`INSERT INTO ${table} (${columns.map((col) => col.column_name).join(', ')}) VALUES ${values}`, batch.flat());
  }
  await continueSequences(c, table, pgColumns.map((col) => col.column_name));
  return rows.length;
}

/** A bigserial column copied with its values: its sequence goes on after the highest one. */
async function continueSequences(c: PgClient, table: string, columns: string[]): Promise<void> {
  for (const column of columns) {
    const [seq] = await all<{ name: string | null }>(c, 'SELECT pg_get_serial_sequence($1, $2) AS name', [table, column]);
    if (!seq?.name) continue;
    await c.query(`SELECT setval($1, coalesce((SELECT max(${column}) FROM ${table}), 0) + 1, false)`, [seq.name]);
  }
}
