import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBidiMarks } from '../../adapters/slack/bidi.js';
import { FAKE_TEAM, type RecordedCall } from '../fixtures/slack/fake-slack-api.js';
import { blockTexts, sleep, STAFF_CHANNEL, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { blockActions, mentionEvent } from '../fixtures/slack/payloads.js';
import { postEvent, postInteraction } from '../fixtures/slack/signing.js';

describe('Slack: the buttons under a reply', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.stop());

  /** Asks in a new thread and returns the thread's root ts and the posted answer. */
  async function ask(question: string): Promise<{ root: string; answer: RecordedCall }> {
    const event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ${question}` });
    await postEvent(h.eventsUrl, event);
    const answer = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === event.event.ts && Array.isArray(a.blocks));
    return { root: event.event.ts, answer };
  }

  function click(actionId: string, root: string, answer: RecordedCall) {
    const button = answer.args.blocks.find((b: any) => b.type === 'actions').elements.find((e: any) => e.action_id === actionId);
    return postInteraction(h.eventsUrl, blockActions({ actionId, value: button.value, channel: 'C0GENERAL', messageTs: answer.response!.ts, threadTs: root, blocks: answer.args.blocks }));
  }

  const repliesIn = (root: string) => h.fake.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === root);

  /** The click on a button of an ephemeral message, as Slack sends it: no `message`, the container says so. */
  function clickEphemeral(actionId: string, posted: RecordedCall) {
    const button = posted.args.blocks.find((b: any) => b.type === 'actions').elements.find((e: any) => e.action_id === actionId);
    const payload: any = blockActions({ actionId, value: button.value, channel: posted.args.channel, messageTs: posted.response!.message_ts });
    delete payload.message;
    payload.container = { type: 'message', message_ts: posted.response!.message_ts, channel_id: posted.args.channel, is_ephemeral: true };
    return postInteraction(h.eventsUrl, payload);
  }

  it('👍 records the feedback and thanks only the person who clicked, once; the channel sees nothing', async () => {
    const { root, answer } = await ask('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const res = await click('arcp_feedback_up', root, answer);
    expect(res.status).toBe(200);
    const thanks = await h.fake.waitFor('chat.postEphemeral', (a) => a.thread_ts === root);
    expect(thanks.args).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER1' });
    expect(stripBidiMarks(String(thanks.args.text))).toContain('نشكركم على ملاحظاتكم');
    const feedback = h.running.app.db.prepare('SELECT helpful FROM feedback WHERE reply_id = ?').all(JSON.parse(answer.args.blocks.at(-1).elements[0].value).r);
    expect(feedback).toEqual([{ helpful: 1 }]);
    await click('arcp_feedback_up', root, answer);
    await sleep(300);
    expect(repliesIn(root)).toHaveLength(1);
    expect(h.fake.callsOf('chat.postEphemeral').filter((c) => c.args.thread_ts === root)).toHaveLength(1);
    expect(h.fake.callsOf('chat.update').filter((c) => c.args.ts === answer.response!.ts)).toHaveLength(0);
  });

  it('👎 offers the secretariat to the clicker alone; its button files the question of the answer judged', async () => {
    const { root, answer } = await ask('What is the Arab position on the Global Compact for Migration?');
    await click('arcp_feedback_down', root, answer);
    const offer = await h.fake.waitFor('chat.postEphemeral', (a) => a.thread_ts === root && String(a.text).includes('We regret that this answer did not meet your needs'));
    expect(offer.args.user).toBe('U0ASKER1');
    const buttons = offer.args.blocks.find((b: any) => b.type === 'actions').elements.map((e: any) => e.text.text);
    expect(buttons).toEqual(['Ask the secretariat']);
    await sleep(200);
    expect(repliesIn(root)).toHaveLength(1);
    expect((await clickEphemeral('arcp_ask_secretariat', offer)).status).toBe(200);
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === root && /ARCP-\d{5}/.test(String(a.text)));
    const ticket = await h.running.app.tickets.get(/ARCP-\d{5}/.exec(confirmation.args.text)![0]);
    expect(ticket).toMatchObject({ question: 'What is the Arab position on the Global Compact for Migration?', ref: { conversationId: `C0GENERAL:${root}` } });
  });

  it('"Ask the secretariat" opens a ticket for the question, tells the asker its number and posts it to the staff channel', async () => {
    const { root, answer } = await ask('What is the Arab position on the Global Compact for Migration?');
    await click('arcp_ask_secretariat', root, answer);
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === root && /ARCP-\d{5}/.test(String(a.text)));
    const ticketId = /ARCP-\d{5}/.exec(confirmation.args.text)![0];
    const staffPost = await h.fake.waitFor('chat.postMessage', (a) => a.channel === STAFF_CHANNEL && String(a.text).includes(ticketId));
    expect(blockTexts(staffPost.args.blocks).join('\n')).toContain('Global Compact for Migration');
    const ticket = await h.running.app.tickets.get(ticketId);
    expect(ticket).toMatchObject({ channel: 'slack', question: 'What is the Arab position on the Global Compact for Migration?', ref: { conversationId: `C0GENERAL:${root}` } });
  });
});
