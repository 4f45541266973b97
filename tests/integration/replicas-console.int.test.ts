import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../fixtures/email/harness.js';
import { freePort, runArcp, serveArcp, workFolder, type ArcpServing } from '../support/arcp-process.js';
import { ConsoleClient } from '../support/console-client.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';

const ADMIN = { email: 'amina.haddad@example.org', password: 'ورقة-موقف-2025!' };
const NOTE = `---
id: archive-opening-note
title: { en: "Secretariat note on the archive of ARCP meeting documents" }
type: reference
forum: [ARCP]
date: 2025
language: [en]
---
The archive of ARCP meeting documents is kept by the technical secretariat in Cairo and is open to researchers on Tuesday mornings, by appointment.
`;

/**
 * The staff console on two `arcp serve` replicas sharing one PostgreSQL: wrong passwords count on every
 * replica (the throttle's failures are in the database), and a document uploaded on one replica is
 * searched by the other within seconds (LISTEN/NOTIFY; the periodic check is set to ten minutes here).
 */
describe.skipIf(!POSTGRES_URL)('the staff console on two replicas', () => {
  const replicas: ArcpServing[] = [];
  const cwd = workFolder();
  let env: (name: string) => Record<string, string>;

  beforeAll(async () => {
    const url = await freshPgDatabase();
    env = (name) => ({
      ARCP_DATA_DIR: join(cwd, `data-${name}`), ARCP_CORPUS_DIR: join(cwd, 'corpus'), DATABASE_URL: url, ARCP_INDEX_CHECK_MS: '600000', LOG_LEVEL: 'warn',
    });
    for (const name of ['a', 'b']) replicas.push(await serveArcp({ cwd, env: { ...env(name), PORT: String(await freePort()) } }));
    const added = await runArcp(['staff', 'add', ADMIN.email, '--admin', '--name', 'Amina Haddad', '--password-stdin'], {
      cwd, env: env('operator'), input: `${ADMIN.password}\n`,
    });
    expect(added.code, added.stderr).toBe(0);
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) await r.stop().catch(() => {});
  });

  it('counts wrong passwords tried on either replica: the fifth locks the account on both', async () => {
    const [a, b] = replicas.map((r) => new ConsoleClient(r.url));
    const wrong = { email: ADMIN.email, password: 'not the password' };
    const statuses = [];
    for (const client of [a, b, a, b, a]) statuses.push((await client.signIn(wrong)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await b.signIn(ADMIN)).status).toBe(429);
    expect((await a.signIn(ADMIN)).status).toBe(429);
  }, 60_000);

  it('searches a document uploaded on the other replica within seconds, and shows where it came from', async () => {
    // A fresh account: the one above is locked for the throttle's window.
    const staff = { email: 'omar.saleh@example.org', password: 'secretariat-desk-7' };
    const added = await runArcp(['staff', 'add', staff.email, '--admin', '--name', 'Omar Saleh', '--password-stdin'], {
      cwd, env: env('operator'), input: `${staff.password}\n`,
    });
    expect(added.code, added.stderr).toBe(0);
    const admin = new ConsoleClient(replicas[0].url);
    expect((await admin.signIn(staff)).status).toBe(303);
    const res = await admin.fetch('/console/api/corpus/upload?name=archive-opening-note.md', {
      method: 'POST', headers: { 'x-csrf-token': admin.csrf, 'content-type': 'application/octet-stream' }, body: NOTE,
    });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: { id: string } };
    await waitFor('the upload ingested', async () => {
      const { job: now } = (await (await admin.fetch(`/console/api/ingest/${job.id}`)).json()) as { job: { status: string } };
      return now.status === 'done';
    }, 30_000);
    const started = Date.now();
    const cited = async () => {
      const r = await fetch(`${replicas[1].url}/api/chat/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messageId: randomUUID(), conversationId: `c${randomUUID().slice(0, 8)}`, text: 'When is the archive of ARCP meeting documents open to researchers?' }),
      });
      const body = (await r.json()) as { reply?: { citations?: { documentId: string }[] } };
      return (body.reply?.citations ?? []).some((c) => c.documentId === 'archive-opening-note');
    };
    await waitFor('the note cited by the other replica', cited, 15_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The other replica's console shows the ingest's record, read from the shared ledger.
    const other = new ConsoleClient(replicas[1].url);
    await other.signIn(staff);
    const { body } = await other.page('/console/corpus/archive-opening-note');
    expect(body).toContain('uploads/archive-opening-note.md');
  }, 90_000);

  it('shows on either replica\'s insights page the questions asked on both', async () => {
    const staff = { email: 'layla.mansour@example.org', password: 'insights-desk-2025' };
    const added = await runArcp(['staff', 'add', staff.email, '--name', 'Layla Mansour', '--password-stdin'], { cwd, env: env('operator'), input: `${staff.password}\n` });
    expect(added.code, added.stderr).toBe(0);
    const consoles = replicas.map((r) => new ConsoleClient(r.url));
    for (const c of consoles) expect((await c.signIn(staff)).status).toBe(303);
    /** The "questions" figure of the last 7 days, as each replica's console shows it. */
    const totals = async () => Promise.all(consoles.map(async (c) => Number(/<div class="stat-value"><bdi>(\d+)<\/bdi>/.exec((await c.page('/console/insights?days=7')).body)?.[1])));
    const before = await totals();
    expect(before[0]).toBe(before[1]);
    const ask = (replica: ArcpServing, text: string) => fetch(`${replica.url}/api/chat/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messageId: randomUUID(), conversationId: `c${randomUUID().slice(0, 8)}`, text }),
    });
    expect((await ask(replicas[0], 'ما هي أهداف العملية التشاورية العربية؟')).status).toBe(200);
    expect((await ask(replicas[1], 'What are the objectives of the ARCP?')).status).toBe(200);
    expect(await totals()).toEqual([before[0]! + 2, before[1]! + 2]);
  }, 60_000);
});
