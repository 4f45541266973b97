import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isolateLtrRuns, rtlLine, stripBidiMarks } from '../../adapters/slack/bidi.js';
import { fromMessageEvent, fromReplyAction, slackRef, threadOf } from '../../adapters/slack/inbound.js';
import { plainFromSlack } from '../../adapters/slack/mrkdwn.js';
import { splitText } from '../../src/channel/split-text.js';
import { payloadKind } from '../../adapters/slack/receiver.js';
import { LIMITS, markChoice, renderReply } from '../../adapters/slack/render.js';
import type { Citation, OutboundReply } from '../../src/channel/types.js';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { FAKE_TEAM } from '../fixtures/slack/fake-slack-api.js';
import { blockActions, directMessageEvent, mentionEvent } from '../fixtures/slack/payloads.js';

/**
 * The pure halves of the Slack adapter (no sockets): Slack payloads → neutral messages, replies → Block Kit.
 * Kept next to the Slack integration tests because they use the same recorded payloads.
 */
const bot = { botUserId: FAKE_TEAM.botUserId, botId: FAKE_TEAM.botId };

const citation = (n: number, over: Partial<Citation> = {}): Citation => ({
  n, documentId: `doc-${n}`, passageId: `doc-${n}#1`, title: `Final statement ${n}`, date: '2016-08', url: `https://www.lasportal.org/ar/Pages/Details.aspx?RID=${n}&SID=6`, quote: 'q', lang: 'en', ...over,
});

const answer = (text: string, citations: Citation[] = [citation(1)], lang: 'ar' | 'en' = 'en'): OutboundReply => ({ kind: 'answer', lang, text, citations, confidence: 0.8, replyId: 'reply-1' });

const sectionTexts = (reply: OutboundReply) => renderReply(reply).flatMap((m) => m.blocks.filter((b) => b.type === 'section').map((b: any) => b.text.text as string));

