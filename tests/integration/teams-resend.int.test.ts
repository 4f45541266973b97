import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Teams: a resent activity, a restart, and a Teams service that refuses for a while', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-teams-resend-'));
  let connector: FakeConnector;
  let running: RunningAssistant | undefined;
  // Quick retries here, so that an outage of the Teams service is over in a second.
  const start = () => startTeamsServer({ dataDir, env: { ARCP_DELIVERY_RETRY_BASE_MS: '200' } });

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await start();
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers an activity resent while its turn runs, and again after a restart, once', async () => {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('resend') });
    // The reply takes a while to reach Teams: the resend comes while the first turn is still running.
    connector.delayNext(400);
    const [first, resent] = await Promise.all([postActivity(running!.url, activity), sleep(30).then(() => postActivity(running!.url, activity))]);
    expect([first.status, resent.status]).toEqual([200, 200]);
    await running!.stop();
    running = await start();
    expect((await postActivity(running.url, activity)).status).toBe(200);
    await sleep(300);
    const replies = connector.calls.filter((c) => c.activityId === activity.id);
    expect(replies).toHaveLength(1);
    expect(activityText(replies[0].body)).toMatch(/refugee/i);
  });

  it('delivers a staff answer Teams refused, from the running server, once the service takes it again', async () => {
    await postActivity(running!.url, loadActivity('teams-staff-command', connector));
    const conversation = personalConversation('outage-running');
    const question = loadActivity('teams-personal-message-en', connector, { conversation, text: 'Please register our delegation for the next meeting.' });
    await postActivity(running!.url, question);
    const ack = await connector.waitFor((c) => c.activityId === question.id);
    const ticketId = /ARCP-\d{5}/.exec(activityText(ack.body))![0];
    await connector.waitFor((c) => c.route === 'send' && activityText(c.body).includes(ticketId) && c.responseId !== undefined);
    // The bot was removed from the chat for a moment (403): the next post is refused, later ones go through.
    connector.failNext(403);
    const result = await running!.app.staff.reply(ticketId, 'Omar Khalil', 'Your delegation is registered.');
    expect(result.delivered).toBe(false);
    const answered = () => connector.calls.filter((c) => c.conversationId === conversation.id && activityText(c.body).includes('Your delegation is registered.'));
    await expect.poll(() => answered().filter((c) => c.responseId).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await running!.app.tickets.get(ticketId))?.deliveredAt, { timeout: 5000 }).toBeDefined();
    expect(answered()).toHaveLength(2);
  });
});
