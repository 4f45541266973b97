import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBidiMarks } from '../../adapters/slack/bidi.js';
import { FAKE_TEAM, type RecordedCall } from '../fixtures/slack/fake-slack-api.js';
import { arabicTicket, sleep, STAFF_CHANNEL, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { directMessageEvent, mentionEvent } from '../fixtures/slack/payloads.js';
import { postEvent } from '../fixtures/slack/signing.js';

/**
 * A staff answer reaches the asker's Slack thread exactly once, even when Slack took the post but its
 * answer was lost: the post is not repeated by the Web API client, and the queue's retry first looks in the
 * thread for a message carrying the delivery's id (message metadata) and finds it there.
 */
describe('Slack: a staff answer is posted once, even when Slack\u2019s answer to the post is lost', () => {
  let h: SlackHarness;
  // A retry comes 0.2 s after a failed attempt, so that redeliveries are seen at once.
  beforeAll(async () => (h = await startSlackHarness({ ARCP_DELIVERY_RETRY_BASE_MS: '200' })));
  afterAll(async () => h?.stop());

  const answer = 'تم تسجيل وفدكم في الاجتماع القادم، وسنوافيكم بجدول الأعمال.';

  const request = 'أرجو تسجيل وفد بلادي في الاجتماع القادم';

  const isAnswer = (a: Record<string, any>) => stripBidiMarks(String(a.text)).includes('تم تسجيل وفدكم');
  /** The answer as the asker's thread holds it: the posts Slack took (whether or not its answer came back). */
  const inThread = (channel: string, thread: string) => h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === thread && c.response?.ok && isAnswer(c.args));
  const lookups = (channel: string) => [...h.fake.callsOf('conversations.replies'), ...h.fake.callsOf('conversations.history')].filter((c) => c.args.channel === channel);
  const staffAnswer = async () => (await h.running.app.deliveries.list()).filter((d) => d.kind === 'staff-answer');

  it('a first attempt that Slack answers posts once, with the delivery id in its metadata, and looks nothing up', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0ONCE01', request);
    expect((await h.running.app.staff.reply(ticketId, 'كريم', answer)).delivered).toBe(true);
    const posts = inThread('D0ONCE01', thread);
    expect(posts).toHaveLength(1);
    const delivery = (await staffAnswer()).find((d) => d.payload && d.ref?.replyHandle.channel === 'D0ONCE01');
    expect(posts[0].args.metadata).toEqual({ event_type: 'arcp_delivery', event_payload: { delivery_id: delivery!.id } });
    expect(lookups('D0ONCE01')).toHaveLength(0);
  });

  it('the answer to the post lost (connection cut): the thread holds the answer once, recorded as delivered with its ts', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0ONCE02', request);
    h.fake.dropAnswerNext('chat.postMessage', (a) => a.channel === 'D0ONCE02' && isAnswer(a));
    expect((await h.running.app.staff.reply(ticketId, 'كريم', answer)).delivered).toBe(false);
    await expect.poll(async () => (await h.running.app.tickets.get(ticketId))?.deliveredAt, { timeout: 10_000 }).toBeDefined();
    const posts = inThread('D0ONCE02', thread);
    expect(posts).toHaveLength(1);
    // One try only: the Web API client did not repeat the post whose answer it never got.
    expect(h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0ONCE02' && isAnswer(c.args))).toHaveLength(1);
    const [lookup] = lookups('D0ONCE02');
    expect(lookup.method).toBe('conversations.replies');
    expect(lookup.args).toMatchObject({ ts: thread, include_all_metadata: 'true', limit: '50' });
    const delivery = (await staffAnswer()).find((d) => d.ref?.replyHandle.channel === 'D0ONCE02')!;
    expect(delivery).toMatchObject({ status: 'sent', externalId: `D0ONCE02:${posts[0].response!.ts}` });
  });

  it('Slack down when the retry looks for the post: retried later, neither dropped nor posted twice', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0ONCE03', request);
    h.fake.dropAnswerNext('chat.postMessage', (a) => a.channel === 'D0ONCE03' && isAnswer(a));
    h.fake.dropAnswerNext('conversations.replies', (a) => a.channel === 'D0ONCE03');
    h.fake.dropAnswerNext('conversations.replies', (a) => a.channel === 'D0ONCE03');
    await h.running.app.staff.reply(ticketId, 'كريم', answer);
    await expect.poll(async () => (await h.running.app.tickets.get(ticketId))?.deliveredAt, { timeout: 10_000 }).toBeDefined();
    expect(inThread('D0ONCE03', thread)).toHaveLength(1);
    const answered = (c: RecordedCall) => (c.dropped ? 'cut' : c.response?.messages?.length);
    // Each cut lookup counted as a failed attempt; the third found the post (the only message in the thread).
    expect(lookups('D0ONCE03').map(answered)).toEqual(['cut', 'cut', 1]);
    const delivery = (await staffAnswer()).find((d) => d.ref?.replyHandle.channel === 'D0ONCE03')!;
    expect(delivery).toMatchObject({ status: 'sent', attempts: 4 });
    expect(h.logs.filter((l) => l.deliveryId === delivery.id && /asking again later/.test(l.msg))).toHaveLength(2);
  });

  it('a post Slack refused (its answer came back) is posted again after a lookup that finds nothing', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0ONCE04', request);
    h.fake.failNext('chat.postMessage', 'service_unavailable', (a) => a.channel === 'D0ONCE04' && isAnswer(a));
    await h.running.app.staff.reply(ticketId, 'كريم', answer);
    await expect.poll(() => inThread('D0ONCE04', thread).length, { timeout: 10_000 }).toBe(1);
    expect(lookups('D0ONCE04')).toHaveLength(1);
    await expect.poll(async () => (await h.running.app.tickets.get(ticketId))?.deliveredAt, { timeout: 5000 }).toBeDefined();
  });

  it('in a public channel, without channels:history: the retry cannot look, says which scope is missing, and posts again', async () => {
    const mention = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> I would like to register our delegation for the next meeting`, channel: 'C0ONCE05' });
    await postEvent(h.eventsUrl, mention);
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.channel === 'C0ONCE05' && /ARCP-\d{5}/.test(String(a.text)));
    const ticketId = /ARCP-\d{5}/.exec(confirmation.args.text)![0];
    h.fake.scopes.delete('channels:history');
    try {
      h.fake.failNext('chat.postMessage', 'service_unavailable', (a) => a.channel === 'C0ONCE05' && isAnswer(a));
      await h.running.app.staff.reply(ticketId, 'Enas', answer);
      await expect.poll(() => inThread('C0ONCE05', mention.event.ts).length, { timeout: 10_000 }).toBe(1);
      expect(lookups('C0ONCE05').map((c) => c.response?.error)).toEqual(['missing_scope']);
      const warning = h.logs.find((l) => l.channelId === 'C0ONCE05' && l.slackError === 'missing_scope');
      expect(warning?.level).toBe(40);
      expect(warning?.msg).toMatch(/add the history scopes of adapters\/slack\/manifest\.yaml/);
    } finally {
      h.fake.scopes.add('channels:history');
    }
  });

  it('the staff channel’s ticket message, its post’s answer lost: posted once, and later edits go to that one message', async () => {
    const question = 'I would like to submit a contribution on labour mobility to the twelfth meeting';
    const isTicket = (a: Record<string, any>) => a.channel === STAFF_CHANNEL && a.thread_ts === undefined && String(a.text).includes('labour mobility');
    h.fake.dropAnswerNext('chat.postMessage', isTicket);
    const mention = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ${question}`, channel: 'C0ONCE06' });
    await postEvent(h.eventsUrl, mention);
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.channel === 'C0ONCE06' && /ARCP-\d{5}/.test(String(a.text)));
    const ticketId = /ARCP-\d{5}/.exec(confirmation.args.text)![0];
    const notice = async () => (await h.running.app.deliveries.list()).find((d) => d.kind === 'staff-notice' && d.payload.ticketId === ticketId && d.payload.event === 'opened');
    await expect.poll(async () => (await notice())?.status, { timeout: 10_000 }).toBe('sent');
    const posts = h.fake.callsOf('chat.postMessage').filter((c) => isTicket(c.args) && c.response?.ok);
    expect(posts).toHaveLength(1);
    expect(posts[0].dropped).toBe(true);
    expect(posts[0].args.metadata).toEqual({ event_type: 'arcp_delivery', event_payload: { delivery_id: (await notice())!.id } });
    expect(lookups(STAFF_CHANNEL).map((c) => c.method)).toEqual(['conversations.history']);
    // The message found is the ticket's: answering the ticket edits it in place, no second message.
    await h.running.app.staff.reply(ticketId, 'Enas', 'Your contribution is welcome; please send it by 1 March.');
    await h.fake.waitFor('chat.update', (a) => a.channel === STAFF_CHANNEL && a.ts === posts[0].response!.ts);
    expect(h.fake.callsOf('chat.postMessage').filter((c) => isTicket(c.args))).toHaveLength(1);
  });

  it('a reply in the turn, its post’s answer lost: the DM holds it once, found by its reply id instead of posted again', async () => {
    const dm = directMessageEvent({ text: 'متى عقد الاجتماع الأول للعملية التشاورية العربية الإقليمية؟', channel: 'D0ONCE07', user: 'U0ONCE07' });
    h.fake.dropAnswerNext('chat.postMessage', (a) => a.channel === 'D0ONCE07');
    await postEvent(h.eventsUrl, dm);
    const lookup = await h.fake.waitFor('conversations.history', (a) => a.channel === 'D0ONCE07');
    expect(lookup.args.include_all_metadata).toBe('true');
    await sleep(300);
    const posts = h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0ONCE07');
    expect(posts).toHaveLength(1);
    expect(posts[0].dropped).toBe(true);
    expect(posts[0].args.metadata).toMatchObject({ event_type: 'arcp_delivery', event_payload: { delivery_id: expect.stringMatching(/^reply:/) } });
  });
});
