import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBidiMarks } from '../../adapters/slack/bidi.js';
import { slackRef } from '../../adapters/slack/inbound.js';
import { FAKE_TEAM } from '../fixtures/slack/fake-slack-api.js';
import { blockTexts, sleep, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { blockActions, directMessageEvent, mentionEvent, nextTs, slashCommand, urlVerification } from '../fixtures/slack/payloads.js';
import { postCommand, postEvent, postInteraction, postSigned } from '../fixtures/slack/signing.js';

describe('Slack: mentions, DMs and /arcp over the real Bolt receiver', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.stop());

  const answerIn = (channel: string, threadTs?: string) =>
    h.fake.waitFor('chat.postMessage', (a) => a.channel === channel && a.thread_ts === threadTs && Array.isArray(a.blocks));

  it('answers url_verification with the challenge', async () => {
    const body = urlVerification();
    const res = await postEvent(h.eventsUrl, body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: body.challenge });
  });

  it('identifies the bot once at start and calls Slack with the bot token', async () => {
    expect(h.fake.callsOf('auth.test')).toHaveLength(1);
    expect(h.fake.calls[0].authorization).toBe('Bearer xoxb-test-token');
  });

  it('answers a mention in its thread, in Arabic, with sources and buttons, the mention stripped', async () => {
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ما هي أهداف عملية التشاور العربية الإقليمية؟` });
    const res = await postEvent(h.eventsUrl, event);
    expect(res.status).toBe(200);
    const posted = await answerIn('C0GENERAL', event.event.ts);
    const texts = blockTexts(posted.args.blocks).map(stripBidiMarks);
    // The answer leads with the quote that answers (answers no longer open with a header line).
    expect(texts[0]).toMatch(/^«[^»]*أهداف عملية التشاور العربية الإقليمية/);
    expect(texts.some((t) => /^\[1\] <https?:\/\/[^|>]+\|[^>]+>/.test(t))).toBe(true);
    const actions = posted.args.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.text.text)).toEqual(['👍', '👎', 'اسأل الأمانة الفنية']);
    expect(stripBidiMarks(posted.args.text)).toContain('تعزيز الحوار والتعاون بين الدول الأعضاء');
    const transcript = await h.running.app.conversations.transcript(`slack:C0GENERAL:${event.event.ts}`);
    expect(transcript[0]).toMatchObject({ direction: 'in', text: 'ما هي أهداف عملية التشاور العربية الإقليمية؟' });
  });

  it('keeps the conversation for a follow-up mention in the same thread', async () => {
    const root = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> What is the Arab position on the Global Compact for Migration?` });
    await postEvent(h.eventsUrl, root);
    await answerIn('C0GENERAL', root.event.ts);
    const followUp = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> and what about refugees?`, threadTs: root.event.ts });
    await postEvent(h.eventsUrl, followUp);
    await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === root.event.ts && h.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === root.event.ts).length === 2);
    const transcript = await h.running.app.conversations.transcript(`slack:C0GENERAL:${root.event.ts}`);
    expect(transcript.map((m) => m.direction)).toEqual(['in', 'out', 'in', 'out']);
    expect(transcript[2].text).toBe('and what about refugees?');
  });

  it('answers a direct message in the DM, not in a thread, in English', async () => {
    const event = directMessageEvent({ text: 'What is the Arab position on the Global Compact for Migration?' });
    await postEvent(h.eventsUrl, event);
    const posted = await answerIn('D0ASKER2', undefined);
    expect(posted.args.thread_ts).toBeUndefined();
    const actions = posted.args.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.text.text)).toEqual(['👍', '👎', 'Ask the secretariat']);
    expect(posted.args.text).toMatch(/^(?:\d{4} — )?«[^»]*Global Compact[^»]*» \[1\]/);
  });

  it('reads a follow-up in the thread of a DM answer with the question above it', async () => {
    const question = directMessageEvent({ text: 'What is the Arab position on the Global Compact for Migration?', channel: 'D0ASKERB', user: 'U0ASKERB' });
    await postEvent(h.eventsUrl, question);
    const first = await answerIn('D0ASKERB', undefined);
    const followUp = directMessageEvent({ text: 'and what about refugees?', channel: 'D0ASKERB', user: 'U0ASKERB', threadTs: first.response!.ts });
    await postEvent(h.eventsUrl, followUp);
    const answer = await answerIn('D0ASKERB', first.response!.ts);
    expect(answer.args.blocks.at(-1).elements.map((e: any) => e.text.text)).toEqual(['👍', '👎', 'Ask the secretariat']);
    // The follow-up was read as a whole question, with the topic of the one above it.
    const ref = slackRef({ channel: 'D0ASKERB', threadTs: first.response!.ts });
    expect(await h.running.app.conversations.lastQuestion(ref)).toBe('What is the Arab position on refugees?');
  });

  /** The message /arcp leaves in `channel`: the question posted, then the answer written into it. */
  async function commandMessage(channel: string, user: string) {
    const echo = await h.fake.waitFor('chat.postMessage', (a) => a.channel === channel && a.thread_ts === undefined && String(a.text).startsWith(`<@${user}>`));
    const answer = await h.fake.waitFor('chat.update', (a) => a.channel === channel && a.ts === echo.response!.ts);
    return { echo, answer, ts: echo.response!.ts as string };
  }

  it('acknowledges /arcp at once and answers it with one message in the channel: the question, then its answer', async () => {
    const fields = slashCommand('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const sent = performance.now();
    const res = await postCommand(h.eventsUrl, fields);
    const acked = performance.now();
    expect(res.status).toBe(200);
    expect(acked - sent).toBeLessThan(3000);
    const { answer, ts } = await commandMessage('C0GENERAL', 'U0ASKER3');
    expect(answer.at).toBeGreaterThan(acked - 50);
    const texts = blockTexts(answer.args.blocks).map(stripBidiMarks);
    expect(texts[0]).toBe('<@U0ASKER3>: ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(texts[1]).toMatch(/^«[^»]*أهداف عملية التشاور العربية الإقليمية/);
    expect(answer.args.blocks.at(-1).elements.map((e: any) => e.text.text)).toEqual(['👍', '👎', 'اسأل الأمانة الفنية']);
    await sleep(200);
    const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0GENERAL' && (c.args.thread_ts === ts || String(c.args.text).startsWith('<@U0ASKER3>')));
    expect(posts).toHaveLength(1);
    expect(await h.running.app.conversations.transcript(`slack:C0GENERAL:${ts}`)).toHaveLength(2);
  });

  it('files "Ask the secretariat" under an /arcp answer in that answer\u2019s thread', async () => {
    await postCommand(h.eventsUrl, slashCommand('What is the Arab position on the Global Compact for Migration?', { user_id: 'U0ASKER7' }));
    const { answer, ts } = await commandMessage('C0GENERAL', 'U0ASKER7');
    const ask = answer.args.blocks.at(-1).elements.find((e: any) => e.action_id === 'arcp_ask_secretariat');
    await postInteraction(h.eventsUrl, blockActions({ actionId: 'arcp_ask_secretariat', value: ask.value, channel: 'C0GENERAL', messageTs: ts, blocks: answer.args.blocks }));
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.channel === 'C0GENERAL' && a.thread_ts === ts && /ARCP-\d{5}/.test(String(a.text)));
    const ticket = await h.running.app.tickets.get(/ARCP-\d{5}/.exec(confirmation.args.text)![0]);
    expect(ticket).toMatchObject({ question: 'What is the Arab position on the Global Compact for Migration?', ref: { conversationId: `C0GENERAL:${ts}` } });
  });

  it('moves /arcp to a DM when the bot is not in the channel', async () => {
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    await postCommand(h.eventsUrl, slashCommand('What did the 2016 final statement say about the return of refugees?', { channel_id: 'C0PRIVATE', user_id: 'U0ASKER4' }));
    const opened = await h.fake.waitFor('conversations.open', (a) => a.users === 'U0ASKER4');
    expect(opened).toBeTruthy();
    const { answer } = await commandMessage('D00ASKER4', 'U0ASKER4');
    expect(blockTexts(answer.args.blocks).join('\n')).toContain('[1]');
  });

  it('answers an empty mention with the help text in both languages', async () => {
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}>` });
    await postEvent(h.eventsUrl, event);
    const posted = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === event.event.ts);
    const text = stripBidiMarks(posted.args.text);
    expect(text).toContain('أنا المساعد الآلي');
    expect(text).toContain('I am the assistant of the Technical Secretariat');
  });

  it('never answers a retried event twice, also while the first delivery is still being answered', async () => {
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ما هي أهداف عملية التشاور العربية الإقليمية؟` });
    const [first, retry] = await Promise.all([postEvent(h.eventsUrl, event), sleep(5).then(() => postEvent(h.eventsUrl, event, { retryNum: 1 }))]);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('x-slack-no-retry')).toBe('1');
    await answerIn('C0GENERAL', event.event.ts);
    const late = await postEvent(h.eventsUrl, event, { retryNum: 2 });
    expect(late.status).toBe(200);
    await sleep(300);
    expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === event.event.ts)).toHaveLength(1);
  });

  it('does not answer the same message delivered as two events (app_mention and message)', async () => {
    const ts = nextTs();
    const mention = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> What is the ARCP?`, ts, channel: 'D0ASKER5', user: 'U0ASKER5' });
    const dm = directMessageEvent({ text: `<@${FAKE_TEAM.botUserId}> What is the ARCP?`, ts, channel: 'D0ASKER5', user: 'U0ASKER5' });
    await Promise.all([postEvent(h.eventsUrl, mention), postEvent(h.eventsUrl, dm)]);
    await h.fake.waitFor('chat.postMessage', (a) => a.channel === 'D0ASKER5');
    await sleep(300);
    expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0ASKER5')).toHaveLength(1);
  });

  it('ignores its own messages, other bots and edits', async () => {
    const before = h.fake.callsOf('chat.postMessage').length;
    const own = directMessageEvent({ text: 'an answer the bot posted', user: FAKE_TEAM.botUserId, channel: 'D0ASKER6' });
    const otherBot = directMessageEvent({ text: 'ping', channel: 'D0ASKER6', extra: { bot_id: 'B0OTHER', subtype: 'bot_message' } });
    const edit = directMessageEvent({ text: 'edited', channel: 'D0ASKER6', extra: { subtype: 'message_changed' } });
    for (const e of [own, otherBot, edit]) expect((await postEvent(h.eventsUrl, e)).status).toBe(200);
    await sleep(300);
    expect(h.fake.callsOf('chat.postMessage').length).toBe(before);
  });

  it('refuses a wrong signature and a stale timestamp with 401, and answers nothing', async () => {
    const before = h.fake.callsOf('chat.postMessage').length;
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> forged question` });
    const forged = await postEvent(h.eventsUrl, event, { secret: 'not-the-signing-secret' });
    expect(forged.status).toBe(401);
    const stale = await postEvent(h.eventsUrl, event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
    expect(unsigned.status).toBe(401);
    await sleep(200);
    expect(h.fake.callsOf('chat.postMessage').length).toBe(before);
    expect(h.logs.some((l) => l.msg === 'Slack request refused: signature')).toBe(true);
  });

  it('answers malformed payloads with 400 at once, logs them without their body, and keeps serving', async () => {
    const started = performance.now();
    const notJson = await postSigned(h.eventsUrl, '{"type": "event_callback", "event": ', { contentType: 'application/json' });
    expect(notJson.status).toBe(400);
    const unknown = await postSigned(h.eventsUrl, JSON.stringify({ hello: 'سر لا يُسجَّل' }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toBe('BAD_REQUEST');
    const badPayload = await postSigned(h.eventsUrl, 'payload=%7Bnot-json', { contentType: 'application/x-www-form-urlencoded' });
    expect(badPayload.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(1500);
    const eventWithoutFields = await postEvent(h.eventsUrl, { type: 'event_callback', team_id: 'T0ARCP', event_id: 'Ev0BROKEN', event: { type: 'app_mention' } });
    expect(eventWithoutFields.status).toBe(200);
    const buttonWithoutValue = await postInteraction(h.eventsUrl, { type: 'block_actions', user: { id: 'U0X' }, team: { id: 'T0ARCP' }, actions: [{ action_id: 'arcp_feedback_up' }] });
    expect(buttonWithoutValue.status).toBe(200);
    await sleep(200);
    const logged = h.logs.filter((l) => /Slack payload (not recognised|malformed)|Slack (event|button payload) ignored/.test(l.msg));
    expect(logged.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(h.logs)).not.toContain('سر لا يُسجَّل');
    expect((await fetch(`${h.running.url}/healthz`)).status).toBe(200);
    expect(h.running.app.channels.names()).toContain('slack');
  });

  it('refuses signed payloads with null where Bolt expects a channel, user or authorization with 400, not 500', async () => {
    const statuses: number[] = [];
    for (const extra of [{ channel: null }, { user: null }, { item: null }]) {
      const event = directMessageEvent({ text: 'What is the ARCP?', channel: 'D0NULL01', extra });
      statuses.push((await postEvent(h.eventsUrl, event)).status);
    }
    const unauthorised = { ...directMessageEvent({ text: 'What is the ARCP?', channel: 'D0NULL01' }), authorizations: [null] };
    statuses.push((await postEvent(h.eventsUrl, unauthorised)).status);
    const button = blockActions({ actionId: 'arcp_feedback_up', value: JSON.stringify({ r: 'x', l: 'en' }), channel: 'C0GENERAL', messageTs: nextTs() });
    statuses.push((await postInteraction(h.eventsUrl, { ...button, channel: null })).status);
    statuses.push((await postInteraction(h.eventsUrl, { ...button, user: null })).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
    expect(h.logs.filter((l) => l.msg === 'Slack request failed')).toEqual([]);
    expect((await fetch(`${h.running.url}/healthz`)).status).toBe(200);
  });

  it('cuts a 900 KB question to the 4,000 characters the web chat and Teams take, and answers it', async () => {
    const question = 'What is the Arab position on the Global Compact for Migration?';
    const event = directMessageEvent({ text: `${question} ${'The delegations met in Cairo. '.repeat(30_000)}`, channel: 'D0HUGE01', user: 'U0HUGE01' });
    expect(JSON.stringify(event).length).toBeGreaterThan(900_000);
    expect((await postEvent(h.eventsUrl, event)).status).toBe(200);
    await answerIn('D0HUGE01', undefined);
    const [asked] = await h.running.app.conversations.transcript('slack:D0HUGE01');
    expect(asked.text.length).toBeLessThanOrEqual(4000);
    expect(asked.text.startsWith(question)).toBe(true);
  });

  it('acknowledges interactions it has no listener for at once', async () => {
    const started = performance.now();
    const res = await postInteraction(h.eventsUrl, { type: 'block_actions', user: { id: 'U0X' }, team: { id: 'T0ARCP' }, actions: [{ action_id: 'someone_elses_button', value: 'x' }] });
    expect(res.status).toBe(200);
    const otherCommand = await postCommand(h.eventsUrl, slashCommand('x', { command: '/weather' }));
    expect(otherCommand.status).toBe(200);
    const shortcut = await postInteraction(h.eventsUrl, { type: 'shortcut', callback_id: 'x', trigger_id: 't', user: { id: 'U0X' }, team: { id: 'T0ARCP' } });
    expect(shortcut.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });

});
