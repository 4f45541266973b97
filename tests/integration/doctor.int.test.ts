import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelPlugins } from '../../adapters/index.js';
import { runCli } from '../../src/cli.js';
import { FakeSlackApi } from '../fixtures/slack/fake-slack-api.js';
import { freePort, workFolder } from '../support/arcp-process.js';
import { freshPgDatabase, POSTGRES_URL } from '../support/postgres.js';

/** One `arcp` run in this process from a working folder (a one-document corpus at ./corpus), with every channel plugin. */
async function arcp(argv: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli({
    argv: ['--data', join(cwd, 'data'), '--corpus', join(cwd, 'corpus'), ...argv], env: { LOG_LEVEL: 'silent', ...env }, cwd, out: (l) => out.push(l), err: (l) => err.push(l),
    stdin: Readable.from(['']), interactive: false, loadPlugins: async () => channelPlugins,
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

/** Issue 17: each channel that is on gets its credentials tried against its service, with what to do when refused. */
describe('arcp doctor checks the channels\' credentials live', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = workFolder();
    expect((await arcp(['ingest'], cwd)).code).toBe(0);
  });

  describe('Slack (a local Web API speaking Slack\'s wire format)', () => {
    let slack: FakeSlackApi;
    beforeAll(async () => {
      slack = await FakeSlackApi.start();
      slack.refusedTokens.add('xoxb-revoked-token');
    });
    afterAll(() => slack?.close());
    const env = (token: string, extra: Record<string, string> = {}) => ({ SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 'signing-secret', SLACK_API_URL: slack.url, ...extra });

    it('names the bot and the workspace a good token belongs to', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env('xoxb-good-token'));
      expect(out).toMatch(/^ok {3}channel {2}channels on: web, slack; off \(no settings\): email, teams$/m);
      expect(out).toMatch(/^ok {3}channel {2}Slack: the bot token works: bot @arcp \(U0ARCPBOT\) in the workspace ARCP \(T0ARCP\)$/m);
      expect(slack.callsOf('auth.test').at(-1)?.authorization).toBe('Bearer xoxb-good-token');
      expect(code).toBe(0);
    });

    it('says a refused bot token is refused and where to copy the right one from; exits 1', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env('xoxb-revoked-token'));
      expect(out).toMatch(/^FAIL channel {2}Slack: the bot token was refused \(invalid_auth\)\n\s+fix: copy the Bot User OAuth Token \(xoxb-…\) from the app's OAuth & Permissions page into SLACK_BOT_TOKEN$/m);
      expect(out.split('\n').at(-1)).toBe('1 problem(s) found.');
      expect(code).toBe(1);
    });

    it('tries the app-level token of Socket Mode as well', async () => {
      slack.socketModeUrl = 'wss://127.0.0.1:1/link';
      const good = await arcp(['doctor'], cwd, env('xoxb-good-token', { SLACK_APP_TOKEN: 'xapp-1-good' }));
      expect(good.out).toMatch(/^ok {3}channel {2}Slack: the app-level token opens Socket Mode connections$/m);
      slack.refusedTokens.add('xapp-1-revoked');
      const bad = await arcp(['doctor'], cwd, env('xoxb-good-token', { SLACK_APP_TOKEN: 'xapp-1-revoked' }));
      expect(bad.out).toMatch(/^FAIL channel {2}Slack: the app-level token \(SLACK_APP_TOKEN\) was refused \(invalid_auth\)\n\s+fix: generate an app-level token with the connections:write scope/m);
      expect(bad.code).toBe(1);
    });

    it('says when Slack cannot be reached, and with --offline asks nothing', async () => {
      const down = await arcp(['doctor', '--timeout', '2'], cwd, { ...env('xoxb-good-token'), SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/` });
      expect(down.out).toMatch(/^FAIL channel {2}Slack: the Web API at http:\/\/127\.0\.0\.1:\d+\/api\/ could not be reached \(.+\)\n\s+fix: check SLACK_API_URL/m);
      expect(down.code).toBe(1);
      const calls = slack.calls.length;
      const offline = await arcp(['doctor', '--offline'], cwd, env('xoxb-revoked-token'));
      expect(offline.out).toMatch(/^-- {3}channel {2}slack: credentials not checked \(--offline\)$/m);
      expect(slack.calls.length).toBe(calls);
      expect(offline.code).toBe(0);
    });
  });
});
