import { describe, expect, it } from 'vitest';
import type { StaffAccounts } from '../../src/console/accounts.js';
import { MemoryStaffAccounts } from '../../src/console/memory-accounts.js';
import { AppError } from '../../src/errors.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { freshDb } from './sqlite.js';
import { PgStaffAccounts } from '../../src/store/pg/pg-staff-accounts.js';
import { wherePostgres } from '../support/postgres.js';

const implementations: [string, () => StaffAccounts | Promise<StaffAccounts>][] = [
  ['memory', () => new MemoryStaffAccounts()],
  ['sqlite', () => new StaffStore(freshDb())],
  ...wherePostgres('postgres', (pool) => new PgStaffAccounts(pool)),
];

const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const layla = { email: 'layla.mansour@example.org', name: 'ليلى منصور', role: 'admin' as const, passwordHash: 'scrypt$hash-1' };

describe.each(implementations)('StaffAccounts contract: %s', (_name, make) => {
  it('creates accounts, one per email whatever its case', async () => {
    const store = await make();
    const a = await store.create(layla);
    expect(a).toMatchObject({ email: layla.email, name: 'ليلى منصور', role: 'admin', disabled: false });
    expect(await store.byId(a.id)).toEqual(a);
    const dup = await store.create({ ...layla, email: 'LAYLA.MANSOUR@example.org' }).catch((e: unknown) => e);
    expect(AppError.is(dup, 'BAD_REQUEST')).toBe(true);
    expect((await store.credentials('Layla.Mansour@example.org'))?.passwordHash).toBe('scrypt$hash-1');
    expect(await store.credentials('nobody@example.org')).toBeUndefined();
  });

  it('lists accounts by email', async () => {
    const store = await make();
    await store.create({ ...layla, email: 'omar@example.org', name: 'Omar' });
    await store.create(layla);
    expect((await store.list()).map((a) => a.email)).toEqual(['layla.mansour@example.org', 'omar@example.org']);
  });

  it('opens sessions of enabled accounts until they expire, and records the sign-in', async () => {
    const store = await make();
    const a = await store.create(layla);
    await store.createSession({ tokenHash: 't1', staffId: a.id, csrfToken: 'c1', expiresAt: hour(1) });
    expect(await store.session('t1')).toMatchObject({ csrfToken: 'c1', staff: { id: a.id } });
    expect((await store.byId(a.id))?.lastSignInAt).toBeTruthy();
    expect(await store.session('t1', hour(2))).toBeUndefined();
    await store.deleteSession('t1');
    expect(await store.session('t1')).toBeUndefined();
  });

  it('ends the sessions of an account whose password changes or that is disabled', async () => {
    const store = await make();
    const a = await store.create(layla);
    await store.createSession({ tokenHash: 't1', staffId: a.id, csrfToken: 'c1', expiresAt: hour(1) });
    expect(await store.setPassword(layla.email, 'scrypt$hash-2')).toBe(true);
    expect(await store.session('t1')).toBeUndefined();
    await store.createSession({ tokenHash: 't2', staffId: a.id, csrfToken: 'c2', expiresAt: hour(1) });
    expect(await store.setDisabled(layla.email, true)).toBe(true);
    expect(await store.session('t2')).toBeUndefined();
    expect((await store.byId(a.id))?.disabled).toBe(true);
    expect(await store.setPassword('nobody@example.org', 'x')).toBe(false);
    expect(await store.setDisabled('nobody@example.org', true)).toBe(false);
  });
});
