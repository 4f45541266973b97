/**
 * The login failures port: failed console sign-ins per account, counted by LoginThrottle. Shared by the
 * replicas on PostgreSQL (src/store/pg/pg-login-failures.ts), so that an attacker spread over several gets
 * no more tries than against one; SQLite (src/store/login-failures-store.ts) and a memory twin
 * (memory-login-failures.ts) otherwise. One contract suite for all.
 */
export type Awaitable<T> = T | Promise<T>;

export interface LoginFailures {
  /** Records a failure at `atMs` and forgets this key's failures before `sinceMs`. */
  record(key: string, atMs: number, sinceMs: number): Awaitable<void>;
  /** The key's failures at or after `sinceMs`. */
  count(key: string, sinceMs: number): Awaitable<number>;
  /** A successful sign-in: the key's failures are forgotten. */
  clear(key: string): Awaitable<void>;
}
