import { accountExists, type NewSession, type StaffAccount, type StaffAccounts, type StaffRole, type StoredSession } from './accounts.js';

interface Entry {
  account: StaffAccount;
  passwordHash: string;
}

/** In-memory twin of the staff accounts store, for tests and the contract suite. */
export class MemoryStaffAccounts implements StaffAccounts {
  private readonly entries: Entry[] = [];
  private readonly sessions = new Map<string, NewSession>();

  async create(input: { email: string; name: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount> {
    if (this.find(input.email)) throw accountExists(input.email);
    const account: StaffAccount = { id: this.entries.length + 1, email: input.email, name: input.name, role: input.role, disabled: false, createdAt: new Date().toISOString() };
    this.entries.push({ account, passwordHash: input.passwordHash });
    return structuredClone(account);
  }

  async byId(id: number): Promise<StaffAccount | undefined> {
    const e = this.entries.find((x) => x.account.id === id);
    return e && structuredClone(e.account);
  }

  async credentials(email: string): Promise<{ account: StaffAccount; passwordHash: string } | undefined> {
    const e = this.find(email);
    return e && structuredClone(e);
  }

  async list(): Promise<StaffAccount[]> {
    return this.entries.map((e) => structuredClone(e.account)).sort((a, b) => a.email.localeCompare(b.email));
  }

  async setPassword(email: string, passwordHash: string): Promise<boolean> {
    const e = this.find(email);
    if (!e) return false;
    e.passwordHash = passwordHash;
    this.endSessions(e.account.id);
    return true;
  }

  async setDisabled(email: string, disabled: boolean): Promise<boolean> {
    const e = this.find(email);
    if (e && disabled) this.endSessions(e.account.id);
    if (e) e.account.disabled = disabled;
    return Boolean(e);
  }

  async createSession(input: NewSession): Promise<void> {
    const now = new Date().toISOString();
    for (const [hash, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(hash);
    this.sessions.set(input.tokenHash, { ...input });
    const e = this.entries.find((x) => x.account.id === input.staffId);
    if (e) e.account.lastSignInAt = now;
  }

  async session(tokenHash: string, at = new Date().toISOString()): Promise<StoredSession | undefined> {
    const s = this.sessions.get(tokenHash);
    const e = s && this.entries.find((x) => x.account.id === s.staffId);
    if (!s || !e || s.expiresAt <= at || e.account.disabled) return undefined;
    return { staff: structuredClone(e.account), csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.sessions.delete(tokenHash);
  }

  private find(email: string): Entry | undefined {
    return this.entries.find((e) => e.account.email.toLowerCase() === email.toLowerCase());
  }

  private endSessions(staffId: number): void {
    for (const [hash, s] of this.sessions) if (s.staffId === staffId) this.sessions.delete(hash);
  }
}
