import { randomBytes } from 'node:crypto';
import { afterEach, inject } from 'vitest';
import { openPostgres, type PgPool } from '../../src/store/pg/pool.js';

/** The test run's PostgreSQL database (tests/support/postgres-setup.ts), or null where it is not installed. */
export const POSTGRES_URL = inject('postgresUrl');

const open: PgPool[] = [];

afterEach(async () => {
  while (open.length) await open.pop()!.end();
});

/** A pool on a fresh schema of the test cluster with every migration applied, closed after the test. */
export async function freshPg(): Promise<PgPool> {
  if (!POSTGRES_URL) throw new Error('PostgreSQL is not available in this run');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres({ url: POSTGRES_URL, max: 1, migrate: false });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = await openPostgres({ url: POSTGRES_URL, schema, max: 4 });
  open.push(pool);
  return pool;
}

/** The URL of a new, empty database on the test cluster (what a deployment's DATABASE_URL names). */
export async function freshPgDatabase(): Promise<string> {
  if (!POSTGRES_URL) throw new Error('PostgreSQL is not available in this run');
  const name = `d_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres({ url: POSTGRES_URL, max: 1, migrate: false });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One entry for a contract suite's implementation list, present only where PostgreSQL runs. */
export function wherePostgres<T>(name: string, make: (pool: PgPool) => T): [string, () => Promise<T>][] {
  return POSTGRES_URL ? [[name, async () => make(await freshPg())]] : [];
}
