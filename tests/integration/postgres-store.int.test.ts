import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { runAsLeader } from '../../src/core/leader-duty.js';
import { ReplicaRoles } from '../../src/core/replica-roles.js';
import { silentLogger } from '../../src/logger.js';
import { PgLeadership } from '../../src/store/pg/pg-leadership.js';
import { migrationFiles, openPostgres } from '../../src/store/pg/pool.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';
import { ConversationScript, createTestApp } from '../support/test-app.js';

/**
 * The product on a real PostgreSQL (the test run's private cluster): DATABASE_URL selects it, several
 * processes starting together migrate once, and two replicas on one database share turns and tickets.
 */
describe.skipIf(!POSTGRES_URL)('the stores on PostgreSQL (DATABASE_URL)', () => {
  // Two replicas of the product (each its own index and SQLite ledger) on one PostgreSQL database.
  let a: AppServices;
  let b: AppServices;
  beforeAll(async () => {
    const url = await freshPgDatabase();
    [a, b] = await Promise.all([createTestApp({ DATABASE_URL: url }), createTestApp({ DATABASE_URL: url })]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('migrates once when several replicas start at the same moment (advisory lock)', async () => {
    const url = await freshPgDatabase();
    const pools = await Promise.all([1, 2, 3, 4].map(() => openPostgres({ url, max: 2 })));
    const { rows } = await pools[0].query('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(migrationFiles());
    await Promise.all(pools.map((p) => p.end()));
  });

  it('two replicas on one database: a ticket opened on one is seen on the other, and a repeat there gets the stored reply', async () => {
    expect([a.stores.kind, b.stores.kind]).toEqual(['postgres', 'postgres']);

    const script = new ConversationScript(a);
    const msg = script.message('أرجو تسجيل وفد المملكة الأردنية الهاشمية في الاجتماع القادم لعملية التشاور.');
    const first = await a.turns.handle(msg);
    expect(first.reply?.kind).toBe('ticket');
    const ticketId = first.reply?.kind === 'ticket' ? first.reply.ticketId : '';

    const repeat = await b.turns.handle({ ...msg, receivedAt: new Date() });
    expect(repeat.fresh).toBe(false);
    expect(repeat.reply).toEqual(first.reply);
    expect((await b.tickets.get(ticketId))?.question).toContain('وفد المملكة الأردنية الهاشمية');
    expect(await b.tickets.list({ conversationId: script.conversationId })).toHaveLength(1);
  });

  it('a message delivered to both replicas at once is answered once', async () => {
    const msg = new ConversationScript(a).message(`ما هي أهداف عملية التشاور العربية الإقليمية؟ ${randomUUID().slice(0, 4)}`);
    const [x, y] = await Promise.all([a.turns.handle(msg), b.turns.handle(msg)]);
    expect([x.fresh, y.fresh].filter(Boolean)).toHaveLength(1);
    expect(x.reply).toEqual(y.reply);
    expect((await a.conversations.transcript(`web:${msg.ref.conversationId}`)).map((e) => e.direction)).toEqual(['in', 'out']);
  });

  it("a standby takes a duty over when the leader's database session dies (a killed replica)", async () => {
    const duty = `email:intake:${randomUUID()}`;
    const roles = [new ReplicaRoles('postgres'), new ReplicaRoles('postgres')];
    const starts: string[] = [];
    const run = (i: number, retryMs: number) => runAsLeader({
      leadership: new PgLeadership(POSTGRES_URL!), roles: roles[i], duty, logger: silentLogger(), retryMs,
      start: () => (starts.push(`replica ${i}`), { stop: async () => {} }),
    });
    const leader = run(0, 60_000);
    await vi.waitFor(() => expect(roles[0].snapshot()[duty]).toBe('leader'));
    const standby = run(1, 100);
    await vi.waitFor(() => expect(roles[1].snapshot()[duty]).toBe('standby'));

    const admin = await openPostgres({ url: POSTGRES_URL!, max: 1, migrate: false });
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND classid = $1::bigint::oid AND objid = (hashtext($2)::bigint & 4294967295)::oid`,
      [0x4c454144, duty],
    );
    await admin.end();
    expect(rowCount).toBe(1);
    await vi.waitFor(() => expect(roles[1].snapshot()[duty]).toBe('leader'), { timeout: 10_000 });
    expect(roles[0].snapshot()[duty]).toBe('standby');
    expect(starts).toEqual(['replica 0', 'replica 1']);
    await Promise.all([leader.stop(), standby.stop()]);
  });
});
