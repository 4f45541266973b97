import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { FakeConnector } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';
import { captureLogger } from '../fixtures/teams/log-capture.js';

/** Issue 14 item 9: malformed activities are refused before use; nothing reaches a 500 or an error log. */
describe('Teams: activities with malformed parts get 400, never a 500', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;
  const logs = captureLogger();

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ logger: logs.logger });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });
  beforeEach(() => {
    connector.clear();
    logs.clear();
  });

  const message = (overrides: Record<string, unknown>) =>
    loadActivity('teams-channel-mention', connector, overrides);

  it.each([
    ['entities: [null]', { entities: [null] }],
    ['entities nested in an array', { entities: [[{ type: 'mention', mentioned: { id: '28:bot' }, text: '<at>ARCP Assistant</at>' }]] }],
    ['a mention without its text', { entities: [{ type: 'mention', mentioned: null }] }],
    ['entities as an object', { entities: { type: 'mention' } }],
    ['attachments: [null]', { attachments: [null] }],
    ['text as a number', { text: 42 }],
  ])('%s → 400 with the reason, nothing sent, nothing logged at error', async (_name, overrides) => {
    const res = await postActivity(running.url, message(overrides));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/not a Bot Framework activity: (entities|attachments|text)/);
    expect(connector.calls).toEqual([]);
    expect(logs.atLeast('error')).toEqual([]);
  });

  it('membersAdded: [null] and nested arrays → 400, no error logged', async () => {
    for (const membersAdded of [[null], [[{ id: '28:bot' }]]]) {
      const added = loadActivity('teams-bot-added-personal', connector, { conversation: personalConversation('nullmember'), membersAdded });
      const res = await postActivity(running.url, added);
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(/membersAdded/);
    }
    expect(logs.atLeast('error')).toEqual([]);
  });

  it('keeps answering well-formed activities after them, mention and entities intact', async () => {
    const activity = message({});
    expect((await postActivity(running.url, activity)).status).toBe(200);
    await connector.waitFor((c) => c.activityId === activity.id);
    expect(logs.atLeast('error')).toEqual([]);
  });
});
