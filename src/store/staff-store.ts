import { accountExists, type NewSession, StaffAccount, StaffAccounts, StaffRole, StoredSession } from '../console/accounts.js';
import { type Db, writeTransaction } from './db.js';

export type { StaffAccount, StaffRole, StoredSession };

export interface AccountRow {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  password_hash: string;
  disabled: number | boolean;
  created_at: string;
  last_sign_in_at: string | null;
}

export function toAccount(r: AccountRow): StaffAccount {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: r.disabled === 1 || r.disabled === true,
    createdAt: r.created_at,
    lastSignInAt: r.last_sign_in_at ?? undefined,
  };
}

const now = () => new Date().toISOString();

/** Staff accounts and console sessions on SQLite (migration 060). */
export class StaffStore implements StaffAccounts {
  constructor(private readonly db: Db) {}

  async create(input: { email: string; name: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount> {
    const t = now();
    const { changes, lastInsertRowid } = this.db
      .prepare('INSERT INTO staff_accounts (email, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(input.email, input.name, input.role, input.passwordHash, t, t);
    if (changes === 0) throw accountExists(input.email);
    return this.account(Number(lastInsertRowid))!;
  }

  async byId(id: number): Promise<StaffAccount | undefined> {
    return this.account(id);
  }

  private account(id: number): StaffAccount | undefined {
    const r = this.db.prepare('SELECT * FROM staff_accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return r && toAccount(r);
  }

  /** The account and its password hash, for sign-in. */
  async credentials(email: string): Promise<{ account: StaffAccount; passwordHash: string } | undefined> {
    const r = this.db.prepare('SELECT * FROM staff_accounts WHERE email = ?').get(email) as AccountRow | undefined;
    return r && { account: toAccount(r), passwordHash: r.password_hash };
  }

  async list(): Promise<StaffAccount[]> {
    return (this.db.prepare('SELECT * FROM staff_accounts ORDER BY email').all() as AccountRow[]).map(toAccount);
  }

  async setPassword(email: string, passwordHash: string): Promise<boolean> {
    const r = this.db.prepare('UPDATE staff_accounts SET password_hash = ?, updated_at = ? WHERE email = ?').run(passwordHash, now(), email);
    if (r.changes > 0) this.db.prepare('DELETE FROM staff_sessions WHERE staff_id = (SELECT id FROM staff_accounts WHERE email = ?)').run(email);
    return r.changes > 0;
  }

  async setDisabled(email: string, disabled: boolean): Promise<boolean> {
    const r = this.db.prepare('UPDATE staff_accounts SET disabled = ?, updated_at = ? WHERE email = ?').run(disabled ? 1 : 0, now(), email);
    if (disabled) this.db.prepare('DELETE FROM staff_sessions WHERE staff_id = (SELECT id FROM staff_accounts WHERE email = ?)').run(email);
    return r.changes > 0;
  }

  async createSession(input: NewSession): Promise<void> {
    writeTransaction(this.db, () => {
      const t = now();
      this.db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(t);
      this.db
        .prepare('INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.tokenHash, input.staffId, input.csrfToken, t, input.expiresAt);
      this.db.prepare('UPDATE staff_accounts SET last_sign_in_at = ? WHERE id = ?').run(t, input.staffId);
    });
  }

  async session(tokenHash: string, at = now()): Promise<StoredSession | undefined> {
    const r = this.db
      .prepare(
        `SELECT a.*, s.csrf_token, s.expires_at FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0`,
      )
      .get(tokenHash, at) as (AccountRow & { csrf_token: string; expires_at: string }) | undefined;
    return r && { staff: toAccount(r), csrfToken: r.csrf_token, expiresAt: r.expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(tokenHash);
  }
}
