import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const APP_ID = '7c2e9a41-5b3d-4f18-a6c0-2e8d9b1f4a57';

/** An unsigned JWT with the given claims: well-formed, but no Bot Framework service issued it. */
function forgedJwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${part(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('Teams with an app id: Bot Framework authentication is on', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;
  const outbound: string[] = [];
  const onRequest = (message: unknown) => {
    const req = (message as { request?: { host?: string; path?: string } }).request;
    outbound.push(`${req?.host ?? '?'}${req?.path ?? ''}`);
  };

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' } });
    // Every HTTP request this process starts (node:http/https, which the Bot Framework SDK uses) is seen here.
    subscribe('http.client.request.start', onRequest);
  });
  afterAll(async () => {
    unsubscribe('http.client.request.start', onRequest);
    await running?.stop();
    await connector?.close();
  });

  const post = (authorization?: string) =>
    postActivity(running.url, loadActivity('teams-personal-message-en', connector), authorization ? { authorization } : {});

  it('refuses a request without a token, with a garbage token and with a forged one: 401, no reply', async () => {
    expect((await post()).status).toBe(401);
    expect((await post('Bearer not-a-jwt')).status).toBe(401);
    expect((await post('Basic dXNlcjpwYXNz')).status).toBe(401);
    const foreign = forgedJwt({ iss: 'https://issuer.example.test', aud: APP_ID, exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await post(`Bearer ${foreign}`)).status).toBe(401);
    expect(connector.calls).toEqual([]);
    expect(await running.app.conversations.listConversations()).toEqual([]);
  });

  it('needs no call to Microsoft to refuse them', async () => {
    outbound.length = 0;
    await post();
    await post('Bearer not-a-jwt');
    await post(`Bearer ${forgedJwt({ iss: 'https://issuer.example.test', aud: APP_ID })}`);
    expect(outbound).toEqual([]);
    // The probe itself works: a request this process makes is recorded.
    await new Promise<void>((resolve) => {
      const probe = request({ host: '127.0.0.1', port: new URL(connector.url).port, path: '/probe' }, (res) => res.resume().on('end', resolve));
      probe.end();
    });
    expect(outbound).toEqual(['127.0.0.1/probe']);
  });

  it('accepts requests from any address once tokens are checked (no loopback rule)', async () => {
    const relayed = await postActivity(running.url, loadActivity('teams-personal-message-en', connector), { 'x-forwarded-for': '203.0.113.9' });
    // Refused for the missing token, not for the relay: behind a tunnel the token is what counts.
    expect(relayed.status).toBe(401);
    expect((await relayed.json()).message).toMatch(/token/);
  });
});
