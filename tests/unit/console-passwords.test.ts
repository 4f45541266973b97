import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/console/login-throttle.js';
import { MemoryLoginFailures } from '../../src/console/memory-login-failures.js';
import { checkPasswordPolicy, DEFAULT_PARAMS, hashPassword, verifyPassword } from '../../src/console/passwords.js';

describe('staff password hashing (scrypt)', () => {
  it('stores scrypt with N ≥ 2^15, r = 8, p = 1 and a per-user salt', async () => {
    const a = await hashPassword('كلمة-سر-طويلة-2025');
    const b = await hashPassword('كلمة-سر-طويلة-2025');
    const [scheme, N, r, p, salt] = a.split('$');
    expect(scheme).toBe('scrypt');
    expect(Number(N)).toBeGreaterThanOrEqual(2 ** 15);
    expect([Number(r), Number(p)]).toEqual([8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(a).not.toBe(b);
    expect(DEFAULT_PARAMS.N).toBe(2 ** 15);
  });

  it('verifies the right password and refuses a wrong or altered one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    const tampered = stored.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await verifyPassword('correct horse battery staple', tampered)).toBe(false);
  });

  it('treats Arabic passwords typed in composed or decomposed form alike', async () => {
    const stored = await hashPassword('سلامٌ-عليكم-٢٠٢٥');
    expect(await verifyPassword('سلامٌ-عليكم-٢٠٢٥'.normalize('NFD'), stored)).toBe(true);
  });

  it('never matches a malformed or weakened hash', async () => {
    expect(await verifyPassword('anything at all', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything at all', 'scrypt$1024$8$1$AAAA$AAAA')).toBe(false);
    await expect(hashPassword('x'.repeat(12), { N: 1024, r: 8, p: 1 })).rejects.toThrow(/minimum/);
  });

  it('asks for at least 10 characters', () => {
    expect(() => checkPasswordPolicy('short')).toThrow(/at least 10/);
    expect(() => checkPasswordPolicy('long enough now')).not.toThrow();
  });
});

describe('sign-in throttling', () => {
  it('blocks an account after 5 failures within the window, and forgets them afterwards', async () => {
    const throttle = new LoginThrottle(new MemoryLoginFailures(), { maxFailures: 5, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) await throttle.fail('a@example.org', 1_000 + i);
    expect(await throttle.blocked('a@example.org', 2_000)).toBe(false);
    await throttle.fail('a@example.org', 2_000);
    expect(await throttle.blocked('a@example.org', 2_001)).toBe(true);
    expect(await throttle.blocked('b@example.org', 2_001)).toBe(false);
    expect(await throttle.blocked('a@example.org', 70_000)).toBe(false);
  });

  it('clears the count on a successful sign-in', async () => {
    const throttle = new LoginThrottle(new MemoryLoginFailures(), { maxFailures: 2, windowMs: 60_000 });
    await throttle.fail('a@example.org', 1);
    await throttle.succeed('a@example.org');
    await throttle.fail('a@example.org', 2);
    expect(await throttle.blocked('a@example.org', 3)).toBe(false);
  });
});
