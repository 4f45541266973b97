import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector, type ConnectorCall } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const CHANNEL = '19:5b0c8e2f4a9d4c7e8b1f3a6d9c2e5f8a@thread.tacv2';
const STAFF_USER = '29:1Pz4Lk8Qw2Nx6Rt0Ys3Vb9Hc5Jd7Fm1Ga8Ue4Io2Kp6Wn0Xr3Tz';
const STAFF = { id: STAFF_USER, name: 'Omar Khalil', aadObjectId: 'd7e2f1a9-3c4b-4e58-8a06-b9c1d2e3f4a5' };
const NOT_STAFF = { id: '29:1Yy', name: 'Visitor', aadObjectId: '0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e' };
const QUESTION = 'What is the Arab position on the Global Compact for Migration?';
const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

type Action = { type: string; title: string; verb?: string; data: Record<string, unknown>; fallback?: Record<string, unknown> };

/** Issue 15 item 1: Action.Execute buttons, answered with the card refreshed in the invoke response. */
describe('Teams Universal Actions (adaptiveCard/action invokes)', () => {
  let running: RunningAssistant;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
    running = await startTeamsServer();
  });
  afterAll(async () => {
    await running?.stop();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  const replyTo = (activity: { id: string }) => connector.waitFor((c) => c.route === 'reply' && c.activityId === activity.id);

  async function invoke(action: { verb: unknown; data: unknown }, overrides: Record<string, unknown> = {}) {
    const activity = loadActivity('teams-invoke-card-action', connector, { value: { action: { type: 'Action.Execute', id: '', ...action }, trigger: 'manual' }, ...overrides });
    const res = await postActivity(running.url, activity);
    return { activity, status: res.status, body: res.status === 200 ? await res.json() : await res.text() };
  }

  async function answered(conversation: Record<string, unknown>, text = QUESTION, locale = 'en-US'): Promise<ConnectorCall> {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation, text, locale });
    await postActivity(running.url, activity);
    return replyTo(activity);
  }

  const press = (a: Action, conversation: Record<string, unknown>, replyToId?: string) => invoke({ verb: a.verb, data: a.data }, { conversation, replyToId });

  it('gives every button of an answer card Action.Execute with a verb, and Action.Submit as the fallback for old clients', async () => {
    const card = adaptiveCard((await answered(personalConversation('buttons'))).body);
    for (const action of card.actions as Action[]) {
      expect(action.type).toBe('Action.Execute');
      expect(action.verb).toBe(action.data.arcp);
      expect(action.fallback).toEqual({ type: 'Action.Submit', title: action.title, data: action.data });
    }
  });

  it('👍 answers with the same answer card, its buttons replaced by thanks, and posts nothing', async () => {
    const conversation = personalConversation('up');
    const answer = await answered(conversation);
    const up = (adaptiveCard(answer.body).actions as Action[])[0];
    const { activity, status, body } = await press(up, conversation, answer.responseId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: CARD_TYPE });
    const shown = activityText(body.value);
    expect(shown).toContain(activityText(adaptiveCard(answer.body)).split('\n')[0]);
    expect(shown).toMatch(/Thank you/);
    expect(body.value.actions).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(connector.calls.filter((c) => c.activityId === activity.id)).toEqual([]);
    expect(await running.app.audit.feedbackOn((up.data as { replyId: string }).replyId)).toMatchObject([{ helpful: true }]);
  });

  it('👎 then "Ask the secretariat" refresh the card twice and file the question the card answered', async () => {
    const conversation = personalConversation('down');
    const answer = await answered(conversation);
    const down = (adaptiveCard(answer.body).actions as Action[])[1];
    const offered = await press(down, conversation, answer.responseId);
    const ask = (offered.body.value.actions as Action[]).find((a) => a.verb === 'ask-secretariat')!;
    expect(ask).toMatchObject({ type: 'Action.Execute', fallback: { type: 'Action.Submit' } });
    expect(activityText(offered.body.value)).toMatch(/Global Compact/);

    const filed = await press(ask, conversation, answer.responseId);
    expect(filed.status).toBe(200);
    const shown = activityText(filed.body.value);
    const ticketId = /ARCP-\d{5}/.exec(shown)![0];
    expect(shown).toMatch(/Global Compact/);
    expect(filed.body.value.actions).toBeUndefined();
    expect(await running.app.tickets.get(ticketId)).toMatchObject({ question: QUESTION, channel: 'teams' });

    // Teams retries an invoke it got no answer to: the same card again, no second ticket.
    const again = await postActivity(running.url, filed.activity);
    expect(activityText((await again.json()).value)).toContain(ticketId);
    expect((await running.app.tickets.list({})).filter((t) => t.question === QUESTION && t.ref.conversationId === conversation.id)).toHaveLength(1);
  });

  it('answers an Arabic card in Arabic, right to left', async () => {
    const conversation = personalConversation('ar');
    const answer = await answered(conversation, 'ما هو الموقف العربي من الاتفاق العالمي للهجرة؟', 'ar-EG');
    const up = (adaptiveCard(answer.body).actions as Action[])[0];
    const { body } = await press(up, conversation, answer.responseId);
    expect(body.value.rtl).toBe(true);
    expect(activityText(body.value)).toMatch(/نشكركم على ملاحظاتكم/);
  });

  it('an unknown verb, data not ours or a verb that does not match its data get a card saying so (200)', async () => {
    for (const action of [
      { verb: 'approve', data: { request: 7 } },
      { verb: 'feedback', data: { arcp: 'ask-secretariat', lang: 'en' } },
      { verb: 42, data: null },
    ]) {
      const { status, body } = await invoke(action, { conversation: personalConversation('unknown') });
      expect(status).toBe(200);
      expect(body).toMatchObject({ statusCode: 200, type: CARD_TYPE });
      expect(activityText(body.value)).toMatch(/no longer recognised/);
      expect(activityText(body.value)).toMatch(/لم يعد هذا الزر معروفاً/);
    }
  });

  it('an invoke without an action, or of another action type, gets 400 with an error body, not a 5xx', async () => {
    const noAction = loadActivity('teams-invoke-card-action', connector, { value: { trigger: 'manual' } });
    const res = await postActivity(running.url, noAction);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'application/vnd.microsoft.error' });
    const submitType = await invoke({ verb: 'feedback', data: {} }, {});
    expect(submitType.status).toBe(200);
    const other = loadActivity('teams-invoke-card-action', connector, { value: { action: { type: 'Action.Submit', data: {} } } });
    expect((await postActivity(running.url, other)).status).toBe(400);
  });

  describe('staff ticket cards', () => {
    let ticketId = '';
    let cardId = '';

    const staffPress = (verb: string, data: Record<string, unknown>, from = STAFF) =>
      invoke({ verb, data }, { from, conversation: { isGroup: true, conversationType: 'channel', tenantId: '3f9d2c1e-8b47-4a6e-9c21-5d0e7f4a8b63', id: `${CHANNEL};messageid=${cardId}` }, replyToId: cardId });

    beforeAll(async () => {
      const command = loadActivity('teams-staff-command', connector);
      await postActivity(running.url, command);
      await replyTo(command);
      const conversation = personalConversation('asker');
      const answer = await answered(conversation);
      const ask = (adaptiveCard(answer.body).actions as Action[]).at(-1)!;
      ticketId = /ARCP-\d{5}/.exec(activityText((await press(ask, conversation, answer.responseId)).body.value))![0];
      const card = await connector.waitFor((c) => c.route === 'send' && c.conversationId === CHANNEL && activityText(c.body).includes(ticketId));
      cardId = card.responseId!;
      const actions = adaptiveCard(card.body).actions as Action[];
      expect(actions.map((a) => a.verb)).toEqual(['staff.claim', 'staff.reply', 'staff.close']);
      expect(actions.every((a) => a.type === 'Action.Execute' && a.fallback?.type === 'Action.Submit')).toBe(true);
    });

    it('Claim answers with the card drawn for the one who claimed, and updates it in place for everyone', async () => {
      const { status, body } = await staffPress('staff.claim', { arcp: 'staff', op: 'claim', ticketId });
      expect(status).toBe(200);
      const mine = body.value;
      expect(activityText(mine)).toMatch(/You claimed this ticket/);
      expect(activityText(mine)).toMatch(/Omar Khalil/);
      expect(mine.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'staff.refresh' }, userIds: [STAFF_USER] });
      expect((mine.actions as Action[]).map((a) => a.verb)).toEqual(['staff.reply', 'staff.close']);
      const shared = await connector.waitFor((c) => c.route === 'update' && c.activityId === cardId);
      expect(activityText(shared.body)).not.toMatch(/You claimed/);
      expect(adaptiveCard(shared.body).refresh.userIds).toEqual([STAFF_USER]);
    });

    it('a refresh gives each listed staff member their own view', async () => {
      const { body } = await staffPress('staff.refresh', { arcp: 'staff', op: 'refresh', ticketId });
      expect(activityText(body.value)).toMatch(/You claimed this ticket/);
      const colleague = { id: '29:1Colleague', name: 'Huda Saleh', aadObjectId: 'd7e2f1a9-3c4b-4e58-8a06-b9c1d2e3f4a5' };
      const other = await staffPress('staff.refresh', { arcp: 'staff', op: 'refresh', ticketId }, colleague);
      expect(activityText(other.body.value)).not.toMatch(/You claimed/);
      expect(activityText(other.body.value)).toMatch(/Claimed by.*Omar Khalil/);
    });

    it('Send reply with the typed answer delivers it to the asker; the card shows it was delivered', async () => {
      const { body } = await staffPress('staff.reply', { arcp: 'staff', op: 'reply', ticketId, answer: 'The secretariat will send the statement today.' });
      expect(activityText(body.value)).toMatch(/The secretariat will send the statement today/);
      await connector.waitFor((c) => c.route === 'send' && activityText(c.body).includes('The secretariat will send the statement today'));
      expect((await running.app.tickets.get(ticketId))!.status).toBe('answered');
    });

    it('an unknown ticket, a refused transition and someone not on the staff list get a card saying so', async () => {
      const missing = await staffPress('staff.claim', { arcp: 'staff', op: 'claim', ticketId: 'ARCP-99999' });
      expect(missing.status).toBe(200);
      expect(activityText(missing.body.value)).toMatch(/No such ticket: ARCP-99999/);
      await staffPress('staff.close', { arcp: 'staff', op: 'close', ticketId });
      const refused = await staffPress('staff.claim', { arcp: 'staff', op: 'claim', ticketId });
      expect(activityText(refused.body.value)).toMatch(/The action could not be done/);
      expect((refused.body.value.actions as Action[]).map((a) => a.verb)).toEqual(['staff.reopen']);
      const intruder = await staffPress('staff.reopen', { arcp: 'staff', op: 'reopen', ticketId }, NOT_STAFF);
      expect(activityText(intruder.body.value)).toMatch(/Only secretariat staff/);
      expect((await running.app.tickets.get(ticketId))!.status).toBe('closed');
    });
  });
});
