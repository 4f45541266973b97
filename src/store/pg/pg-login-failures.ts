import type { LoginFailures } from '../../console/login-failures.js';
import { one, type PgPool } from './pool.js';

/** Failed console sign-ins in PostgreSQL (migration 004): every replica counts the same failures. */
export class PgLoginFailures implements LoginFailures {
  constructor(private readonly pool: PgPool) {}

  async record(key: string, atMs: number, sinceMs: number): Promise<void> {
    await this.pool.query(
      `WITH gone AS (DELETE FROM login_failures WHERE key = $1 AND at_ms < $3)
       INSERT INTO login_failures (key, at_ms) VALUES ($1, $2)`, [key, atMs, sinceMs]);
  }

  async count(key: string, sinceMs: number): Promise<number> {
    return Number((await one<{ n: string }>(this.pool, 'SELECT count(*) AS n FROM login_failures WHERE key = $1 AND at_ms >= $2', [key, sinceMs]))!.n);
  }

  async clear(key: string): Promise<void> {
    await this.pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }
}
