import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_TEAM } from '../fixtures/slack/fake-slack-api.js';
import { sleep, STAFF_CHANNEL, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { mentionEvent } from '../fixtures/slack/payloads.js';
import { postEvent } from '../fixtures/slack/signing.js';

describe('Slack across a restart, and a Slack that is down for a while', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-slack-restart-'));
  let h: SlackHarness | undefined;
  let restarted: SlackHarness | undefined;

  afterAll(async () => {
    await restarted?.stop();
    await h?.stop();
    await h?.fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const postsIn = (harness: SlackHarness, threadTs: string) => harness.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);

  it('answers a retry that comes after a restart with nothing', async () => {
    h = await startSlackHarness({}, undefined, { dataDir });
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> What is the Arab position on the Global Compact for Migration?` });
    await postEvent(h.eventsUrl, event);
    await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === event.event.ts);
    await h.running.stop();
    // Quick retries here, so that the outage below is over in a second.
    restarted = await startSlackHarness({ ARCP_DELIVERY_RETRY_BASE_MS: '200' }, undefined, { dataDir, fake: h.fake });
    const retry = await postEvent(restarted.eventsUrl, event, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await sleep(500);
    expect(postsIn(restarted, event.event.ts)).toHaveLength(1);
  });

  it('delivers a staff answer Slack refused, from the running server, once Slack takes posts again', async () => {
    const server = restarted!;
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> Please register our delegation for the next meeting` });
    await postEvent(server.eventsUrl, event);
    const ack = await server.fake.waitFor('chat.postMessage', (a) => a.thread_ts === event.event.ts && /ARCP-\d{5}/.test(String(a.text)));
    const ticketId = /ARCP-\d{5}/.exec(ack.args.text)![0];
    await server.fake.waitFor('chat.postMessage', (a) => a.channel === STAFF_CHANNEL && String(a.text).includes(ticketId));
    for (let i = 0; i < 3; i++) server.fake.failNext('chat.postMessage', 'service_unavailable');
    const result = await server.running.app.staff.reply(ticketId, 'Enas', 'Your delegation of three is registered.');
    expect(result.delivered).toBe(false);
    const answers = () => postsIn(server, event.event.ts).filter((c) => String(c.args.text).includes('delegation of three is registered'));
    await expect.poll(() => answers().filter((c) => c.response?.ok).length, { timeout: 10_000 }).toBe(1);
    expect(answers().map((c) => c.response?.ok)).toEqual([false, false, false, true]);
    await expect.poll(async () => (await server.running.app.tickets.get(ticketId))?.deliveredAt, { timeout: 5000 }).toBeDefined();
    await sleep(500);
    expect(answers()).toHaveLength(4);
  });
});
