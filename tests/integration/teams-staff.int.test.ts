import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector, type ConnectorCall } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';
import { docxOf } from '../support/zip.js';

const CHANNEL = '19:5b0c8e2f4a9d4c7e8b1f3a6d9c2e5f8a@thread.tacv2';
const NOT_STAFF = { id: '29:1Yy', name: 'Visitor', aadObjectId: '0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e' };

const actionTitles = (call: ConnectorCall) => (adaptiveCard(call.body).actions ?? []).map((a: { title: string }) => a.title);

describe('Teams staff channel: ticket cards, staff replies delivered proactively, across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-teams-staff-'));
  let connector: FakeConnector;
  let running: RunningAssistant | undefined;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ dataDir });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (activity: unknown) => postActivity(running!.url, activity);
  const replyTo = (activity: { id: string }) => connector.waitFor((c) => c.route === 'reply' && c.activityId === activity.id);
  const cardAction = (cardId: string, value: Record<string, unknown>, from?: unknown) =>
    loadActivity('teams-staff-card-action', connector, {
      conversation: { isGroup: true, conversationType: 'channel', tenantId: '3f9d2c1e-8b47-4a6e-9c21-5d0e7f4a8b63', id: `${CHANNEL};messageid=${cardId}` },
      replyToId: cardId,
      value,
      ...(from ? { from } : {}),
    });

  let ticketId = '';
  let cardId = '';
  let asker: { conversation: { id: string } };

  it('lets only listed staff register the channel with "arcp staff-channel here"', async () => {
    const intruder = loadActivity('teams-staff-command', connector, { from: NOT_STAFF });
    await post(intruder);
    expect(activityText((await replyTo(intruder)).body)).toMatch(/Only secretariat staff/);

    const command = loadActivity('teams-staff-command', connector);
    expect((await post(command)).status).toBe(200);
    expect(activityText((await replyTo(command)).body)).toMatch(/This channel now receives the ARCP tickets/);
  });

  it('posts a card for a new ticket in the staff channel, as a new thread', async () => {
    const conversation = personalConversation('asker');
    const question = loadActivity('teams-personal-message-ar', connector, { conversation });
    await post(question);
    const answer = await replyTo(question);
    const ask = adaptiveCard(answer.body).actions.find((a: { data: { arcp: string } }) => a.data.arcp === 'ask-secretariat');
    const submit = loadActivity('teams-card-submit', connector, { conversation, locale: 'ar-EG', value: ask.data });
    await post(submit);
    await replyTo(submit);

    const card = await connector.waitFor((c) => c.route === 'send' && c.conversationId === CHANNEL);
    const text = activityText(card.body);
    ticketId = /ARCP-\d{5}/.exec(text)![0];
    cardId = card.responseId!;
    expect(text).toContain(question.text);
    expect(text).toMatch(/Layla Haddad/);
    expect(actionTitles(card)).toEqual(['Claim · استلام', 'Send reply · إرسال الرد', 'Close · إغلاق']);
    expect(adaptiveCard(card.body).body.find((e: { type: string }) => e.type === 'Container')).toMatchObject({ rtl: true });
    asker = question;
  });

  it('after a restart, takes Claim and Reply from the card and delivers the reply to the asker', async () => {
    await running!.stop();
    running = await startTeamsServer({ dataDir });
    connector.clear();

    expect((await post(cardAction(cardId, { arcp: 'staff', op: 'claim', ticketId }))).status).toBe(200);
    const claimed = await connector.waitFor((c) => c.route === 'update' && c.activityId === cardId);
    expect(claimed.conversationId).toBe(`${CHANNEL};messageid=${cardId}`);
    expect(activityText(claimed.body)).toMatch(/Claimed by · استلمه: Omar Khalil/);
    expect(actionTitles(claimed)).toEqual(['Send reply · إرسال الرد', 'Close · إغلاق']);

    const answer = 'تمت إحالة طلبكم إلى وحدة الهجرة، وسنرسل إليكم البيان الختامي لعام 2016 خلال يومين.';
    connector.clear();
    expect((await post(cardAction(cardId, { arcp: 'staff', op: 'reply', ticketId, answer }))).status).toBe(200);
    const delivered = await connector.waitFor((c) => c.conversationId === asker.conversation.id);
    expect(delivered.route).toBe('send');
    const card = adaptiveCard(delivered.body);
    expect(card.rtl).toBe(true);
    expect(activityText(delivered.body)).toContain(answer);
    expect(activityText(delivered.body)).toMatch(/ردّ الأمانة الفنية/);
    expect(activityText(delivered.body)).toContain(ticketId);

    const ticket = await running!.app.tickets.get(ticketId);
    expect(ticket).toMatchObject({ status: 'answered', answeredBy: 'Omar Khalil', answer });
    expect(ticket!.deliveredAt).toBeDefined();
    const updated = await connector.waitFor((c) => c.route === 'update' && /Delivered to the asker/.test(activityText(c.body)));
    expect(updated.activityId).toBe(cardId);
  });

  it('refuses ticket actions from people not on the staff list and outside the staff channel', async () => {
    connector.clear();
    const intruder = cardAction(cardId, { arcp: 'staff', op: 'close', ticketId }, NOT_STAFF);
    await post(intruder);
    expect(activityText((await replyTo(intruder)).body)).toMatch(/Only secretariat staff/);
    const elsewhere = loadActivity('teams-staff-card-action', connector, {
      conversation: personalConversation('staff-dm'), value: { arcp: 'staff', op: 'close', ticketId },
    });
    await post(elsewhere);
    expect(activityText((await replyTo(elsewhere)).body)).toMatch(/only in the registered staff channel/);
    expect((await running!.app.tickets.get(ticketId))!.status).toBe('answered');
  });

  it('tells staff when an action does not apply, and closes on Close', async () => {
    connector.clear();
    const claimAgain = cardAction(cardId, { arcp: 'staff', op: 'claim', ticketId });
    await post(claimAgain);
    expect(activityText((await replyTo(claimAgain)).body)).toMatch(/could not be done.*answered/s);
    await post(cardAction(cardId, { arcp: 'staff', op: 'close', ticketId }));
    const closed = await connector.waitFor((c) => c.route === 'update' && actionTitles(c).includes('Reopen · إعادة فتح'));
    expect(activityText(closed.body)).toMatch(/closed/);
    expect((await running!.app.tickets.get(ticketId))!.status).toBe('closed');
  });
});

