import type { LoginFailures } from './login-failures.js';

/** The in-memory twin of the login failures port (one process; tests). */
export class MemoryLoginFailures implements LoginFailures {
  private readonly failures = new Map<string, number[]>();

  record(key: string, atMs: number, sinceMs: number): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []).filter((t) => t >= sinceMs), atMs]);
  }

  count(key: string, sinceMs: number): number {
    return (this.failures.get(key) ?? []).filter((t) => t >= sinceMs).length;
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
