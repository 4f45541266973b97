import { describe, expect, it } from 'vitest';
import type { LoginFailures } from '../../src/console/login-failures.js';
import { LoginThrottle } from '../../src/console/login-throttle.js';
import { MemoryLoginFailures } from '../../src/console/memory-login-failures.js';
import { SqliteLoginFailures } from '../../src/store/login-failures-store.js';
import { PgLoginFailures } from '../../src/store/pg/pg-login-failures.js';
import { freshDb } from './sqlite.js';
import { wherePostgres } from '../support/postgres.js';

/** Each implementation, and a second handle on the same storage: what another replica sees. */
const implementations: [string, () => Promise<[LoginFailures, LoginFailures]>][] = [
  ['memory', async () => {
    const m = new MemoryLoginFailures();
    return [m, m];
  }],
  ['sqlite', async () => {
    const db = freshDb();
    return [new SqliteLoginFailures(db), new SqliteLoginFailures(db)];
  }],
  ...wherePostgres('postgres', (pool) => [new PgLoginFailures(pool), new PgLoginFailures(pool)] as [LoginFailures, LoginFailures]),
];

describe.each(implementations)('LoginFailures contract: %s', (_name, make) => {
  it('counts failures per key since a time, forgets old ones and clears on success', async () => {
    const [store] = await make();
    await store.record('a@example.org', 1_000, 0);
    await store.record('a@example.org', 2_000, 0);
    await store.record('b@example.org', 2_000, 0);
    expect(await store.count('a@example.org', 0)).toBe(2);
    expect(await store.count('a@example.org', 1_500)).toBe(1);
    await store.record('a@example.org', 3_000, 1_500);
    expect(await store.count('a@example.org', 0)).toBe(2);
    await store.clear('a@example.org');
    expect(await store.count('a@example.org', 0)).toBe(0);
    expect(await store.count('b@example.org', 0)).toBe(1);
  });

  it('failed sign-ins on one replica count on another', async () => {
    const [onA, onB] = await make();
    const a = new LoginThrottle(onA, { maxFailures: 5, windowMs: 60_000 });
    const b = new LoginThrottle(onB, { maxFailures: 5, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) await a.fail('layla@example.org', 10_000 + i);
    for (let i = 0; i < 2; i++) await b.fail('layla@example.org', 11_000 + i);
    expect(await a.blocked('layla@example.org', 12_000)).toBe(true);
    expect(await b.blocked('layla@example.org', 12_000)).toBe(true);
    expect(await b.blocked('layla@example.org', 80_000)).toBe(false);
  });
});