describe('Slack replies as Block Kit', () => {
  it('escapes &, < and > and turns **bold** into mrkdwn bold', () => {
    const [text] = sectionTexts(answer('**Cairo & Beirut — 2017**\n«Migrants <and> refugees» [1]'));
    expect(text).toBe('*Cairo &amp; Beirut — 2017*\n«Migrants &lt;and&gt; refugees» [1]');
  });

  it('lists sources with linked titles and dates, ten per context block, escaping titles and skipping unsafe links', () => {
    const cites = Array.from({ length: 23 }, (_, i) => citation(i + 1));
    cites[1] = citation(2, { title: 'A | B > C', url: 'javascript:alert(1)' });
    const [message] = renderReply(answer('text [1]', cites));
    const contexts = message.blocks.filter((b) => b.type === 'context') as any[];
    expect(contexts.map((c) => c.elements.length)).toEqual([1, 10, 10, 3]);
    expect(contexts[1].elements[0].text).toBe('[1] <https://www.lasportal.org/ar/Pages/Details.aspx?RID=1&amp;SID=6|Final statement 1> · 2016-08 · _summary of public reporting, not an official text_');
    expect(contexts[1].elements[1].text).toBe('[2] A ¦ B &gt; C · 2016-08 · _summary of public reporting, not an official text_');
  });

  it('lays an Arabic source out right to left, with its link intact', () => {
    const [message] = renderReply(answer('نص [1]', [citation(1, { title: 'البيان الختامي 2016', lang: 'ar', date: '2016-08' })], 'ar'));
    const line = (message.blocks.filter((b) => b.type === 'context')[1] as any).elements[0].text as string;
    expect(line).toBe('\u200F\u2067[\u20681\u2069] <https://www.lasportal.org/ar/Pages/Details.aspx?RID=1&amp;SID=6|البيان الختامي \u20682016\u2069> · \u20682016-08\u2069 · _ملخص لما نشرته المصادر العامة، وليس نصاً رسمياً_\u2069');
  });

  it('puts 👍 / 👎 / Ask the secretariat under an answer, with labels in the reply\u2019s language and a small value', () => {
    for (const [lang, ask] of [['en', 'Ask the secretariat'], ['ar', 'اسأل الأمانة الفنية']] as const) {
      const messages = renderReply(answer('نص', [citation(1)], lang));
      const actions = messages.at(-1)!.blocks.at(-1) as any;
      expect(actions.elements.map((e: any) => e.text.text)).toEqual(['👍', '👎', ask]);
      expect(JSON.parse(actions.elements[0].value)).toEqual({ r: 'reply-1', l: lang });
    }
  });

  it('offers only "Ask the secretariat" when there is no established position, and nothing after a ticket', () => {
    const offer = renderReply({ kind: 'no-position', lang: 'en', text: 'No position.', offerTicket: true, replyId: 'r' });
    expect((offer[0].blocks.at(-1) as any).elements.map((e: any) => e.action_id)).toEqual(['arcp_ask_secretariat']);
    const withTicket = renderReply({ kind: 'no-position', lang: 'en', text: 'Passed on as ARCP-00001.', offerTicket: true, ticketId: 'ARCP-00001' });
    const staff = renderReply({ kind: 'staff-answer', lang: 'en', text: 'Enas replies.', ticketId: 'ARCP-00001', staffName: 'Enas' });
    for (const m of [withTicket, staff]) expect(m[0].blocks.every((b) => b.type !== 'actions')).toBe(true);
  });

  it('splits a long answer at Slack\u2019s limits without losing a word, buttons on the last message only', () => {
    const paragraph = (i: number) => `«${'The Arab States reaffirm the principle of voluntary return in safety and dignity. '.repeat(30)}» [${i}]`;
    const text = Array.from({ length: 70 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const messages = renderReply(answer(text, Array.from({ length: 70 }, (_, i) => citation(i + 1))));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
      for (const b of m.blocks as any[]) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(m.blocks.filter((b: any) => b.type === 'section').reduce((n, b: any) => n + b.text.text.length, 0)).toBeLessThanOrEqual(LIMITS.messageChars);
    }
    expect(messages.slice(0, -1).every((m) => m.blocks.every((b) => b.type !== 'actions'))).toBe(true);
    expect(messages.at(-1)!.blocks.at(-1)!.type).toBe('actions');
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const shown = messages.flatMap((m) => m.blocks.filter((b) => b.type === 'section').map((b: any) => b.text.text)).join(' ');
    expect(words(shown)).toEqual(words(text));
  });

  it('cuts one very long line at a word boundary and never inside a surrogate pair', () => {
    const parts = splitText('كلمة '.repeat(1000), { max: 2400, measure: 'chars' });
    expect(parts.every((p) => p.length <= 2400 && !p.endsWith('كلم'))).toBe(true);
    const emoji = splitText('🙂'.repeat(3000), { max: 2401, measure: 'chars' });
    expect(emoji.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(emoji.join('')).toBe('🙂'.repeat(3000));
  });

  it('lays Arabic lines out right to left and isolates their Latin and digit runs; English lines stay as they are', () => {
    const line = '**الاجتماع الثالث (القاهرة، 8–9 مايو 2017) — 3rd regular meeting، 2017-05-08**';
    const [arabic, english] = sectionTexts(answer(`${line}\n\n**3rd regular meeting of the ARCP — 2017-05-08**`, [], 'ar'))[0].split('\n\n');
    expect(arabic).toBe('*\u200F\u2067الاجتماع الثالث (القاهرة، \u20688–9\u2069 مايو \u20682017\u2069) — \u20683rd regular meeting\u2069، \u20682017-05-08\u2069\u2069*');
    expect(english).toBe('*3rd regular meeting of the ARCP — 2017-05-08*');
    expect(stripBidiMarks(arabic)).toBe('*الاجتماع الثالث (القاهرة، 8–9 مايو 2017) — 3rd regular meeting، 2017-05-08*');
  });

  it('keeps bracket pairs inside one isolate', () => {
    expect(isolateLtrRuns('اجتماع (July 2017)، 2017-07')).toBe('اجتماع (\u2068July 2017\u2069)، \u20682017-07\u2069');
    expect(isolateLtrRuns('— Extraordinary meeting on the GCR (July 2017)، 2017-07')).toBe('— \u2068Extraordinary meeting on the GCR (July 2017)\u2069، \u20682017-07\u2069');
    expect(rtlLine('   ')).toBe('   ');
  });

  it('replaces the buttons with the choice made', () => {
    const [m] = renderReply(answer('text'));
    const after = markChoice(m.blocks, '👍', 'ar') as any[];
    expect(after.some((b) => b.type === 'actions')).toBe(false);
    expect(after.at(-1).elements[0].text).toBe('اخترتم: 👍');
  });
});

describe('Slack payloads as neutral messages', () => {
  it('a mention: mention stripped, answered in a thread rooted at the message, id = channel + ts', () => {
    const e = mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> ما موقف <#C0ABC|general> من <https://www.iom.int|IOM> &amp; UNHCR؟`, ts: '1700000100.000200' });
    const r = fromMessageEvent(e.event, bot);
    if (r.kind !== 'message') throw new Error(r.reason);
    expect(r.msg.text).toBe('ما موقف #general من IOM (https://www.iom.int) & UNHCR؟');
    expect(r.msg.id).toBe('slack:C0GENERAL:1700000100.000200');
    expect(r.msg.ref).toEqual({ channel: 'slack', conversationId: 'C0GENERAL:1700000100.000200', replyHandle: { channel: 'C0GENERAL', threadTs: '1700000100.000200' } });
  });

  it('a mention inside a thread continues that thread\u2019s conversation', () => {
    const r = fromMessageEvent(mentionEvent({ text: `<@${FAKE_TEAM.botUserId}> and 2019?`, threadTs: '1700000000.000001' }).event, bot);
    expect(r.kind === 'message' && r.msg.ref.conversationId).toBe('C0GENERAL:1700000000.000001');
  });

  it('a DM is one running conversation, threads included; a message at its top names itself for later replies', () => {
    const event = directMessageEvent({ text: 'Hello' }).event;
    const r = fromMessageEvent(event, bot);
    expect(r.kind === 'message' && r.msg.ref).toEqual({ channel: 'slack', conversationId: 'D0ASKER2', replyHandle: { channel: 'D0ASKER2', rootTs: event.ts } });
    const inThread = fromMessageEvent(directMessageEvent({ text: 'and in 2019?', threadTs: event.ts }).event, bot);
    expect(inThread.kind === 'message' && inThread.msg.ref).toEqual({ channel: 'slack', conversationId: 'D0ASKER2', replyHandle: { channel: 'D0ASKER2', threadTs: event.ts } });
  });

  it('ignores the bot itself, other bots, edits, channel chatter and malformed events', () => {
    expect(fromMessageEvent(directMessageEvent({ text: 'x', user: FAKE_TEAM.botUserId }).event, bot)).toEqual({ kind: 'ignored', reason: 'own-or-bot' });
    expect(fromMessageEvent(directMessageEvent({ text: 'x', extra: { bot_id: 'B1' } }).event, bot)).toEqual({ kind: 'ignored', reason: 'own-or-bot' });
    expect(fromMessageEvent(directMessageEvent({ text: 'x', extra: { subtype: 'message_changed' } }).event, bot)).toEqual({ kind: 'ignored', reason: 'subtype' });
    expect(fromMessageEvent(directMessageEvent({ text: 'x', extra: { channel_type: 'channel' } }).event, bot)).toEqual({ kind: 'ignored', reason: 'not-addressed' });
    expect(fromMessageEvent({ type: 'app_mention', text: 'x' }, bot)).toEqual({ kind: 'ignored', reason: 'malformed' });
  });

  it('a button press: feedback on the reply it was under, in that reply\u2019s thread and language', () => {
    const body = blockActions({ actionId: 'arcp_feedback_down', value: JSON.stringify({ r: 'reply-9', l: 'ar' }), channel: 'C0GENERAL', messageTs: '1700000101.000001', threadTs: '1700000100.000200' });
    const r = fromReplyAction(body);
    if (r.kind !== 'message') throw new Error(r.reason);
    expect(r.msg).toMatchObject({ lang: 'ar', action: { type: 'feedback', replyId: 'reply-9', helpful: false }, ref: { conversationId: 'C0GENERAL:1700000100.000200' } });
    expect(fromReplyAction({ ...body, actions: [{ action_id: 'arcp_feedback_up', value: 'not json' }] }).kind).toBe('ignored');
  });

  it('a reference carries everything needed to reply later, and a foreign one is refused', () => {
    const ref = JSON.parse(JSON.stringify(slackRef({ channel: 'C0GENERAL', threadTs: '1700000100.000200' })));
    expect(threadOf(ref)).toEqual({ channel: 'C0GENERAL', threadTs: '1700000100.000200' });
    expect(() => threadOf({ channel: 'slack', conversationId: 'x', replyHandle: { channel: 'not a channel' } })).toThrow(AppError);
  });

  it('turns Slack markup in user text into plain text', () => {
    expect(plainFromSlack('<!here> see <https://arcp.example|the page> or <mailto:a@b.org|a@b.org> &lt;3', 'U1')).toBe('@here see the page (https://arcp.example) or a@b.org <3');
  });

  it('tells Slack payloads from anything else', () => {
    expect(payloadKind({ type: 'event_callback', event: { type: 'app_mention' } })).toBe('event');
    expect(payloadKind({ command: '/arcp', trigger_id: 't' })).toBe('command');
    expect(payloadKind({ type: 'block_actions', actions: [{}] })).toBe('block_actions');
    expect(payloadKind({ type: 'view_submission', view: {} })).toBe('view');
    expect(payloadKind({ type: 'shortcut' })).toBe('other-interactive');
    for (const bad of [null, [], 'x', {}, { type: 'event_callback' }, { type: 'block_actions', actions: [] }, { command: '/arcp' }]) expect(payloadKind(bad)).toBeUndefined();
  });
});

describe('the Slack app manifest', () => {
  const manifest = parseYaml(readFileSync(join(import.meta.dirname, '..', '..', 'adapters', 'slack', 'manifest.yaml'), 'utf8'));

  it('subscribes to what the app listens for and sends everything to /slack/events', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, manifest.features.slash_commands[0].url];
    expect(urls.every((u: string) => u.endsWith('/slack/events'))).toBe(true);
    expect(manifest.features.slash_commands[0].command).toBe(loadConfig({}).slack.command);
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:write', 'groups:history', 'im:history', 'im:write', 'mpim:history', 'users:read']));
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });
});
