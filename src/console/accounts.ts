import { AppError } from '../errors.js';

/**
 * The staff accounts port: console accounts and their sign-in sessions. SQLite in the product
 * (src/store/staff-store.ts), a memory twin in tests (memory-accounts.ts); one contract suite for both.
 * Hashing and policy live in passwords.ts and staff-accounts.ts, not here.
 */
export type StaffRole = 'staff' | 'admin';

export interface StaffAccount {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
  lastSignInAt?: string;
}

export interface StoredSession {
  staff: StaffAccount;
  csrfToken: string;
  expiresAt: string;
}

export interface NewSession {
  tokenHash: string;
  staffId: number;
  csrfToken: string;
  expiresAt: string;
}

export interface StaffAccounts {
  /** Emails are unique whatever their case. */
  create(input: { email: string; name: string; role: StaffRole; passwordHash: string }): Promise<StaffAccount>;
  byId(id: number): Promise<StaffAccount | undefined>;
  /** The account and its password hash, for sign-in. */
  credentials(email: string): Promise<{ account: StaffAccount; passwordHash: string } | undefined>;
  list(): Promise<StaffAccount[]>;
  /** Sets a new password and ends the account's sessions; false when there is no such account. */
  setPassword(email: string, passwordHash: string): Promise<boolean>;
  /** Disabling ends the account's sessions; false when there is no such account. */
  setDisabled(email: string, disabled: boolean): Promise<boolean>;
  /** Opens a session (expired ones are dropped) and records the sign-in time. */
  createSession(input: NewSession): Promise<void>;
  /** A live session of an enabled account. */
  session(tokenHash: string, at?: string): Promise<StoredSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}

export function accountExists(email: string): AppError {
  return new AppError('BAD_REQUEST', `a staff account for ${email} exists already`);
}
