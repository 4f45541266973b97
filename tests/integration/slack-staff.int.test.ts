import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripBidiMarks } from '../../adapters/slack/bidi.js';
import { openDatabase } from '../../src/store/db.js';
import { StaffMessages } from '../../adapters/slack/staff-messages.js';
import { scopeOf } from '../../src/channel/channel-state.js';
import { SqliteChannelState } from '../../src/store/channel-state-store.js';
import { FAKE_TEAM, type RecordedCall } from '../fixtures/slack/fake-slack-api.js';
import { blockTexts, arabicTicket, sleep, STAFF_CHANNEL, startSlackHarness, type SlackHarness } from '../fixtures/slack/harness.js';
import { blockActions, directMessageEvent, mentionEvent, STAFF_USER, viewSubmission } from '../fixtures/slack/payloads.js';
import { postEvent, postInteraction } from '../fixtures/slack/signing.js';
import { pdfWithArabicLines } from '../support/pdf.js';

describe('Slack: the staff channel claims, answers and closes tickets', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    // A ticket is overdue after 0.36 s here, so that a reminder can be seen without faking the clock.
    h = await startSlackHarness({ ARCP_SLA_HOURS: '0.0001' });
  });
  afterAll(async () => h?.stop());

  /** A request the core turns into a ticket; returns the asker's thread, the ticket id and its staff message. */
  async function openTicket(text: string, event = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ${text}` })) {
    await postEvent(h.eventsUrl, event);
    const thread = event.event.type === 'app_mention' ? event.event.ts : undefined;
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.channel === event.event.channel && a.thread_ts === thread && /ARCP-\d{5}/.test(String(a.text)));
    const ticketId = /ARCP-\d{5}/.exec(confirmation.args.text)![0];
    const staffPost = await h.fake.waitFor('chat.postMessage', (a) => a.channel === STAFF_CHANNEL && String(a.text).includes(ticketId));
    return { event, ticketId, staffPost, staffTs: staffPost.response!.ts as string };
  }

  const staffClick = (actionId: string, ticketId: string, staffTs: string, channel = STAFF_CHANNEL) =>
    postInteraction(h.eventsUrl, blockActions({ actionId, value: ticketId, channel, messageTs: staffTs, user: STAFF_USER }));

  const updatesOf = (ts: string) => h.fake.callsOf('chat.update').filter((c) => c.args.ts === ts);
  const statusOf = (update: RecordedCall) => blockTexts(update.args.blocks).map(stripBidiMarks).join('\n');

  it('posts a new ticket with the question, the asker and Claim / Reply / Close', async () => {
    const { staffPost, ticketId } = await openTicket('I would like to register our delegation for the next ARCP meeting');
    const texts = blockTexts(staffPost.args.blocks).join('\n');
    expect(texts).toContain(ticketId);
    expect(texts).toContain('register our delegation');
    expect(texts).toContain('<@U0ASKER1>');
    const actions = staffPost.args.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.text.text)).toEqual(['Claim', 'Reply', 'Close']);
  });

  it('Claim updates the ticket message in place with the staff member\u2019s display name', async () => {
    const { ticketId, staffTs } = await openTicket('Please send me the documents of the ninth meeting');
    expect((await staffClick('arcp_staff_claim', ticketId, staffTs)).status).toBe(200);
    const update = await h.fake.waitFor('chat.update', (a) => a.ts === staffTs && a.channel === STAFF_CHANNEL);
    expect(statusOf(update)).toContain('Claimed by Enas');
    expect(update.args.blocks.find((b: any) => b.type === 'actions').elements.map((e: any) => e.text.text)).toEqual(['Reply', 'Close']);
    expect(await h.running.app.tickets.get(ticketId)).toMatchObject({ status: 'claimed', claimedBy: 'Enas' });
  });

  it('Reply opens a modal; its submission reaches the asker\u2019s thread and the ticket shows who answered', async () => {
    const { event, ticketId, staffTs } = await openTicket('I would like to submit a contribution to the next meeting');
    const click = blockActions({ actionId: 'arcp_staff_reply', value: ticketId, channel: STAFF_CHANNEL, messageTs: staffTs, user: STAFF_USER });
    await postInteraction(h.eventsUrl, click);
    const opened = await h.fake.waitFor('views.open', (a) => a.trigger_id === click.trigger_id);
    expect(opened.args.view.callback_id).toBe('arcp_staff_reply_modal');
    expect(opened.args.view.title.text.length).toBeLessThanOrEqual(24);

    const empty = await postInteraction(h.eventsUrl, viewSubmission({ privateMetadata: opened.args.view.private_metadata, answer: '   ', user: STAFF_USER }));
    expect(await empty.json()).toEqual({ response_action: 'errors', errors: { arcp_answer: 'Write an answer before sending.' } });

    const answer = 'Thank you: please send the contribution to the Technical Secretariat by 15 May.';
    const res = await postInteraction(h.eventsUrl, viewSubmission({ privateMetadata: opened.args.view.private_metadata, answer, user: STAFF_USER }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const delivered = await h.fake.waitFor('chat.postMessage', (a) => String(a.text).includes('by 15 May'));
    expect(delivered.args.channel).toBe('C0GENERAL');
    expect(delivered.args.thread_ts).toBe(event.event.ts);
    expect(delivered.args.text).toContain('Enas, of the Technical Secretariat');
    await sleep(100);
    const last = updatesOf(staffTs).at(-1)!;
    expect(statusOf(last)).toMatch(/Answered by Enas · ✅ delivered/);
    expect(statusOf(last)).toContain('by 15 May');
  });

  it('a staff answer to a question asked at the top of a DM arrives in that question\u2019s thread', async () => {
    const dm = directMessageEvent({ text: 'I need the contact of the Technical Secretariat focal point', channel: 'D0ASKER9', user: 'U0ASKER9' });
    const { ticketId } = await openTicket('', dm);
    await h.running.app.staff.reply(ticketId, 'Karim', 'The focal point is the Department of Refugees, Expatriates and Migration.');
    const delivered = await h.fake.waitFor('chat.postMessage', (a) => String(a.text).includes('Department of Refugees'));
    expect(delivered.args.channel).toBe('D0ASKER9');
    expect(delivered.args.thread_ts).toBe(dm.event.ts);
  });

  it('a question asked in a DM thread is answered in that thread, and so is the staff answer to it', async () => {
    const root = '1700000555.000100';
    const dm = directMessageEvent({ text: 'أود تسجيل وفد بلادي في الاجتماع القادم', channel: 'D0ASKER8', user: 'U0ASKER8', threadTs: root });
    await postEvent(h.eventsUrl, dm);
    const confirmation = await h.fake.waitFor('chat.postMessage', (a) => a.channel === 'D0ASKER8' && /ARCP-\d{5}/.test(String(a.text)));
    expect(confirmation.args.thread_ts).toBe(root);
    const ticketId = /ARCP-\d{5}/.exec(confirmation.args.text)![0];
    await h.running.app.staff.reply(ticketId, 'Karim', 'تم تسجيل وفدكم، وسنوافيكم بجدول الأعمال.');
    const delivered = await h.fake.waitFor('chat.postMessage', (a) => stripBidiMarks(String(a.text)).includes('تم تسجيل وفدكم'));
    expect(delivered.args).toMatchObject({ channel: 'D0ASKER8', thread_ts: root });
  });

  it('Close marks the ticket closed and removes its buttons', async () => {
    const { ticketId, staffTs } = await openTicket('Please register me for the workshop');
    await staffClick('arcp_staff_close', ticketId, staffTs);
    const update = await h.fake.waitFor('chat.update', (a) => a.ts === staffTs);
    expect(statusOf(update)).toContain('Closed');
    expect(update.args.blocks.some((b: any) => b.type === 'actions')).toBe(false);
    expect((await h.running.app.tickets.get(ticketId))?.status).toBe('closed');
  });

  it('refuses ticket actions from outside the staff channel', async () => {
    const { ticketId, staffTs } = await openTicket('Please register me for the training on data');
    await staffClick('arcp_staff_claim', ticketId, staffTs, 'C0GENERAL');
    const note = await h.fake.waitFor('chat.postEphemeral', (a) => a.user === STAFF_USER.id && a.channel === 'C0GENERAL');
    expect(note.args.text).toContain('only taken in the staff channel');
    await sleep(100);
    expect(updatesOf(staffTs)).toHaveLength(0);
    expect((await h.running.app.tickets.get(ticketId))?.status).toBe('open');
  });

  it('tells the staff member when a claim is refused (already claimed by someone else)', async () => {
    const { ticketId, staffTs } = await openTicket('Please register me for the side event');
    await h.running.app.staff.claim(ticketId, 'Karim');
    await staffClick('arcp_staff_claim', ticketId, staffTs);
    const note = await h.fake.waitFor('chat.postEphemeral', (a) => String(a.text).includes('already claimed by Karim'));
    expect(note.args.channel).toBe(STAFF_CHANNEL);
  });

  it('threads an SLA reminder under the ticket message', async () => {
    const { ticketId, staffTs } = await openTicket('Please register me for the regional workshop on labour migration');
    await sleep(500);
    const reminded = await h.running.app.staff.remindOverdue();
    expect(reminded.map((t) => t.id)).toContain(ticketId);
    const reminder = await h.fake.waitFor('chat.postMessage', (a) => a.thread_ts === staffTs && String(a.text).includes(ticketId));
    expect(reminder.args.channel).toBe(STAFF_CHANNEL);
    expect(reminder.args.text).toMatch(/No answer yet after 0 h/);
  });

  it('posts a fresh ticket message when the old one was deleted', async () => {
    const { ticketId, staffTs } = await openTicket('Please register me for the consultation on return');
    h.fake.failNext('chat.update', 'message_not_found');
    await h.running.app.staff.claim(ticketId, 'Karim');
    const fresh = await h.fake.waitFor('chat.postMessage', (a) => a.channel === STAFF_CHANNEL && String(a.text).includes(ticketId) && blockTexts(a.blocks).join(' ').includes('Claimed by Karim'));
    expect(fresh.response!.ts).not.toBe(staffTs);
  });

  it('keeps the ticket → staff message map in SQLite (the channel state store, migration 081)', async () => {
    const db = openDatabase(':memory:');
    const store = new StaffMessages(scopeOf(new SqliteChannelState(db), 'slack'));
    expect(await store.get('ARCP-00001')).toBeUndefined();
    await store.put('ARCP-00001', { channel: STAFF_CHANNEL, ts: '1700000001.000001' });
    await store.put('ARCP-00001', { channel: STAFF_CHANNEL, ts: '1700000009.000009' });
    expect(await store.get('ARCP-00001')).toEqual({ channel: STAFF_CHANNEL, ts: '1700000009.000009' });
    db.close();
  });
});

describe('Slack: a document attached to a staff answer', () => {
  let h: SlackHarness;
  // A retry comes 0.2 s after a refused post, so that a redelivery is seen at once.
  beforeAll(async () => (h = await startSlackHarness({ ARCP_DELIVERY_RETRY_BASE_MS: '200' })));
  afterAll(async () => h?.stop());

  const pdf = pdfWithArabicLines(['جدول الأعمال المؤقت للاجتماع الثالث عشر']);
  const pdfName = 'جدول الأعمال.pdf';

  const request = 'أرجو تسجيل وفد بلادي في الاجتماع القادم وإرسال جدول الأعمال';

  const answerIn = (channel: string, words: string) => h.fake.waitFor('chat.postMessage', (a) => a.channel === channel && stripBidiMarks(String(a.text)).includes(words));
  const uploadCalls = (channel: string) => h.fake.callsOf('files.completeUploadExternal').filter((c) => c.args.channel_id === channel);

  it('uploads the Arabic-named PDF into the asker\u2019s thread, with its name, size and bytes, then posts the answer', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0FILES01', request);
    const result = await h.running.app.staff.reply(ticketId, 'كريم', 'تجدون جدول الأعمال المؤقت مرفقاً.', { attachment: { filename: pdfName, bytes: pdf } });
    expect(result.delivered).toBe(true);
    const answer = await answerIn('D0FILES01', 'تجدون جدول الأعمال المؤقت مرفقاً');
    const shares = h.fake.files.sharedIn('D0FILES01', thread);
    expect(shares).toHaveLength(1);
    expect(shares[0].file).toMatchObject({ filename: pdfName, title: pdfName, length: pdf.length });
    expect(Buffer.compare(shares[0].file.bytes!, pdf)).toBe(0);
    expect(stripBidiMarks(shares[0].initialComment!)).toBe(`📎 الوثيقة الخاصة بالطلب ${ticketId}، ويليها الرد.`);
    // The file first, the answer under it in the same thread; the answer needs no download link then.
    expect(answer.args.thread_ts).toBe(thread);
    expect(Number(answer.response!.ts)).toBeGreaterThan(Number(shares[0].ts));
    expect(blockTexts(answer.args.blocks).join('\n')).not.toContain('/files/');
    expect(h.fake.callsOf('files.getUploadURLExternal').find((c) => c.args.filename === pdfName)?.args.length).toBe(String(pdf.length));
  });

  it.each([
    ['without the files:write scope', 'missing_scope', /files:write scope/, (): void => void h.fake.scopes.delete('files:write'), (): void => void h.fake.scopes.add('files:write')],
    ['when the workspace refuses files of its size', 'file_upload_size_restricted', /refuses files of this size/, (): void => void (h.fake.files.maxBytes = 100), (): void => void (h.fake.files.maxBytes = undefined)],
    ['when the upload URL refuses the bytes (HTTP 500)', 'upload_refused', /upload URL refused the bytes/, (): void => void h.fake.files.uploadFailures.push(500), (): void => undefined],
  ])('%s: the answer links to a signed download instead, and the log says why', async (_case, code, why, refuse, restore) => {
    const channel = { missing_scope: 'D0FILES02', file_upload_size_restricted: 'D0FILES03', upload_refused: 'D0FILES06' }[code]!;
    const { ticketId } = await arabicTicket(h, channel, request);
    refuse();
    try {
      await h.running.app.staff.reply(ticketId, 'كريم', 'تجدون جدول الأعمال المؤقت مرفقاً.', { attachment: { filename: pdfName, bytes: pdf } });
      const answer = await answerIn(channel, 'تجدون جدول الأعمال المؤقت مرفقاً');
      expect(h.fake.files.sharedIn(channel)).toHaveLength(0);
      const line = blockTexts(answer.args.blocks).map(stripBidiMarks).find((t) => t.includes(pdfName))!;
      expect(line).toMatch(/^📎 \*مرفق\*: <http:\/\/[^|>]+\/files\/[^|>]+\|جدول الأعمال\.pdf> \(\d+ KB\)$/);
      const download = await fetch(/<([^|>]+)\|/.exec(line)![1]!.replace(/&amp;/g, '&'));
      expect(download.status).toBe(200);
      expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), pdf)).toBe(0);
      const warning = h.logs.find((l) => l.slackError === code && l.channelId === channel);
      expect(warning?.level).toBe(40);
      expect(warning?.msg).toMatch(why);
      expect(warning?.msg).toContain('links to the document instead');
    } finally {
      restore();
    }
  });

  it('Slack\u2019s answer to the share lost (connection cut): the file is not shared twice, and the answer links to it as well', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0FILES05', request);
    h.fake.dropAnswerNext('files.completeUploadExternal');
    await h.running.app.staff.reply(ticketId, 'كريم', 'تجدون جدول الأعمال المؤقت مرفقاً.', { attachment: { filename: pdfName, bytes: pdf } });
    const answer = await answerIn('D0FILES05', 'تجدون جدول الأعمال المؤقت مرفقاً');
    expect(uploadCalls('D0FILES05')).toHaveLength(1);
    expect(h.fake.files.sharedIn('D0FILES05', thread)).toHaveLength(1);
    expect(blockTexts(answer.args.blocks).map(stripBidiMarks).join('\n')).toMatch(/📎 \*مرفق\*: <http:[^|>]+\/files\/[^|>]+\|جدول الأعمال\.pdf>/);
    expect(h.logs.find((l) => l.slackError === 'unreachable' && l.channelId === 'D0FILES05')?.msg).toMatch(/could not be reached/);
  });

  it('a redelivery (the answer\u2019s post refused after the upload) does not upload the file twice', async () => {
    const { ticketId, thread } = await arabicTicket(h, 'D0FILES04', request);
    h.fake.failNext('chat.postMessage', 'service_unavailable', (a) => a.channel === 'D0FILES04');
    const result = await h.running.app.staff.reply(ticketId, 'كريم', 'تجدون جدول الأعمال المؤقت مرفقاً.', { attachment: { filename: pdfName, bytes: pdf } });
    expect(result.delivered).toBe(false);
    const posts = () => h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0FILES04' && stripBidiMarks(String(c.args.text)).includes('مرفقاً'));
    await expect.poll(() => posts().filter((c) => c.response?.ok).length, { timeout: 10_000 }).toBe(1);
    expect(posts().map((c) => c.response?.ok)).toEqual([false, true]);
    expect(uploadCalls('D0FILES04')).toHaveLength(1);
    expect(h.fake.files.sharedIn('D0FILES04', thread)).toHaveLength(1);
    // The second attempt knows the file is in the thread: the answer carries no link to it either.
    expect(blockTexts(posts()[1].args.blocks).join('\n')).not.toContain('/files/');
    await expect.poll(async () => (await h.running.app.tickets.get(ticketId))?.deliveredAt, { timeout: 5000 }).toBeDefined();
  });
});
