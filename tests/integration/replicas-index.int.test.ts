import { randomUUID } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PgPool } from '../../src/store/pg/pool.js';
import { waitFor } from '../fixtures/email/harness.js';
import { freePort, runArcp, serveArcp, workFolder, type ArcpServing } from '../support/arcp-process.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';
import { SAMPLE_CORPUS } from '../support/test-app.js';

/**
 * Two `arcp serve` replicas on one PostgreSQL, each with its own data folder (its own search index). A
 * document ingested against the deployment reaches the other replica's index without a restart, by
 * LISTEN/NOTIFY: the periodic generation check is set to ten minutes here, so only the notification can
 * explain a refresh within seconds — also after the listening connections were cut.
 */
describe.skipIf(!POSTGRES_URL)('the search index of every replica follows an ingest on one', () => {
  let db: PgPool;
  let url: string;
  const replicas: ArcpServing[] = [];
  const cwd = workFolder();
  const envOf = (name: string) => ({
    ARCP_DATA_DIR: join(cwd, `data-${name}`), ARCP_CORPUS_DIR: join(cwd, 'corpus'), DATABASE_URL: url,
    ARCP_INDEX_CHECK_MS: '600000', LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    url = await freshPgDatabase();
    db = await openPostgres({ url, max: 2 });
    for (const name of ['a', 'b']) replicas.push(await serveArcp({ cwd, env: { ...envOf(name), PORT: String(await freePort()) } }));
  }, 120_000);

  afterAll(async () => {
    for (const r of replicas) await r.stop().catch(() => {});
    await db?.end();
  });

  const cited = async (r: ArcpServing, text: string) => {
    const res = await fetch(`${r.url}/api/chat/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: randomUUID(), conversationId: `c${randomUUID().slice(0, 8)}`, text }),
    });
    const body = (await res.json()) as { reply?: { citations?: { documentId: string }[] } };
    return (body.reply?.citations ?? []).map((c) => c.documentId);
  };
  /** `arcp ingest FILE` from a third data folder against the deployment's database: an operator's run. */
  const ingest = async (id: string) => {
    cpSync(join(SAMPLE_CORPUS, 'documents', `${id}.md`), join(cwd, 'corpus', 'documents', `${id}.md`));
    const run = await runArcp(['ingest', join('corpus', 'documents', `${id}.md`)], { cwd, env: envOf('operator') });
    expect(run.code, run.stderr).toBe(0);
  };
  const refreshedWithin = async (r: ArcpServing, question: string, id: string) => {
    const started = Date.now();
    await waitFor(`${id} cited by the replica`, async () => (await cited(r, question)).includes(id), 15_000);
    return Date.now() - started;
  };

  it('answers from a document ingested elsewhere within seconds, without a restart', async () => {
    const question = 'What did LAS Council decision 7833 of 2014 establish?';
    expect(await cited(replicas[1], question)).not.toContain('arcp-establishment-2014');
    await ingest('arcp-establishment-2014');
    const ms = await refreshedWithin(replicas[1], question, 'arcp-establishment-2014');
    expect(ms).toBeLessThan(10_000);
    expect(await cited(replicas[0], question)).toContain('arcp-establishment-2014');
    // /metrics says so too: the index reflects the shared ledger's generation, with both documents in it.
    const text = await (await fetch(`${replicas[1].url}/metrics`)).text();
    const generation = /^arcp_ingest_generation (\d+)$/m.exec(text)?.[1];
    expect(text).toMatch(new RegExp(`^arcp_index_generation ${generation}$`, 'm'));
    expect(text).toMatch(/^arcp_index_documents 2$/m);
  }, 120_000);

  it('still follows after the listening connections were cut (reconnects, then catches up)', async () => {
    const cut = await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN arcp_ingest'`);
    expect(cut.rowCount).toBe(2);
    const question = 'What was discussed at the regional consultation in Beirut in September 2017 on the Global Compact for Migration?';
    await ingest('beirut-gcm-consultation-2017');
    const ms = await refreshedWithin(replicas[1], question, 'beirut-gcm-consultation-2017');
    expect(ms).toBeLessThan(10_000);
    await waitFor('both replicas listening again', async () => (await db.query(
      `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN arcp_ingest'`)).rowCount === 2, 15_000);
  }, 120_000);
});
