import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import type { AttachmentMeta, InboundMessage, Lang } from '../../src/channel/types.js';
import { verbOf } from './cards.js';

/** Longer messages are cut here, as the web chat refuses them: no question needs more. */
export const MAX_TEXT = 4000;
const STAFF_COMMAND = /^arcp\s+staff-channel\s+here[.!]?$/i;
const TICKET_ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The least an activity needs before the SDK may see it: a type, for anything we answer the way back
 * (service URL and conversation), and the parts the SDK or we read without checking (text, entities,
 * attachments, members) in their documented shapes. Checked first so that junk gets 400 rather than a
 * crash inside a turn: `entities: [null]` used to throw in the SDK's removeRecipientMention.
 */
const account = z.object({ id: z.string().min(1) }).passthrough();
/** botbuilder reads `mentioned.id` and `text` of every mention (removeRecipientMention) without checking them. */
const entity = z
  .object({ type: z.string().min(1) })
  .passthrough()
  .refine((e) => e.type.toLowerCase() !== 'mention' || (account.safeParse(e.mentioned).success && typeof e.text === 'string'), 'a mention needs mentioned.id and text');

const envelope = z.object({
  type: z.string().min(1),
  text: z.string().optional(),
  entities: z.array(entity).optional(),
  attachments: z.array(z.object({ contentType: z.string().min(1) }).passthrough()).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  id: z.string().optional(),
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }).passthrough(),
  from: z.object({ id: z.string().min(1) }).passthrough().optional(),
  recipient: z.object({ id: z.string().min(1) }).passthrough().optional(),
});

/** Why a request body is not an activity we can take, or null when it is. */
export function envelopeProblem(body: unknown): string | null {
  const parsed = envelope.safeParse(body);
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

const submitValue = z.discriminatedUnion('arcp', [
  z.object({ arcp: z.literal('feedback'), replyId: z.string().min(1).max(100), helpful: z.boolean(), lang: z.enum(['ar', 'en']).optional() }),
  z.object({ arcp: z.literal('ask-secretariat'), replyId: z.string().max(100).optional(), lang: z.enum(['ar', 'en']).optional() }),
  z.object({
    arcp: z.literal('staff'),
    op: z.enum(['claim', 'reply', 'close', 'reopen', 'refresh']),
    ticketId: z.string().regex(TICKET_ID),
    answer: z.string().max(20_000).optional(),
  }),
]);

export type StaffOp = 'claim' | 'reply' | 'close' | 'reopen' | 'refresh';

/** What a message activity asks of us, decided without side effects. */
export type TeamsInbound =
  | { kind: 'message'; msg: InboundMessage }
  | { kind: 'staff-command' }
  | { kind: 'staff-action'; op: StaffOp; ticketId: string; answer?: string }
  | { kind: 'ignore'; reason: 'from-bot' };

export function classifyMessage(activity: Partial<Activity>): TeamsInbound {
  // Another bot (or an echo of ours) in a group chat: answering it could start a loop.
  if (activity.from?.role === 'bot' || activity.from?.id === activity.recipient?.id) return { kind: 'ignore', reason: 'from-bot' };
  const lang = localeLang(activity.locale);
  if (activity.value !== undefined && activity.value !== null) {
    const parsed = submitValue.safeParse(activity.value);
    // A button we no longer know carries nothing to answer: the core's rule for empty input applies.
    if (!parsed.success) return { kind: 'message', msg: toInboundMessage(activity, '') };
    const v = parsed.data;
    if (v.arcp === 'staff') return { kind: 'staff-action', op: v.op, ticketId: v.ticketId, answer: v.answer };
    const action = v.arcp === 'feedback'
      ? { type: 'feedback' as const, replyId: v.replyId, helpful: v.helpful }
      : { type: 'ask-secretariat' as const, replyId: v.replyId };
    return { kind: 'message', msg: { ...toInboundMessage(activity, ''), action, lang: v.lang ?? lang } };
  }
  const text = messageText(activity);
  if (STAFF_COMMAND.test(text)) return { kind: 'staff-command' };
  return { kind: 'message', msg: toInboundMessage(activity, text) };
}

/** What a Universal Action (`adaptiveCard/action` invoke) asks of us: as its button's submit would, or nothing known. */
export type TeamsInvoke = Exclude<TeamsInbound, { kind: 'ignore' | 'staff-command' }> | { kind: 'unknown'; verb: string };

/**
 * An Action.Execute press is read like the Action.Submit it falls back to: the button's data (with the
 * card's inputs merged in) is the value. Its verb must be the one our buttons carry for that data; a verb
 * or data we do not know (a card of an older version, or not ours) is `unknown`.
 */
export function classifyInvoke(activity: Partial<Activity>, action: { verb?: unknown; data?: unknown }): TeamsInvoke {
  const verb = typeof action.verb === 'string' ? action.verb : '';
  const parsed = submitValue.safeParse(action.data);
  if (!parsed.success || verbOf(parsed.data) !== verb) return { kind: 'unknown', verb };
  const inbound = classifyMessage({ ...activity, type: 'message', text: undefined, value: parsed.data });
  return inbound.kind === 'ignore' || inbound.kind === 'staff-command' ? { kind: 'unknown', verb } : inbound;
}

/**
 * The text a person typed: the bot's own @mention removed (Teams puts `<at>Bot</at>` in the text of
 * channel and group messages), other mentions kept as plain names, entities decoded, spaces collapsed.
 */
export function messageText(activity: Partial<Activity>): string {
  if (typeof activity.text !== 'string') return '';
  // removeRecipientMention edits the activity it is given; work on a copy.
  const copy = { ...activity, text: activity.text } as Activity;
  const stripped = copy.recipient?.id ? TurnContext.removeRecipientMention(copy) ?? '' : copy.text;
  const text = decodeEntities(stripped.replace(/<at[^>]*>(.*?)<\/at>/gi, '$1').replace(/<[^>]+>/g, ' '))
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

/** The Bot Framework reference of this conversation, kept as the reply handle for answers days later. */
export function conversationReference(activity: Partial<Activity>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity)));
}

export function toInboundMessage(activity: Partial<Activity>, text: string): InboundMessage {
  const conversationId = activity.conversation!.id;
  const from = activity.from;
  const unread = unreadAttachments(activity);
  return {
    // Activity ids are unique within a conversation; Teams resends the same id when it retries.
    id: `teams:${conversationId}:${activity.id ?? randomUUID()}`,
    ref: { channel: 'teams', conversationId, replyHandle: conversationReference(activity) },
    origin: 'user',
    sender: { id: from?.aadObjectId ?? from?.id ?? 'unknown', ...(from?.name ? { name: from.name } : {}) },
    text,
    ...(unread.length ? { attachments: unread } : {}),
    receivedAt: receivedAt(activity.timestamp),
  };
}

/**
 * Images, files and cards sent with a message. The bot does not fetch them (`supportsFiles` is off), so
 * they are passed on as unread: with no text beside them the core tells the person so. `text/html` is
 * Teams' formatted copy of the message text itself, not an attachment of the person's.
 */
function unreadAttachments(activity: Partial<Activity>): AttachmentMeta[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType !== 'text/html')
    .map((a) => ({ filename: a.name || a.contentType, contentType: a.contentType, size: 0, unread: true }));
}

function receivedAt(timestamp: unknown): Date {
  const date = timestamp instanceof Date ? timestamp : new Date(typeof timestamp === 'string' ? timestamp : Date.now());
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

export function localeLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** A channel thread id is the channel id plus `;messageid=…`; the channel itself is the part before. */
export function baseConversationId(id: string): string {
  return id.split(';')[0];
}
