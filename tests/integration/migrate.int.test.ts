import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config.js';
import { addStaffAccount } from '../../src/console/staff-accounts.js';
import { silentLogger } from '../../src/logger.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';
import { ConversationScript, SAMPLE_CORPUS } from '../support/test-app.js';

async function arcp(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv, env: { LOG_LEVEL: 'silent' }, out: (l) => out.push(l), err: (l) => err.push(l),
    stdin: Readable.from(['']), interactive: false, loadPlugins: async () => [],
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const openApp = (env: Record<string, string>) =>
  createApp(loadConfig({ ARCP_CORPUS_DIR: SAMPLE_CORPUS, LOG_LEVEL: 'silent', ...env }), silentLogger());

describe.skipIf(!POSTGRES_URL)('arcp migrate --from sqlite://… --to postgres://…', () => {
  it("moves a deployment's tickets, turns, transcripts, staff accounts and ingest ledger; the target must be empty", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'arcp-migrate-'));
    const before = await openApp({ ARCP_DATA_DIR: dataDir });
    await before.ingestCorpus();
    const script = new ConversationScript(before);
    const msg = script.message('أرجو تسجيل وفد المملكة الأردنية الهاشمية في الاجتماع القادم لعملية التشاور.');
    const { reply } = await before.turns.handle(msg);
    const ticketId = reply?.kind === 'ticket' ? reply.ticketId : 'none';
    await before.staff.claim(ticketId, 'Enas');
    const agenda = Buffer.from('%PDF-1.7\n\u0000\u00ff agenda');
    await before.replyFiles.put({ id: 'agenda-file', filename: 'جدول الأعمال.pdf', mediaType: 'application/pdf', size: agenda.length, bytes: agenda });
    await addStaffAccount(before.staffAccounts, { email: 'Enas@league.example', password: 'a long passphrase 2026', role: 'admin' });
    const bySource = (sources: { sourceKey: string }[]) => [...sources].sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
    const ledger = { sources: bySource(await before.ingestLedger.all()), passages: await before.ingestLedger.passageCount(), indexed: before.engine.size() };
    expect(ledger.passages).toBeGreaterThan(0);
    await before.close();

    const url = await freshPgDatabase();
    const run = await arcp(['migrate', '--from', `sqlite://${dataDir}`, '--to', url]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^tickets +1 rows$/m);
    expect(run.out).toMatch(/^Copied \d+ rows from .* into PostgreSQL in \d+ ms\./m);

    const after = await openApp({ ARCP_DATA_DIR: mkdtempSync(join(tmpdir(), 'arcp-replica-')), DATABASE_URL: url });
    try {
      expect(await after.tickets.get(ticketId)).toMatchObject({ status: 'claimed', claimedBy: 'Enas', question: msg.text });
      expect(await after.turns.handle(msg)).toMatchObject({ fresh: false, reply });
      expect((await after.conversations.transcript(`web:${script.conversationId}`)).map((e) => e.direction)).toEqual(['in', 'out']);
      expect((await after.replyFiles.get('agenda-file'))).toMatchObject({ filename: 'جدول الأعمال.pdf', bytes: agenda });
      expect((await after.staffAccounts.credentials('enas@league.example'))?.account).toMatchObject({ role: 'admin', disabled: false });
      // The ingest ledger comes along: the replicas search the corpus without reading its files again.
      expect(bySource(await after.ingestLedger.all())).toEqual(ledger.sources);
      expect(await after.ingestLedger.passageCount()).toBe(ledger.passages);
      expect(after.engine.size()).toBe(ledger.indexed);
      const next = await new ConversationScript(after).say('Please register our delegation for the next ARCP meeting.');
      expect(next.kind === 'ticket' && next.ticketId).toBe('ARCP-00002');
    } finally {
      await after.close();
    }
    const again = await arcp(['migrate', '--from', `sqlite://${dataDir}`, '--to', url]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds data');
  });
});
