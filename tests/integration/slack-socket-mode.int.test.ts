import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TEAM } from '../fixtures/slack/fake-slack-api.js';
import { FakeSocketMode } from '../fixtures/slack/fake-socket-mode.js';
import { STAFF_CHANNEL, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { blockActions, mentionEvent, slashCommand } from '../fixtures/slack/payloads.js';
import { postEvent } from '../fixtures/slack/signing.js';

describe('Slack in Socket Mode (SLACK_APP_TOKEN set): the same app over a WebSocket, no public URL', () => {
  let h: SlackHarness;
  let socket: FakeSocketMode;

  beforeAll(async () => {
    socket = await FakeSocketMode.start();
    h = await startSlackHarness({ SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: 'xapp-1-A0ARCPAPP-1-test' }, (fake) => {
      fake.socketModeUrl = socket.url;
    });
    await socket.ready;
  });
  afterAll(async () => {
    await h?.stop();
    await socket?.close();
  });

  it('connects with the app-level token and mounts no HTTP endpoint', async () => {
    const open = h.fake.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0].authorization).toBe('Bearer xapp-1-A0ARCPAPP-1-test');
    const res = await postEvent(h.eventsUrl, mentionEvent({ text: 'x' }));
    expect(res.status).toBe(404);
  });

  it('acknowledges an app_mention envelope and answers in the thread', async () => {
    const envelope = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ما هي أهداف عملية التشاور العربية الإقليمية؟` });
    const id = socket.send('events_api', envelope);
    await socket.waitForAck(id);
    const answer = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === envelope.event.ts && Array.isArray(a.blocks));
    expect(answer.args.channel).toBe('C0GENERAL');
  });

  it('acknowledges /arcp, then answers it in the one message that shows the question', async () => {
    const id = socket.send('slash_commands', slashCommand('What is the Arab position on the Global Compact for Migration?', { user_id: 'U0SOCKET' }));
    await socket.waitForAck(id);
    const echo = await h.fake.waitFor('chat.postMessage', (a) => String(a.text).startsWith('<@U0SOCKET>'));
    await h.fake.waitFor('chat.update', (a) => a.ts === echo.response!.ts && Array.isArray(a.blocks) && a.blocks.length > 1);
  });

  it('acknowledges staff buttons and acts on them', async () => {
    const ticket = await h.running.app.tickets.open({
      sourceMessageId: 'socket-ticket-1', question: 'Please register our delegation', lang: 'en', category: 'registration',
      ref: { channel: 'slack', conversationId: 'C0GENERAL:1700000000.000001', replyHandle: { channel: 'C0GENERAL', threadTs: '1700000000.000001' } },
      sender: { id: 'slack:U0ASKER1' },
    });
    await h.running.app.staff.notifyOpened(ticket);
    const posted = await h.fake.waitFor('chat.postMessage', (a) => a.channel === STAFF_CHANNEL && String(a.text).includes(ticket.id));
    const id = socket.send('interactive', blockActions({ actionId: 'arcp_staff_claim', value: ticket.id, channel: STAFF_CHANNEL, messageTs: posted.response!.ts, user: { id: 'U0STAFF1', username: 'enas', name: 'enas', team_id: 'T0ARCP' } }));
    await socket.waitForAck(id);
    await h.fake.waitFor('chat.update', (a) => a.ts === posted.response!.ts);
    expect((await h.running.app.tickets.get(ticket.id))?.claimedBy).toBe('Enas');
  });
});
