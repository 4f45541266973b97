import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAssistant } from '../../src/main.js';
import { activityText, adaptiveCard, FakeConnector, type ConnectorCall } from '../fixtures/teams/fake-connector.js';
import { loadActivity, personalConversation, postActivity, startTeamsServer } from '../fixtures/teams/harness.js';

const FIRST = 'What is the Arab position on the Global Compact for Migration?';
const SECOND = 'ما موقف الدول العربية من عودة اللاجئين السوريين؟';

/** Issue 15 item 2: the ticket takes the question of the reply the button sits under, wherever it is pressed. */
describe('Teams: "Ask the secretariat" files the question its card answered', () => {
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

  const replyTo = (activity: { id: string }) => connector.waitFor((c) => c.route === 'reply' && c.activityId === activity.id);
  const askData = (call: ConnectorCall) => adaptiveCard(call.body).actions.find((a: { data: { arcp: string } }) => a.data.arcp === 'ask-secretariat').data;

  async function ask(text: string, conversation: Record<string, unknown>, locale: string): Promise<ConnectorCall> {
    const activity = loadActivity('teams-personal-message-en', connector, { conversation, text, locale });
    expect((await postActivity(running.url, activity)).status).toBe(200);
    return replyTo(activity);
  }

  async function press(data: unknown, conversation: Record<string, unknown>, card: ConnectorCall): Promise<string> {
    const submit = loadActivity('teams-card-submit', connector, { conversation, value: data, replyToId: card.responseId });
    expect((await postActivity(running.url, submit)).status).toBe(200);
    const confirmation = await replyTo(submit);
    return /ARCP-\d{5}/.exec(activityText(confirmation.body))![0];
  }

  it('the button under the first answer files the first question, after a later question in another conversation', async () => {
    const one = personalConversation('first');
    const two = personalConversation('second');
    const firstCard = await ask(FIRST, one, 'en-US');
    const secondCard = await ask(SECOND, two, 'ar-EG');

    const firstTicket = await running.app.tickets.get(await press(askData(firstCard), one, firstCard));
    expect(firstTicket).toMatchObject({ question: FIRST, lang: 'en' });
    expect(firstTicket!.ref.conversationId).toBe(one.id);

    const secondTicket = await running.app.tickets.get(await press(askData(secondCard), two, secondCard));
    expect(secondTicket).toMatchObject({ question: SECOND, lang: 'ar' });
  });

  it('a card pressed in another conversation (forwarded) still files its own question, not that conversation\'s last', async () => {
    const one = personalConversation('origin');
    const two = personalConversation('elsewhere');
    const firstCard = await ask(FIRST, one, 'en-US');
    await ask(SECOND, two, 'ar-EG');
    const ticket = await running.app.tickets.get(await press(askData(firstCard), two, firstCard));
    expect(ticket!.question).toBe(FIRST);
    expect(ticket!.question).not.toBe('');
  });

  it('the button of the offer after 👎 files the question of the answer judged', async () => {
    const one = personalConversation('judged');
    const firstCard = await ask(FIRST, one, 'en-US');
    await ask(SECOND, one, 'ar-EG');
    const thumbsDown = adaptiveCard(firstCard.body).actions.find((a: { data: { helpful?: boolean } }) => a.data.helpful === false).data;
    const vote = loadActivity('teams-card-submit', connector, { conversation: one, value: thumbsDown, replyToId: firstCard.responseId });
    await postActivity(running.url, vote);
    const offer = await replyTo(vote);
    const ticket = await running.app.tickets.get(await press(askData(offer), one, offer));
    expect(ticket!.question).toBe(FIRST);
  });
});