describe('Teams: a staff reply the connector refused is delivered after a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'arcp-teams-redeliver-'));
  let connector: FakeConnector;
  let running: RunningAssistant | undefined;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer({ dataDir, env: { ARCP_SLA_HOURS: '0.0001' } });
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reminds staff in the ticket thread; keeps an undelivered answer, shows it on the card, sends it when the server is back', async () => {
    await postActivity(running!.url, loadActivity('teams-staff-command', connector));
    const conversation = personalConversation('outage');
    const question = loadActivity('teams-personal-message-en', connector, { conversation, text: 'I would like to speak to someone at the secretariat about our delegation.' });
    await postActivity(running!.url, question);
    const card = await connector.waitFor((c) => c.route === 'send' && c.conversationId === CHANNEL);
    const ticketId = /ARCP-\d{5}/.exec(activityText(card.body))![0];

    // Past the SLA (0.36 s here), staff are reminded once, in the ticket's thread.
    await new Promise((r) => setTimeout(r, 500));
    await running!.app.staff.remindOverdue();
    const reminder = await connector.waitFor((c) => c.route === 'send' && c.conversationId === `${CHANNEL};messageid=${card.responseId}`);
    expect(activityText(reminder.body)).toMatch(new RegExp(`Reminder: this ticket is waiting.*${ticketId}`));

    // The Teams service refuses the delivery (403: the bot was removed from the chat, say).
    connector.failNext(403);
    const reply = loadActivity('teams-staff-card-action', connector, {
      conversation: { isGroup: true, conversationType: 'channel', id: `${CHANNEL};messageid=${card.responseId}` },
      replyToId: card.responseId,
      value: { arcp: 'staff', op: 'reply', ticketId, answer: 'Our colleague will call you tomorrow morning.' },
    });
    expect((await postActivity(running!.url, reply)).status).toBe(200);
    const undelivered = await connector.waitFor((c) => c.route === 'update' && /Not yet delivered/.test(activityText(c.body)));
    expect(undelivered.activityId).toBe(card.responseId);
    expect((await running!.app.tickets.get(ticketId))!.deliveredAt).toBeUndefined();

    await running!.stop();
    connector.clear();
    running = await startTeamsServer({ dataDir });
    const delivered = await connector.waitFor((c) => c.route === 'send' && c.conversationId === conversation.id);
    expect(activityText(delivered.body)).toContain('Our colleague will call you tomorrow morning.');
    await expect.poll(async () => (await running!.app.tickets.get(ticketId))!.deliveredAt).toBeDefined();
  });

  it('a staff answer with a document shows a link on the card to a signed download of it, which gives the file', async () => {
    const conversation = personalConversation('minutes');
    const question = loadActivity('teams-personal-message-en', connector, { conversation, text: 'I would like to speak to someone at the secretariat about the minutes.' });
    await postActivity(running!.url, question);
    const card = await connector.waitFor((c) => c.route === 'send' && c.conversationId === CHANNEL && /speak to someone at the secretariat about the minutes/.test(activityText(c.body)));
    const ticketId = /ARCP-\d{5}/.exec(activityText(card.body))![0];
    const docx = docxOf('<w:document><w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>');
    connector.clear();
    await running!.app.staff.reply(ticketId, 'Omar Khalil', 'The minutes are attached.', { attachment: { filename: 'minutes.docx', bytes: docx } });
    const delivered = await connector.waitFor((c) => c.route === 'send' && c.conversationId === conversation.id);
    const text = activityText(delivered.body);
    expect(text).toContain('The minutes are attached.');
    const link = /📎 Attachment: \[minutes\.docx\]\((http:\/\/[^)]+\/files\/[^)]+)\) \(\d+ KB\)/.exec(text);
    expect(link).not.toBeNull();
    const download = await fetch(link![1]!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), docx)).toBe(0);
  });
});
