import type { LoginFailures } from '../console/login-failures.js';
import { writeTransaction, type Db } from './db.js';

/** Failed console sign-ins on SQLite (migration 086). */
export class SqliteLoginFailures implements LoginFailures {
  constructor(private readonly db: Db) {}

  async record(key: string, atMs: number, sinceMs: number): Promise<void> {
    writeTransaction(this.db, () => {
      this.db.prepare('DELETE FROM login_failures WHERE key = ? AND at_ms < ?').run(key, sinceMs);
      this.db.prepare('INSERT INTO login_failures (key, at_ms) VALUES (?, ?)').run(key, atMs);
    });
  }

  async count(key: string, sinceMs: number): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM login_failures WHERE key = ? AND at_ms >= ?').get(key, sinceMs) as { n: number }).n;
  }

  async clear(key: string): Promise<void> {
    this.db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
  }
}
