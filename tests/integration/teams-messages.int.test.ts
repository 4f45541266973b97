import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isLocalRequest } from '../../adapters/teams/messages-route.js';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector, type ConnectorCall } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const ARABIC = /[\u0600-\u06FF]/;

describe('Teams: activities POSTed to /api/messages, replies on the connector', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ env: { TEAMS_SEND_TIMEOUT_MS: '1000' } });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  const replyTo = (activity: { id: string }) => connector.waitFor((c) => c.route === 'reply' && c.activityId === activity.id);

  it('answers an Arabic question in Arabic, as a right-to-left card with citations and buttons', async () => {
    const activity = loadActivity('teams-personal-message-ar', connector, { conversation: personalConversation('ar') });
    const res = await postActivity(running.url, activity);
    expect(res.status).toBe(200);
    const call = await replyTo(activity);
    expect(call.conversationId).toBe(activity.conversation.id);
    const card = adaptiveCard(call.body);
    expect(card.rtl).toBe(true);
    expect(card.version).toBe('1.5');
    const text = activityText(call.body);
    expect(text).toMatch(/الاتفاق العالمي/);
    expect(text).toContain('المصادر');
    expect(text).toMatch(/\[1\] \[[^\]]+\]\(https?:\/\//);
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual(['👍 مفيد', '👎 غير مفيد', 'اسأل الأمانة الفنية']);
    expect(card.actions[0].data).toMatchObject({ arcp: 'feedback', helpful: true, replyId: expect.any(String) });
    expect(card.fallbackText).toMatch(ARABIC);
  });

  it('answers an English question in English, left to right, with dated sources', async () => {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('en') });
    expect((await postActivity(running.url, activity)).status).toBe(200);
    const call = await replyTo(activity);
    const card = adaptiveCard(call.body);
    expect(card.rtl).toBe(false);
    const text = activityText(call.body);
    expect(text).toMatch(/refugee/i);
    expect(text).not.toMatch(ARABIC);
    expect(text).toMatch(/\[1\] .+ — .*20\d\d/);
    expect(card.actions.at(-1)).toMatchObject({ type: 'Action.Execute', title: 'Ask the secretariat', data: { arcp: 'ask-secretariat' }, fallback: { type: 'Action.Submit' } });
  });

  it('answers a channel @mention in its thread, without the mention in the question', async () => {
    const activity = loadActivity('teams-channel-mention', connector);
    expect((await postActivity(running.url, activity)).status).toBe(200);
    const call = await replyTo(activity);
    expect(call.conversationId).toBe(activity.conversation.id);
    expect(call.conversationId).toContain(';messageid=');
    expect(activityText(call.body)).toMatch(/Global Compact/);
    const transcript = await running.app.conversations.transcript(`teams:${activity.conversation.id}`);
    expect(transcript[0]).toMatchObject({ direction: 'in', text: 'What is the Arab position on the Global Compact for Migration?' });
  });

  it('sends a bilingual welcome card when the bot is added, and help in both languages on request', async () => {
    const added = loadActivity('teams-bot-added-personal', connector, { conversation: personalConversation('welcome') });
    expect((await postActivity(running.url, added)).status).toBe(200);
    const welcome = await connector.waitFor((c) => c.conversationId === added.conversation.id);
    const blocks = adaptiveCard(welcome.body).body;
    expect(blocks[0]).toMatchObject({ type: 'Container', rtl: true });
    expect(activityText(blocks[0])).toMatch(/الأمانة الفنية/);
    expect(blocks[1]).toMatchObject({ type: 'Container', rtl: false });
    expect(activityText(blocks[1])).toMatch(/Technical Secretariat/);

    const help = loadActivity('emulator-message', connector);
    expect((await postActivity(running.url, help)).status).toBe(200);
    expect(activityText((await replyTo(help)).body)).toMatch(/You may ask, for example/);
    const arabicHelp = loadActivity('teams-personal-message-ar', connector, { conversation: personalConversation('help'), text: 'مساعدة' });
    await postActivity(running.url, arabicHelp);
    const arCall = await replyTo(arabicHelp);
    expect(adaptiveCard(arCall.body).rtl).toBe(true);
    expect(activityText(arCall.body)).toMatch(/يمكنكم أن تسألوا مثلاً/);
  });

  it('opens a ticket when "Ask the secretariat" is submitted from an answer card', async () => {
    const conversation = personalConversation('ticket');
    const question = loadActivity('teams-personal-message-en', connector, { conversation });
    await postActivity(running.url, question);
    const answer = await replyTo(question);
    const ask = adaptiveCard(answer.body).actions.find((a: { data: { arcp: string } }) => a.data.arcp === 'ask-secretariat');
    const submit = loadActivity('teams-card-submit', connector, { conversation, value: ask.data, replyToId: answer.activityId });
    expect((await postActivity(running.url, submit)).status).toBe(200);
    const confirmation = await replyTo(submit);
    const ticketId = /ARCP-\d{5}/.exec(activityText(confirmation.body))?.[0];
    expect(ticketId).toBeDefined();
    const ticket = await running.app.tickets.get(ticketId!);
    expect(ticket).toMatchObject({ channel: 'teams', status: 'open', question: question.text });
    expect(ticket!.ref.replyHandle).toMatchObject({ serviceUrl: connector.url, conversation: { id: conversation.id } });
  });

  it('processes a resent activity once', async () => {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('dup') });
    await postActivity(running.url, activity);
    await replyTo(activity);
    expect((await postActivity(running.url, activity)).status).toBe(200);
    expect(connector.calls.filter((c) => c.activityId === activity.id)).toHaveLength(1);
  });

  it('answers an empty @mention and an unknown button with the help text, and logs them', async () => {
    const empty = loadActivity('teams-channel-mention', connector, { text: '<at>ARCP Assistant</at>&nbsp;\n' });
    expect((await postActivity(running.url, empty)).status).toBe(200);
    expect(activityText((await replyTo(empty)).body)).toMatch(/You may ask, for example/);
    const stale = loadActivity('teams-card-submit', connector, { conversation: personalConversation('stale'), value: { action: 'vote', choice: 3 } });
    expect((await postActivity(running.url, stale)).status).toBe(200);
    expect(activityText((await replyTo(stale)).body)).toMatch(/You may ask, for example/);
  });

  it('gives 501 to an invoke it does not handle and 200 to activity types and bots it ignores, sending nothing', async () => {
    const invoke = loadActivity('teams-invoke-task-fetch', connector);
    expect((await postActivity(running.url, invoke)).status).toBe(501);
    const reaction = loadActivity('teams-message-reaction', connector);
    expect((await postActivity(running.url, reaction)).status).toBe(200);
    const unknown = loadActivity('teams-message-reaction', connector, { type: 'somethingNew' });
    expect((await postActivity(running.url, unknown)).status).toBe(200);
    const fromBot = loadActivity('teams-personal-message-en', connector, { from: { id: '28:another-bot', name: 'Other bot', role: 'bot' } });
    expect((await postActivity(running.url, fromBot)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.calls).toEqual([]);
    const health = await (await fetch(`${running.url}/healthz`)).json();
    expect(health.channels).toContain('teams');
  });

  it('refuses malformed JSON and bodies that are not activities with 400, and keeps serving', async () => {
    const broken = await postActivity(running.url, '{"type":"message","text":');
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toBe('BAD_REQUEST');
    const notActivity = await postActivity(running.url, { hello: 'world' });
    expect(notActivity.status).toBe(400);
    expect((await notActivity.json()).message).toMatch(/type/);
    const noWayBack = await postActivity(running.url, { ...loadActivity('teams-personal-message-en', connector), serviceUrl: 'not a url' });
    expect(noWayBack.status).toBe(400);
    expect((await postActivity(running.url, [1, 2])).status).toBe(400);
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('after') });
    expect((await postActivity(running.url, activity)).status).toBe(200);
    await replyTo(activity);
  });

  it('without an app id, refuses relayed (proxied) requests and remote addresses with 401', async () => {
    const relayed = await postActivity(running.url, loadActivity('teams-personal-message-en', connector), { 'x-forwarded-for': '203.0.113.9' });
    expect(relayed.status).toBe(401);
    expect(isLocalRequest({ socket: { remoteAddress: '203.0.113.9' }, headers: {} })).toBe(false);
    expect(isLocalRequest({ socket: { remoteAddress: '::ffff:127.0.0.1' }, headers: {} })).toBe(true);
    expect(isLocalRequest({ socket: { remoteAddress: '::1' }, headers: {} })).toBe(true);
  });

  it('when the reply cannot be sent, logs it and tells the person, answering Teams with 200', async () => {
    connector.failNext(403);
    const activity = loadActivity('teams-personal-message-ar', connector, { conversation: personalConversation('fail') });
    expect((await postActivity(running.url, activity)).status).toBe(200);
    const calls = () => connector.calls.filter((c) => c.conversationId === activity.conversation.id);
    await connector.waitFor((c) => c.conversationId === activity.conversation.id && c.responseId !== undefined);
    expect(calls()).toHaveLength(2);
    expect(calls()[0].responseId).toBeUndefined();
    const notice = calls()[1];
    expect(adaptiveCard(notice.body).rtl).toBe(true);
    expect(activityText(notice.body)).toMatch(/تعذّرت معالجة رسالتكم/);
    expect((await running.app.conversations.transcript(`teams:${activity.conversation.id}`))[0].text).toBe(activity.text);
  });

  it('splits a long answer into cards within the Teams size limit, with the sources and buttons last', async () => {
    const conversation = personalConversation('long');
    const paragraph = (i: number) =>
      `**البيان الختامي للاجتماع رقم ${i} — القاهرة، 2016-08-${String((i % 28) + 1).padStart(2, '0')}**\n«أكدت الدول الأعضاء أهمية تقاسم الأعباء والمسؤوليات في استضافة اللاجئين، واحترام مبدأ عدم الإعادة القسرية، ودعم الدول المضيفة في المنطقة العربية.» [${i}]`;
    const text = Array.from({ length: 120 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const citations = Array.from({ length: 40 }, (_, i) => ({
      n: i + 1, documentId: `doc-${i}`, passageId: `doc-${i}#1`, lang: 'ar' as const, quote: 'نص',
      title: `البيان الختامي للاجتماع الاستثنائي لعملية التشاور العربية الإقليمية حول الهجرة واللجوء رقم ${i + 1}`,
      date: '2016-08', url: `https://example.org/documents/arcp/final-statement-${i + 1}.pdf`,
    }));
    const ref = { channel: 'teams' as const, conversationId: conversation.id as string, replyHandle: { ...loadActivity('teams-personal-message-ar', connector), conversation, activityId: undefined, bot: { id: '28:bot' }, user: { id: '29:user' } } };
    await running.app.channels.get('teams').send(ref, { kind: 'answer', lang: 'ar', text, citations, confidence: 0.9, replyId: 'long-reply' });
    const calls = connector.calls.filter((c) => c.conversationId === conversation.id);
    expect(calls.length).toBeGreaterThan(3);
    for (const call of calls) expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThan(28 * 1024);
    const shown = calls.map((c) => activityText(c.body)).join('\n');
    for (const i of [1, 60, 120]) expect(shown).toContain(`[${i}]`);
    expect(shown).toContain('final-statement-40.pdf');
    expect(calls.slice(0, -1).every((c) => !adaptiveCard(c.body).actions)).toBe(true);
    expect(adaptiveCard(calls.at(-1)!.body).actions).toHaveLength(3);
    expect(calls.every((c) => adaptiveCard(c.body).rtl === true)).toBe(true);
    expect(activityText(calls[0].body)).toMatch(/^الجزء 1\/\d+/);
  });

  it('gives up on a reply the Teams service does not answer, within the send timeout', async () => {
    connector.stallNext();
    const activity = loadActivity('teams-personal-message-en', connector, { conversation: personalConversation('stall') });
    const t0 = Date.now();
    expect((await postActivity(running.url, activity)).status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(5000);
    const calls = connector.calls.filter((c) => c.conversationId === activity.conversation.id);
    expect(calls).toHaveLength(2);
    expect(activityText(calls[1].body)).toMatch(/could not be processed/);
  });

  it('answers in plain Markdown text on a channel without cards', async () => {
    const activity = loadActivity('teams-personal-message-en', connector, { channelId: 'sms', conversation: personalConversation('sms') });
    await postActivity(running.url, activity);
    const call: ConnectorCall = await replyTo(activity);
    expect(call.body.attachments ?? []).toEqual([]);
    expect(call.body.text).toMatch(/\*\*Sources\*\*\n\[1\] /);
  });
});
