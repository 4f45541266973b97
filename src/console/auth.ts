import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { StaffAccount, StaffAccounts } from './accounts.js';
import { LoginThrottle } from './login-throttle.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { normaliseEmail } from './staff-accounts.js';

export interface ConsoleSession {
  staff: StaffAccount;
  /** The synchroniser token every state-changing request of this session must carry. */
  csrfToken: string;
  expiresAt: string;
}

export type SignInResult =
  | { ok: true; token: string; session: ConsoleSession }
  | { ok: false; reason: 'invalid' | 'throttled' };

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function tokensMatch(expected: string | undefined, provided: unknown): boolean {
  if (!expected || typeof provided !== 'string' || provided === '') return false;
  return timingSafeEqual(sha256(expected), sha256(provided));
}

/** Sign-in, sessions and the CSRF token of the staff console. */
export class ConsoleAuth {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly store: StaffAccounts,
    private readonly options: { sessionHours: number; logger: Logger; throttle?: LoginThrottle },
  ) {
    this.throttle = options.throttle ?? new LoginThrottle();
  }

  async signIn(emailInput: string, password: string): Promise<SignInResult> {
    let email: string;
    try {
      email = normaliseEmail(emailInput);
    } catch {
      await verifyPassword(password, await decoyHash());
      return { ok: false, reason: 'invalid' };
    }
    if (await this.throttle.blocked(email)) {
      this.options.logger.warn({ staff: email }, 'console sign-in throttled');
      return { ok: false, reason: 'throttled' };
    }
    const found = await this.store.credentials(email);
    // Unknown accounts cost the same scrypt work as known ones: response time does not reveal who exists.
    const valid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || !valid || found.account.disabled) {
      await this.throttle.fail(email);
      this.options.logger.info({ staff: email }, 'console sign-in refused');
      return { ok: false, reason: 'invalid' };
    }
    await this.throttle.succeed(email);
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.options.sessionHours * 3_600_000).toISOString();
    const csrfToken = newToken();
    await this.store.createSession({ tokenHash: sha256(token).toString('hex'), staffId: found.account.id, csrfToken, expiresAt });
    this.options.logger.info({ staff: email, role: found.account.role }, 'console sign-in');
    return { ok: true, token, session: { staff: (await this.store.byId(found.account.id))!, csrfToken, expiresAt } };
  }

  async session(token: string | undefined): Promise<ConsoleSession | undefined> {
    if (!token || token.length > 200) return undefined;
    return this.store.session(sha256(token).toString('hex'));
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(sha256(token).toString('hex'));
  }
}
