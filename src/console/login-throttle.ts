import type { LoginFailures } from './login-failures.js';
import { MemoryLoginFailures } from './memory-login-failures.js';

/**
 * Slows password guessing against one account: after `maxFailures` wrong passwords within the window,
 * sign-in for that email is refused until the window has passed. The failures are kept behind a port:
 * in PostgreSQL they count on every replica.
 */
export class LoginThrottle {
  constructor(
    private readonly failures: LoginFailures = new MemoryLoginFailures(),
    private readonly options: { maxFailures: number; windowMs: number } = { maxFailures: 5, windowMs: 15 * 60_000 },
  ) {}

  async blocked(key: string, now = Date.now()): Promise<boolean> {
    return (await this.failures.count(key, now - this.options.windowMs)) >= this.options.maxFailures;
  }

  async fail(key: string, now = Date.now()): Promise<void> {
    await this.failures.record(key, now, now - this.options.windowMs);
  }

  async succeed(key: string): Promise<void> {
    await this.failures.clear(key);
  }
}
