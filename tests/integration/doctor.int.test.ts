import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelPlugins } from '../../adapters/index.js';
import { runCli } from '../../src/cli.js';
import { FakeSlackApi } from '../fixtures/slack/fake-slack-api.js';
import { FakeMicrosoftLogin } from '../fixtures/teams/fake-login.js';
import { SMTPServer } from 'smtp-server';
import { Dovecot, IMAP_PORT, SECRETARIAT, SmtpSink } from '../fixtures/email/harness.js';
import { requireTool } from '../support/system-tools.js';
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
    // Without the English–Arabic dictionary the assistant still runs, with weaker answers: said, with the fix.
    const bare = await arcp(['doctor'], cwd, { ARCP_FREEDICT_DIR: join(cwd, 'no-dictionary') });
    expect(bare.out).toMatch(/^WARN language no dict-freedict-eng-ara at .*no-dictionary\/freedict-eng-ara\.index: .*\n\s+fix: install the Debian package\(s\) dict-freedict-eng-ara/m);
    expect(bare.code).toBe(0);
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

    it('says when the bot token lacks files:write, and what staff attachments become without it', async () => {
      slack.scopes.delete('files:write');
      try {
        const { code, out } = await arcp(['doctor'], cwd, env('xoxb-good-token'));
        expect(out).toMatch(/^ok {3}channel {2}Slack: the bot token works/m);
        expect(out).toMatch(/^FAIL channel {2}Slack: the bot token lacks the files:write scope: documents staff attach to answers reach Slack askers as download links, not as files in their thread\n\s+fix: add files:write to the app's bot scopes .* reinstall the app/m);
        expect(code).not.toBe(0);
      } finally {
        slack.scopes.add('files:write');
      }
      expect((await arcp(['doctor'], cwd, env('xoxb-good-token'))).out).not.toContain('lacks the files:write scope');
    });

    it('warns when the bot token lacks a history scope (a retried answer may then show twice), without counting it a problem', async () => {
      slack.scopes.delete('groups:history');
      try {
        const { code, out } = await arcp(['doctor'], cwd, env('xoxb-good-token'));
        expect(out).toMatch(/^WARN channel {2}Slack: the bot token lacks the groups:history scope: in private channels, a retried answer is not looked for before it is posted again, so one whose post Slack took without answering may show twice\n\s+fix: add groups:history to the app's bot scopes .* reinstall the app/m);
        expect(out).not.toMatch(/lacks the (channels|im|mpim):history scope/);
        expect(out.split('\n').at(-1)).toBe('No problems found.');
        expect(code).toBe(0);
      } finally {
        slack.scopes.add('groups:history');
      }
    });

    it('says when Slack cannot be reached, and with --offline asks nothing', async () => {
      const down = await arcp(['doctor', '--timeout', '2'], cwd, { ...env('xoxb-good-token'), SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/` });
      expect(down.out).toMatch(/^FAIL channel {2}Slack: the Web API at http:\/\/127\.0\.0\.1:\d+\/api\/ could not be reached \(ECONNREFUSED\)\n\s+fix: check SLACK_API_URL/m);
      expect(down.code).toBe(1);
      const calls = slack.calls.length;
      const offline = await arcp(['doctor', '--offline'], cwd, env('xoxb-revoked-token'));
      expect(offline.out).toMatch(/^-- {3}channel {2}slack: credentials not checked \(--offline\)$/m);
      expect(slack.calls.length).toBe(calls);
      expect(offline.code).toBe(0);
    });
  });

  describe('Teams (a local Microsoft login endpoint answering as the real one)', () => {
    const APP_ID = '3f1c7d52-8a4e-4b61-9d07-5e2a6c8b1f90';
    let login: FakeMicrosoftLogin;
    beforeAll(async () => {
      login = await FakeMicrosoftLogin.start();
      login.apps.set(APP_ID, 'Zq8~right-secret-value');
    });
    afterAll(() => login?.close());
    /** botbuilder's endpoint settings: once one is set, all four are (ToChannelFromBot… is where tokens come from). */
    const env = (appId: string, password: string) => ({
      MicrosoftAppId: appId, MicrosoftAppPassword: password, ToChannelFromBotLoginUrl: login.loginUrl, ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelOpenIdMetadataUrl: 'https://127.0.0.1:1/v1/.well-known/openidconfiguration', ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    });

    it('gets a Bot Framework token with the app id and password (client credentials, the Bot Framework scope)', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env(APP_ID, 'Zq8~right-secret-value'));
      expect(out).toMatch(new RegExp(`^ok {3}channel {2}Teams: Microsoft issued a Bot Framework token for the app ${APP_ID} \\(http://127\\.0\\.0\\.1:\\d+/botframework\\.com\\)$`, 'm'));
      expect(login.requests.at(-1)).toEqual({
        path: '/botframework.com/oauth2/v2.0/token',
        form: { client_id: APP_ID, client_secret: 'Zq8~right-secret-value', scope: 'https://api.botframework.com/.default', grant_type: 'client_credentials' },
      });
      expect(code).toBe(0);
    });

    it('says a wrong password is wrong (AADSTS7000215) and which value to copy; exits 1', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env(APP_ID, '9b2e61f0-secret-id-not-value'));
      expect(out).toMatch(new RegExp(`^FAIL channel {2}Teams: Microsoft refused a Bot Framework token to the app ${APP_ID} \\(AADSTS7000215: Invalid client secret provided\\)\n\\s+fix: copy the client secret's Value \\(not its Secret ID\\) from the app registration's Certificates & secrets page into MicrosoftAppPassword$`, 'm'));
      expect(out).not.toContain('Trace ID');
      expect(code).toBe(1);
    });

    it('says an app id the directory does not know is unknown (AADSTS700016)', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env('00000000-1111-4222-8333-444444444444', 'Zq8~right-secret-value'));
      expect(out).toMatch(/^FAIL channel {2}Teams: Microsoft refused a Bot Framework token to the app 00000000-1111-4222-8333-444444444444 \(AADSTS700016: Application with identifier '00000000-1111-4222-8333-444444444444' was not found in the directory 'botframework\.com'\)\n\s+fix: check MicrosoftAppId/m);
      expect(code).toBe(1);
    });

    it('says a bot without an app id (Emulator only) has no credentials to try, and asks nothing', async () => {
      const requests = login.requests.length;
      const { code, out } = await arcp(['doctor'], cwd, { TEAMS_ENABLED: 'true' });
      expect(out).toMatch(/^-- {3}channel {2}Teams: no MicrosoftAppId, so no credentials to try/m);
      expect(login.requests.length).toBe(requests);
      expect(code).toBe(0);
    });

    it('says when the login endpoint cannot be reached', async () => {
      const { code, out } = await arcp(['doctor'], cwd, { ...env(APP_ID, 'Zq8~right-secret-value'), ToChannelFromBotLoginUrl: `http://127.0.0.1:${await freePort()}/botframework.com` });
      expect(out).toMatch(/^FAIL channel {2}Teams: the Microsoft login endpoint http:\/\/127\.0\.0\.1:\d+\/botframework\.com could not be reached \(ECONNREFUSED\)\n\s+fix: check ToChannelFromBotLoginUrl$/m);
      expect(code).toBe(1);
    });
  });

  describe.skipIf(requireTool('dovecot') === undefined)('email (a real Dovecot, real SMTP servers)', () => {
    let dovecot: Dovecot;
    let sink: SmtpSink;
    let authSmtp: SMTPServer;
    let authSmtpPort: number;
    beforeAll(async () => {
      dovecot = await Dovecot.start();
      sink = await new SmtpSink().start();
      // A submission server that wants a login, as a real one does.
      authSmtp = new SMTPServer({
        disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
        onAuth: (auth, _session, cb) => (auth.username === 'arcp@example.test' && auth.password === 'smtp-pw' ? cb(null, { user: auth.username }) : cb(new Error('Invalid username or password'))),
      });
      await new Promise<void>((resolve) => authSmtp.listen(0, '127.0.0.1', resolve));
      authSmtpPort = (authSmtp.server.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => (authSmtp ? authSmtp.close(() => resolve()) : resolve()));
      await sink?.stop();
      await dovecot?.stop();
    });
    const env = (extra: Record<string, string> = {}) => ({
      IMAP_HOST: '127.0.0.1', IMAP_PORT: String(IMAP_PORT), IMAP_SECURE: 'false', IMAP_USER: SECRETARIAT.user, IMAP_PASSWORD: SECRETARIAT.pass,
      SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), MAIL_FROM: 'ARCP Secretariat <arcp@example.test>', ...extra,
    });

    it('signs in to the mailbox and reaches the SMTP server with the configured accounts', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env());
      expect(out).toMatch(new RegExp(`^ok {3}channel {2}email: IMAP login as arcp@example\\.test at 127\\.0\\.0\\.1:${IMAP_PORT} works; INBOX holds 0 message\\(s\\)$`, 'm'));
      expect(out).toMatch(new RegExp(`^ok {3}channel {2}email: the SMTP server at 127\\.0\\.0\\.1:${sink.port} takes mail$`, 'm'));
      expect(code).toBe(0);
    });

    it('says Dovecot refused a wrong IMAP password, and which settings to check; exits 1', async () => {
      const { code, out } = await arcp(['doctor'], cwd, env({ IMAP_PASSWORD: 'not-the-password' }));
      expect(out).toMatch(/^FAIL channel {2}email: the IMAP server at 127\.0\.0\.1:\d+ refused the login of arcp@example\.test \(.*[Aa]uthentication failed.*\)\n\s+fix: check IMAP_USER and IMAP_PASSWORD/m);
      expect(out).not.toContain('not-the-password');
      expect(code).toBe(1);
    });

    it('says an SMTP server refused the login, or cannot be reached', async () => {
      const good = await arcp(['doctor'], cwd, env({ SMTP_PORT: String(authSmtpPort), SMTP_USER: 'arcp@example.test', SMTP_PASSWORD: 'smtp-pw' }));
      expect(good.out).toMatch(/^ok {3}channel {2}email: the SMTP server at 127\.0\.0\.1:\d+ takes mail$/m);
      expect(good.code).toBe(0);
      const refused = await arcp(['doctor'], cwd, env({ SMTP_PORT: String(authSmtpPort), SMTP_USER: 'arcp@example.test', SMTP_PASSWORD: 'wrong' }));
      expect(refused.out).toMatch(/^FAIL channel {2}email: the SMTP server at 127\.0\.0\.1:\d+ refused the login of arcp@example\.test \(.*535.*\)\n\s+fix: check SMTP_USER and SMTP_PASSWORD$/m);
      expect(refused.code).toBe(1);
      const down = await arcp(['doctor'], cwd, env({ SMTP_PORT: String(await freePort()) }));
      expect(down.out).toMatch(/^FAIL channel {2}email: the SMTP server at 127\.0\.0\.1:\d+ cannot be reached \(.*ECONNREFUSED.*\)\n\s+fix: check SMTP_HOST and SMTP_PORT/m);
    });
  });
});
