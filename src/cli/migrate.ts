import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { openDatabase } from '../store/db.js';
import { copyFromSqlite } from '../store/pg/copy-from-sqlite.js';
import { openPostgres } from '../store/pg/pool.js';
import type { CliCommand } from './context.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: "move a deployment's data from SQLite into PostgreSQL, to run several replicas",
  usage: `arcp migrate --from sqlite://DATA_FOLDER --to postgres://USER:PASSWORD@HOST:PORT/DATABASE

Copies every conversation, turn, audit record, ticket, draft, delivery, channel id, staff account and
session, and the ingest ledger from the SQLite database of DATA_FOLDER (the folder holding arcp.sqlite,
or the file itself) into the PostgreSQL database, after creating its tables. One transaction: all or
nothing. The target must be empty. Stop the server first; then start the replicas with DATABASE_URL.`,
  async run(argv, ctx) {
    const { values } = parseArgs({ args: argv, options: { from: { type: 'string' }, to: { type: 'string' } } });
    const folder = sqliteFolder(values.from);
    if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) throw new AppError('BAD_REQUEST', 'give the target as --to postgres://…');
    const sqlite = openDatabase(folder);
    const pool = await openPostgres({ url: values.to, max: 2 });
    try {
      const report = await copyFromSqlite(sqlite, pool);
      for (const t of report.tables) ctx.out(`${t.table.padEnd(18)} ${String(t.rows).padStart(7)} rows`);
      const total = report.tables.reduce((n, t) => n + t.rows, 0);
      ctx.out(`Copied ${total} rows from ${folder} into PostgreSQL in ${report.ms} ms. Start the replicas with DATABASE_URL set to it.`);
      return 0;
    } finally {
      sqlite.close();
      await pool.end();
    }
  },
};

/** sqlite://FOLDER or sqlite://FOLDER/arcp.sqlite → the data folder, which must exist. */
function sqliteFolder(from: string | undefined): string {
  if (!from?.startsWith('sqlite://')) throw new AppError('BAD_REQUEST', 'give the source as --from sqlite://DATA_FOLDER');
  const path = resolve(from.slice('sqlite://'.length));
  const folder = existsSync(path) && statSync(path).isFile() ? dirname(path) : path;
  if (!existsSync(resolve(folder, 'arcp.sqlite'))) throw new AppError('NOT_FOUND', `no arcp.sqlite in ${folder}`);
  return folder;
}
