import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';
import { captureLogger } from '../fixtures/teams/log-capture.js';

const TEAM = '19:Qx7Lk2Vb9Nz4Rt1Yw8Pm3Hc6Jd0Fs5Ga@thread.tacv2';
const STAFF_CHANNEL = '19:7e1d4c9b2a5f4e8d9c3b6a0f1e2d3c4b@thread.tacv2';
const OTHER_CHANNEL = '19:5b0c8e2f4a9d4c7e8b1f3a6d9c2e5f8a@thread.tacv2';
const TENANT = '3f9d2c1e-8b47-4a6e-9c21-5d0e7f4a8b63';

/** Issue 15 item 4: the staff channel provisioned by configuration; a slow confirmation is no failure. */
describe('Teams staff channel set in the configuration', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({
      env: { TEAMS_STAFF_TEAM_ID: TEAM, TEAMS_STAFF_CHANNEL_ID: STAFF_CHANNEL, TEAMS_TENANT_ID: TENANT, TEAMS_SERVICE_URL: connector.url },
    });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  it('posts the card of a new ticket in the configured channel without anyone registering it', async () => {
    const conversation = personalConversation('provisioned');
    const question = loadActivity('teams-personal-message-en', connector, { conversation, text: 'I would like to register our delegation for the next meeting.' });
    expect((await postActivity(running.url, question)).status).toBe(200);
    const card = await connector.waitFor((c) => c.route === 'send' && c.conversationId === STAFF_CHANNEL);
    const ticketId = /ARCP-\d{5}/.exec(activityText(card.body))![0];
    expect(adaptiveCard(card.body).actions.map((a: { verb: string }) => a.verb)).toEqual(['staff.claim', 'staff.reply', 'staff.close']);
    expect(await running.app.tickets.get(ticketId)).toMatchObject({ status: 'open' });

    const claim = loadActivity('teams-staff-card-action', connector, {
      conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: `${STAFF_CHANNEL};messageid=${card.responseId}` },
      replyToId: card.responseId,
      value: { arcp: 'staff', op: 'claim', ticketId },
    });
    expect((await postActivity(running.url, claim)).status).toBe(200);
    const updated = await connector.waitFor((c) => c.route === 'update' && c.activityId === card.responseId);
    expect(updated.conversationId).toBe(`${STAFF_CHANNEL};messageid=${card.responseId}`);
    expect(activityText(updated.body)).toMatch(/Claimed by · استلمه: Omar Khalil/);
  });

  it('says the channel is set in the configuration when the command is posted elsewhere, and confirms it in that channel', async () => {
    const command = loadActivity('teams-staff-command', connector);
    expect(command.conversation.id.startsWith(OTHER_CHANNEL)).toBe(true);
    await postActivity(running.url, command);
    const refused = await connector.waitFor((c) => c.activityId === command.id);
    expect(activityText(refused.body)).toMatch(/set in the server configuration/);

    const here = loadActivity('teams-staff-command', connector, { conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT, id: `${STAFF_CHANNEL};messageid=1764408000999` } });
    await postActivity(running.url, here);
    expect(activityText((await connector.waitFor((c) => c.activityId === here.id)).body)).toMatch(/This channel now receives the ARCP tickets/);
  });
});

describe('Teams staff channel registered by command, the confirmation slow to send', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;
  const logs = captureLogger();

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ env: { TEAMS_SEND_TIMEOUT_MS: '300' }, logger: logs.logger });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });

  it('keeps the registration, answers Teams 200 and posts no failure notice in the staff channel', async () => {
    connector.delayNext(1000);
    const command = loadActivity('teams-staff-command', connector);
    expect((await postActivity(running.url, command)).status).toBe(200);
    const posted = connector.calls.filter((c) => c.conversationId?.startsWith('19:5b0c8e2f'));
    expect(posted).toHaveLength(1);
    expect(activityText(posted[0].body)).toMatch(/This channel now receives the ARCP tickets/);
    expect(logs.lines.some((l) => /confirmation could not be sent/.test(l.msg))).toBe(true);
    expect(logs.atLeast('error')).toEqual([]);

    // Registered all the same: the next ticket's card goes there.
    const question = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('after-slow'), text: 'Please put me in touch with the secretariat.' });
    await postActivity(running.url, question);
    await connector.waitFor((c) => c.route === 'send' && c.conversationId === '19:5b0c8e2f4a9d4c7e8b1f3a6d9c2e5f8a@thread.tacv2');
  });
});
