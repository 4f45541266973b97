import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { runAsLeader } from '../../src/core/leader-duty.js';
import type { Leadership } from '../../src/core/leadership.js';
import { MemoryLeadership } from '../../src/core/memory-leadership.js';
import { ReplicaRoles } from '../../src/core/replica-roles.js';
import { silentLogger } from '../../src/logger.js';
import { PgLeadership } from '../../src/store/pg/pg-leadership.js';
import { POSTGRES_URL } from '../support/postgres.js';

/** Each implementation gives "processes" sharing one backend: replicas of one deployment. */
const implementations: [string, () => () => Leadership][] = [
  ['memory', () => {
    const held = new Set<string>();
    return () => new MemoryLeadership(held);
  }],
  ...(POSTGRES_URL ? [['postgres', () => () => new PgLeadership(POSTGRES_URL!)] as [string, () => () => Leadership]] : []),
];

describe.each(implementations)('Leadership contract: %s', (_name, backend) => {
  it('gives a duty to one process at a time; once released, another takes it', async () => {
    const replica = backend();
    const [a, b] = [replica(), replica()];
    const duty = `intake:${randomUUID()}`;
    const lease = await a.tryAcquire(duty);
    expect(lease?.duty).toBe(duty);
    expect(await b.tryAcquire(duty)).toBeNull();
    expect(await a.tryAcquire(duty)).toBeNull();
    const other = await b.tryAcquire(`${duty}-other`);
    expect(other).not.toBeNull();
    await lease!.release();
    const taken = await b.tryAcquire(duty);
    expect(taken).not.toBeNull();
    await taken!.release();
    await other!.release();
  });

  it('runs a duty in one replica only; the standby takes it over when the leader stops', async () => {
    const replica = backend();
    const duty = `sla:${randomUUID()}`;
    const runs: string[] = [];
    const roles = [new ReplicaRoles('postgres'), new ReplicaRoles('postgres')];
    const start = (name: string) => () => {
      runs.push(`${name} start`);
      return { stop: async () => void runs.push(`${name} stop`) };
    };
    const a = runAsLeader({ leadership: replica(), roles: roles[0], duty, logger: silentLogger(), start: start('a'), retryMs: 100 });
    await vi.waitFor(() => expect(roles[0].snapshot()[duty]).toBe('leader'));
    const b = runAsLeader({ leadership: replica(), roles: roles[1], duty, logger: silentLogger(), start: start('b'), retryMs: 100 });
    await vi.waitFor(() => expect(roles[1].snapshot()[duty]).toBe('standby'));
    expect(roles.map((r) => r.known())).toEqual([true, true]);
    await a.stop();
    await vi.waitFor(() => expect(roles[1].snapshot()[duty]).toBe('leader'), { timeout: 10_000 });
    await b.stop();
    expect(runs).toEqual(['a start', 'a stop', 'b start', 'b stop']);
  });
});
