import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PgPool } from '../../src/store/pg/pool.js';
import { startRoundRobinProxy, type Proxy } from '../../scripts/replicas/round-robin-proxy.js';
import { deliverByLmtp, Dovecot, emailEnv, shiftDovecotPorts, simpleMail, SmtpSink, waitFor } from '../fixtures/email/harness.js';
import { freePort, serveArcp, workFolder, type ArcpServing } from '../support/arcp-process.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';
import { requireTool } from '../support/system-tools.js';

const HAS_DOVECOT = requireTool('dovecot') !== undefined;

/**
 * Two `arcp serve` processes on two ports sharing one PostgreSQL database, a round-robin proxy in front,
 * web chat traffic and mail in the secretariat inbox (a real Dovecot), and the replica reading the mailbox
 * killed (SIGKILL) in the middle: no web reply lost or doubled, no ticket lost, every mail answered once,
 * and the survivor takes the intake over.
 */
describe.skipIf(!POSTGRES_URL || !HAS_DOVECOT)('two replicas on one PostgreSQL, one killed mid-load', () => {
  let dovecot: Dovecot;
  let sink: SmtpSink;
  let db: PgPool;
  let proxy: Proxy;
  const replicas: ArcpServing[] = [];
  const cwd = workFolder();

  const start = async (name: string, url: string) => {
    const env = emailEnv({ dataDir: join(cwd, `data-${name}`), smtpPort: sink.port, corpusDir: join(cwd, 'corpus') }, {
      PORT: String(await freePort()), DATABASE_URL: url, ARCP_LEADER_RETRY_MS: '300', ARCP_TURN_DEADLINE_MS: '5000', LOG_LEVEL: 'warn',
    });
    const r = await serveArcp({ cwd, env: env as Record<string, string> });
    replicas.push(r);
    return r;
  };
  const roles = async (r: ArcpServing) => ((await (await fetch(`${r.url}/readyz`)).json()) as { roles: Record<string, string> }).roles;
  const intakeRole = async (r: ArcpServing) => Object.entries(await roles(r)).find(([duty]) => duty.startsWith('email:intake:'))?.[1];

  beforeAll(async () => {
    // Its own Dovecot ports: the email channel's tests run at the same time on the usual ones.
    shiftDovecotPorts(1000);
    dovecot = await Dovecot.start();
    sink = await new SmtpSink().start();
    const url = await freshPgDatabase();
    db = await openPostgres({ url, max: 2 });
    const first = await start('a', url);
    await waitFor('replica a leading the intake', async () => (await intakeRole(first)) === 'leader', 30_000);
    const second = await start('b', url);
    await waitFor('replica b standing by', async () => (await intakeRole(second)) === 'standby', 30_000);
    proxy = await startRoundRobinProxy(replicas.map((r) => r.url));
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    for (const r of replicas) await r.stop().catch(() => {});
    await db?.end();
    await sink?.stop();
    await dovecot?.stop();
  });

  const ask = async (conversationId: string, text: string) => {
    const messageId = randomUUID();
    const res = await fetch(`${proxy.url}/api/chat/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messageId, conversationId, text }),
    });
    return { messageId, status: res.status, body: (await res.json()) as { reply?: { kind: string; ticketId?: string } } };
  };
  const mail = (n: number) => deliverByLmtp(simpleMail({
    from: `Focal point ${n} <focal.${n}@mofa.example.test>`, subject: `ARCP question ${n}`, messageId: `replica-q${n}@mofa.example.test`,
    body: 'What are the objectives of the Arab Regional Consultative Process?',
  }));

  it('loses and doubles nothing, and the survivor takes over the mailbox', async () => {
    const [leader, survivor] = replicas;
    const conversations = ['c1', 'c2', 'c3', 'c4'].map((c) => `${c}${randomUUID().slice(0, 8)}`);
    const before = await Promise.all(conversations.map((c) => ask(c, 'What are the objectives of the ARCP?')));
    const ticket = await ask(conversations[0], 'Please register our delegation for the next ARCP meeting.');
    for (const n of [1, 2, 3]) await mail(n);
    await waitFor('the first mails answered', () => sink.inReplyTo('replica-q1@mofa.example.test').length > 0, 30_000);

    // The intake's lag is the leader's, reported by every replica (it is kept in the shared database).
    const lag = /^arcp_email_intake_seconds_since_scan\{mailbox="[^"]+"\} (\S+)$/m.exec(await (await fetch(`${survivor.url}/metrics`)).text());
    expect(Number(lag?.[1])).toBeLessThan(30);

    await leader.kill();
    const during = await Promise.all(conversations.map((c) => ask(c, 'ما هي أهداف عملية التشاور العربية الإقليمية؟')));
    for (const n of [4, 5, 6]) await mail(n);
    await waitFor('the survivor leading the intake', async () => (await intakeRole(survivor)) === 'leader', 30_000);
    // A reply the killed replica was sending when it died is in doubt (SMTP cannot tell whether it left):
    // it is held for staff as a dead letter rather than risk sending it twice (docs/architecture.md).
    const inDoubt = async (n: number) => (await db.query(
      `SELECT 1 FROM deliveries WHERE status = 'dead' AND ref_json->>'conversationId' = $1`, [`replica-q${n}@mofa.example.test`])).rowCount === 1;
    const settled = async (n: number) => sink.inReplyTo(`replica-q${n}@mofa.example.test`).length > 0 || (await inDoubt(n));
    for (const n of [1, 2, 3, 4, 5, 6]) await waitFor(`an answer to mail ${n}, or its reply held in doubt`, () => settled(n), 60_000);

    const web = [...before, ticket, ...during];
    expect(web.map((r) => r.status)).toEqual(web.map(() => 200));
    expect(web.every((r) => r.body.reply)).toBe(true);
    const inbound = await db.query<{ source_id: string; n: number }>(
      `SELECT source_id, count(*) AS n FROM messages WHERE direction = 'in' AND conversation_id LIKE 'web:%' GROUP BY source_id`);
    expect(inbound.rows.map((r) => Number(r.n))).toEqual(web.map(() => 1));
    expect(ticket.body.reply?.kind).toBe('ticket');
    expect((await db.query('SELECT id FROM tickets WHERE id = $1', [ticket.body.reply?.ticketId])).rowCount).toBe(1);
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => `${sink.inReplyTo(`replica-q${n}@mofa.example.test`).length} sent${(await inDoubt(n)) ? ', held' : ''}`));
    // Every mail answered once, never twice. Only replies the killed replica was sending (to mails 1–3; it
    // may send more than one at a time) can be in doubt, and those are held; mails sent after the kill are
    // answered by the survivor, once.
    expect(outcomes.slice(0, 3).every((o) => ['1 sent', '1 sent, held', '0 sent, held'].includes(o))).toBe(true);
    expect(outcomes.slice(3)).toEqual(['1 sent', '1 sent', '1 sent']);
  }, 240_000);
});
