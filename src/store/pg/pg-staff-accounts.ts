import { accountExists, type NewSession, type StaffAccount, type StaffAccounts, type StaffRole, type StoredSession } from '../../console/accounts.js';
import { toAccount, type AccountRow } from '../staff-store.js';
import { all, inTransaction, one, type PgPool } from './pool.js';

/**
 * Staff accounts and console sessions on PostgreSQL: every replica sees the same sessions, so a
 * load balancer may send a signed-in member of staff to any of them. Emails match whatever their case.
 */
export class PgStaffAccounts implements StaffAccounts {
  constructor(private readonly pool: PgPool) {}

  async create(input: { email: string; name: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount> {
    const row = await one<AccountRow>(
      this.pool,
      `INSERT INTO staff_accounts (email, name, role, password_hash, created_at, updated_at) VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT DO NOTHING RETURNING *`,
      [input.email, input.name, input.role, input.passwordHash],
    );
    if (!row) throw accountExists(input.email);
    return toAccount(row);
  }

  async byId(id: number): Promise<StaffAccount | undefined> {
    const r = await one<AccountRow>(this.pool, 'SELECT * FROM staff_accounts WHERE id = $1', [id]);
    return r && toAccount(r);
  }

  async credentials(email: string): Promise<{ account: StaffAccount; passwordHash: string } | undefined> {
    const r = await one<AccountRow>(this.pool, 'SELECT * FROM staff_accounts WHERE lower(email) = lower($1)', [email]);
    return r && { account: toAccount(r), passwordHash: r.password_hash };
  }

  async list(): Promise<StaffAccount[]> {
    return (await all<AccountRow>(this.pool, 'SELECT * FROM staff_accounts ORDER BY lower(email) COLLATE "C"')).map(toAccount);
  }

  async setPassword(email: string, passwordHash: string): Promise<boolean> {
    return this.updateEndingSessions('password_hash = $2', [email, passwordHash], true);
  }

  async setDisabled(email: string, disabled: boolean): Promise<boolean> {
    return this.updateEndingSessions('disabled = $2', [email, disabled], disabled);
  }

  async createSession(input: NewSession): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM staff_sessions WHERE expires_at <= now()');
      await c.query('INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, now(), $4)',
        [input.tokenHash, input.staffId, input.csrfToken, input.expiresAt]);
      await c.query('UPDATE staff_accounts SET last_sign_in_at = now() WHERE id = $1', [input.staffId]);
    });
  }

  async session(tokenHash: string, at = new Date().toISOString()): Promise<StoredSession | undefined> {
    const r = await one<AccountRow & { csrf_token: string; expires_at: string }>(
      this.pool,
      `SELECT a.*, s.csrf_token, s.expires_at FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled`,
      [tokenHash, at],
    );
    return r && { staff: toAccount(r), csrfToken: r.csrf_token, expiresAt: r.expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash]);
  }

  /** Updates an account ($1 its email, $2 the value) and, when asked, ends its sessions, at once. */
  private updateEndingSessions(set: string, args: [string, unknown], endSessions: boolean): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const row = await one<{ id: number }>(c, `UPDATE staff_accounts SET ${set}, updated_at = now() WHERE lower(email) = lower($1) RETURNING id`, args);
      if (row && endSessions) await c.query('DELETE FROM staff_sessions WHERE staff_id = $1', [row.id]);
      return row !== undefined;
    });
  }
}
