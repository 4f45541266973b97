import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { freePort, workFolder } from '../support/arcp-process.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';

/** One `arcp` run in this process from a working folder (a one-document corpus at ./corpus). */
async function arcp(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv: ['--data', join(cwd, 'data'), '--corpus', join(cwd, 'corpus'), ...argv], env: { LOG_LEVEL: 'silent', ...env }, cwd, out: (l) => out.push(l), err: (l) => err.push(l),
    stdin: Readable.from(['']), interactive: false, loadPlugins: async () => [],
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('arcp doctor', () => {
  it('finds nothing wrong in a deployment that ingested its corpus', async () => {
    const cwd = workFolder();
    expect((await arcp(['ingest'], cwd)).code).toBe(0);
    const { code, out } = await arcp(['doctor'], cwd);
    expect(out).toMatch(/^ok {3}database SQLite in .*arcp\.sqlite/m);
    expect(out).toMatch(/^ok {3}corpus {3}1 file\(s\) in the corpus folder/m);
    expect(out).toMatch(/^ok {3}index {4}\d+ passages in the search index$/m);
    expect(out.split('\n').at(-1)).toBe('No problems found.');
    expect(code).toBe(0);
  });

  it('says what is wrong and how to fix it: a data folder never written, an unreachable PostgreSQL (password hidden)', async () => {
    const cwd = workFolder();
    const fresh = await arcp(['doctor'], cwd);
    expect(fresh.code).toBe(1);
    expect(fresh.out).toMatch(/^FAIL database no data folder at .*\n\s+fix: run "arcp ingest" or "arcp serve" once/m);

    const url = `postgres://arcp:s3cret-pw@127.0.0.1:${await freePort()}/arcp`;
    const down = await arcp(['doctor'], cwd, { DATABASE_URL: url });
    expect(down.code).toBe(1);
    expect(down.out).toMatch(/^FAIL database PostgreSQL at postgres:\/\/arcp:\*\*\*@127\.0\.0\.1:\d+\/arcp cannot be used/m);
    expect(down.out).toContain('fix: check DATABASE_URL');
    expect(down.out).not.toContain('s3cret-pw');
    expect(down.out).toMatch(/^-- {3}index {4}not checked/m);
  });

  it.skipIf(!POSTGRES_URL)('names the migrations a new PostgreSQL database still needs', async () => {
    const { out } = await arcp(['doctor'], workFolder(), { DATABASE_URL: await freshPgDatabase() });
    expect(out).toMatch(/^ok {3}database PostgreSQL at .* answers; 5 migration\(s\) to apply at the next start \(001_schema\.sql, 002_ingest_generation\.sql, 003_ingest_notify\.sql, 004_login_failures\.sql, 005_reply_files\.sql\)/m);
  });
});
