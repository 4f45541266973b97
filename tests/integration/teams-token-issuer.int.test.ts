import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';
import { captureLogger } from '../fixtures/teams/log-capture.js';
import { LocalTokenIssuer } from '../fixtures/teams/token-issuer.js';

const APP_ID = '7c2e9a41-5b3d-4f18-a6c0-2e8d9b1f4a57';

/** botbuilder's authentication settings from the configuration, pointing at a token issuer on loopback. */
function authEnv(issuer: LocalTokenIssuer): Record<string, string> {
  return {
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl,
    ToBotFromChannelTokenIssuer: issuer.issuer,
    // Outbound tokens are not part of these tests: a closed loopback port, refused at once.
    ToChannelFromBotLoginUrl: 'https://127.0.0.1:1/botframework.test',
    ToChannelFromBotOAuthScope: 'https://api.botframework.test',
    TEAMS_SEND_TIMEOUT_MS: '1000',
    TEAMS_AUTH_KEYS_RETRY_MS: '300',
  };
}

/** Issue 14 item 10: tokens checked against the configured issuer; its outage gives 503 and one fetch, not 500s. */
describe('Teams authentication through the configured endpoints (a local token issuer)', () => {
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
  });
  afterAll(() => connector?.close());

  const activity = (suffix: string) => loadActivity('teams-personal-message-en', connector, { conversation: personalConversation(suffix) });
  const post = (running: RunningAssistant, body: unknown, token?: string) =>
    postActivity(running.url, body, token ? { authorization: `Bearer ${token}` } : {});

  describe('with the issuer up', () => {
    let issuer: LocalTokenIssuer;
    let running: RunningAssistant;

    beforeAll(async () => {
      issuer = await LocalTokenIssuer.start();
      running = await startTeamsServer({ env: authEnv(issuer) });
    });
    afterAll(async () => {
      await running?.stop();
      await issuer?.close();
    });

    it('accepts a token the configured issuer signed, for this bot and this service URL: the turn runs', async () => {
      const a = activity('valid');
      const res = await post(running, a, issuer.token({ aud: APP_ID, serviceurl: connector.url }));
      expect(res.status).toBe(200);
      expect((await running.app.conversations.transcript(`teams:${a.conversation.id}`))[0]).toMatchObject({ direction: 'in', text: a.text });
      expect(issuer.hits).toEqual(['/.well-known/openidconfiguration', '/keys']);
    });

    it.each([
      ['signed with another key', () => issuer.token({ aud: APP_ID, serviceurl: connector.url }, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey })],
      ['for another bot', () => issuer.token({ aud: '00000000-1111-4222-8333-444444444444', serviceurl: connector.url })],
      ['from another issuer', () => issuer.token({ aud: APP_ID, serviceurl: connector.url, iss: 'https://issuer.example.test' })],
      ['expired', () => issuer.token({ aud: APP_ID, serviceurl: connector.url, exp: Math.floor(Date.now() / 1000) - 3600 })],
      ['for another service URL', () => issuer.token({ aud: APP_ID, serviceurl: 'https://smba.example.test/' })],
      ['with an unknown key id', () => issuer.token({ aud: APP_ID, serviceurl: connector.url }, { kid: 'no-such-key' })],
    ])('refuses a token %s with 401, the turn not run, the keys not fetched again', async (_name, token) => {
      const a = activity('refused');
      const res = await post(running, a, token());
      expect(res.status).toBe(401);
      expect(await running.app.conversations.transcript(`teams:${a.conversation.id}`)).toEqual([]);
      expect(issuer.hits.filter((h) => h === '/keys')).toHaveLength(1);
    });
  });

  describe('with the issuer down', () => {
    let issuer: LocalTokenIssuer;
    let running: RunningAssistant;
    const logs = captureLogger();

    beforeAll(async () => {
      issuer = await LocalTokenIssuer.start();
      running = await startTeamsServer({ env: authEnv(issuer), logger: logs.logger });
    });
    afterAll(async () => {
      await running?.stop();
      await issuer?.close();
    });

    it('answers tokens 503 with a log line naming the key endpoint, fetching once for many requests, and recovers', async () => {
      issuer.mode = 'fail';
      const forged = issuer.token({ aud: APP_ID, serviceurl: connector.url }, { key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey });
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(running, activity('down'), forged)).status);
      expect(statuses).toEqual([503, 503, 503, 503, 503, 503]);
      expect(issuer.hits).toHaveLength(1);
      const lines = logs.lines.filter((l) => /key endpoint is down/.test(l.msg));
      expect(lines).toHaveLength(6);
      expect(lines[0].reason).toMatch(/signing keys could not be fetched/);
      expect(logs.atLeast('error')).toEqual([]);
      // Refusals that need no keys are still 401.
      expect((await post(running, activity('none'))).status).toBe(401);
      expect((await post(running, activity('garbage'), 'not-a-jwt')).status).toBe(401);

      issuer.mode = 'ok';
      await new Promise((r) => setTimeout(r, 400));
      expect((await post(running, activity('forged'), forged)).status).toBe(401);
      const a = activity('back');
      expect((await post(running, a, issuer.token({ aud: APP_ID, serviceurl: connector.url }))).status).toBe(200);
    });

    it('once the keys are cached, an endpoint that hangs costs nothing: known key 200, unknown key 401, no fetch', async () => {
      issuer.mode = 'stall';
      const before = issuer.hits.length;
      expect((await post(running, activity('cached'), issuer.token({ aud: APP_ID, serviceurl: connector.url }))).status).toBe(200);
      const unknownKid = issuer.token({ aud: APP_ID, serviceurl: connector.url }, { kid: 'rotated-key' });
      expect((await post(running, activity('stalled'), unknownKid)).status).toBe(401);
      expect(issuer.hits.length).toBe(before);
    });
  });

  it.each([
    ['closed (connection refused)', 'closed'],
    ['silent (never answers, cut at the timeout)', 'stall'],
  ] as const)('a key endpoint %s gives 503, not 500', async (_name, how) => {
    const issuer = await LocalTokenIssuer.start();
    const env = authEnv(issuer);
    if (how === 'closed') await issuer.close();
    else issuer.mode = 'stall';
    const running = await startTeamsServer({ env });
    try {
      const res = await post(running, activity(how), issuer.token({ aud: APP_ID, serviceurl: connector.url }));
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect((await res.json()).error).toBe('CHANNEL_UNAVAILABLE');
    } finally {
      await running.stop();
      if (how === 'stall') await issuer.close();
    }
  });
});
