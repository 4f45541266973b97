import { z } from 'zod';
import type { AttachmentMeta, ConversationRef, InboundMessage, Lang } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import { plainFromSlack } from './mrkdwn.js';
import type { ReplyButtonValue } from './render.js';
import { ACTIONS } from './render.js';

/**
 * Where a Slack conversation lives: a channel (or DM) and, for a thread, its root message's ts. A message
 * at the top of a DM also names itself (`rootTs`): what is sent later (a staff answer hours on) goes in
 * its thread, where it is read as the answer to that question and not to whatever was said since.
 */
export interface SlackThread {
  channel: string;
  threadTs?: string;
  rootTs?: string;
}

export type InboundResult =
  | { kind: 'message'; msg: InboundMessage; thread: SlackThread }
  | { kind: 'ignored'; reason: 'malformed' | 'own-or-bot' | 'subtype' | 'not-addressed' };

/** A button press, with who pressed it and whether its message was one only they could see. */
export type ReplyActionResult =
  | { kind: 'message'; msg: InboundMessage; thread: SlackThread; user: string; ephemeral: boolean }
  | { kind: 'ignored'; reason: 'malformed' };

export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/** Longest question passed to the core, as for the web chat and Teams; Slack allows 40,000 characters. */
export const MAX_TEXT = 4000;

/**
 * The text of a message as plain text, cut to MAX_TEXT. The raw text is cut first (with room for the
 * markup that plain text drops), so that a huge signed event costs no more than a long question.
 */
export function questionOf(raw: string, botUserId?: string): string {
  return plainFromSlack(raw.slice(0, MAX_TEXT * 2), botUserId).slice(0, MAX_TEXT);
}

/** A direct message with the bot: Slack's ids of DM conversations start with D. */
export function isDirectMessage(channel: string): boolean {
  return channel.startsWith('D');
}

/**
 * The conversation: in a channel, the thread (channel + thread_ts); in a DM, the whole DM, threads
 * included, so that a follow-up in the thread of an earlier answer is read with the question above it.
 */
export function slackRef(thread: SlackThread): ConversationRef {
  const conversationId = thread.threadTs && !isDirectMessage(thread.channel) ? `${thread.channel}:${thread.threadTs}` : thread.channel;
  const replyHandle: Record<string, unknown> = { channel: thread.channel };
  if (thread.threadTs) replyHandle.threadTs = thread.threadTs;
  else if (thread.rootTs) replyHandle.rootTs = thread.rootTs;
  return { channel: 'slack', conversationId, replyHandle };
}

const TS = /^\d+\.\d+$/;
const handleSchema = z.object({ channel: z.string().regex(/^[CDG][A-Z0-9]+$/), threadTs: z.string().regex(TS).optional(), rootTs: z.string().regex(TS).optional() });

/** The thread a stored reference points to (days later, after restarts: it is all in the reference). */
export function threadOf(ref: ConversationRef): SlackThread {
  const parsed = handleSchema.safeParse(ref.replyHandle);
  if (ref.channel !== 'slack' || !parsed.success) {
    throw new AppError('BAD_REQUEST', `not a Slack conversation reference: ${ref.channel}:${ref.conversationId}`);
  }
  return parsed.data;
}

/** Where a message sent later goes: the conversation's thread, else the thread of the question at the top of a DM. */
export function laterThread(thread: SlackThread): SlackThread {
  return { channel: thread.channel, threadTs: thread.threadTs ?? thread.rootTs };
}

const fileSchema = z.object({ name: z.string().optional(), mimetype: z.string().optional(), size: z.number().optional() });
const messageEvent = z.object({
  type: z.enum(['message', 'app_mention']),
  channel: z.string().min(1),
  ts: z.string().min(1),
  user: z.string().optional(),
  bot_id: z.string().optional(),
  app_id: z.string().optional(),
  subtype: z.string().optional(),
  text: z.string().default(''),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  files: z.array(fileSchema).optional(),
});

/** Message subtypes that are a person writing; edits, joins, bot posts and the like are not questions. */
const USER_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/**
 * An `app_mention` (answered in its thread) or a direct message (`message.im`) → the neutral message.
 * The id is channel + ts, which is the same for Slack's retries and for both events of one message.
 */
export function fromMessageEvent(event: unknown, bot: BotIdentity): InboundResult {
  const parsed = messageEvent.safeParse(event);
  if (!parsed.success || !parsed.data.user) return { kind: 'ignored', reason: parsed.success ? 'own-or-bot' : 'malformed' };
  const e = parsed.data;
  if (e.bot_id || (bot.botUserId && e.user === bot.botUserId)) return { kind: 'ignored', reason: 'own-or-bot' };
  if (!USER_SUBTYPES.has(e.subtype)) return { kind: 'ignored', reason: 'subtype' };
  if (e.type === 'message' && e.channel_type !== 'im') return { kind: 'ignored', reason: 'not-addressed' };
  const thread: SlackThread = e.type === 'app_mention' && !isDirectMessage(e.channel) ? { channel: e.channel, threadTs: e.thread_ts ?? e.ts } : { channel: e.channel, threadTs: e.thread_ts, rootTs: e.ts };
  const msg: InboundMessage = {
    id: `slack:${e.channel}:${e.ts}`,
    ref: slackRef(thread),
    origin: 'user',
    sender: { id: `slack:${e.user}` },
    text: questionOf(e.text, bot.botUserId),
    attachments: attachmentsOf(e.files),
    receivedAt: new Date(Number(e.ts) * 1000 || Date.now()),
  };
  return { kind: 'message', msg, thread };
}

function attachmentsOf(files: z.infer<typeof fileSchema>[] | undefined): AttachmentMeta[] | undefined {
  if (!files?.length) return undefined;
  return files.map((f) => ({ filename: f.name ?? 'file', contentType: f.mimetype ?? 'application/octet-stream', size: f.size ?? 0 }));
}

export const commandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  trigger_id: z.string().min(1),
  user_name: z.string().optional(),
});
export type SlashCommand = z.infer<typeof commandSchema>;

/** `/arcp <question>`: the conversation is the thread under the question the bot echoed into `thread`. */
export function fromCommand(command: SlashCommand, thread: SlackThread): InboundMessage {
  return {
    id: `slack:command:${command.trigger_id}`,
    ref: slackRef(thread),
    origin: 'user',
    sender: { id: `slack:${command.user_id}`, name: command.user_name },
    text: questionOf(command.text),
    receivedAt: new Date(),
  };
}

const replyActionBody = z.object({
  user: z.object({ id: z.string().min(1), name: z.string().optional(), username: z.string().optional() }),
  channel: z.object({ id: z.string().min(1) }),
  // Absent when the buttons sit on an ephemeral message: the container names it then.
  message: z.object({ ts: z.string().min(1), thread_ts: z.string().optional() }).optional(),
  container: z.object({ message_ts: z.string().optional(), thread_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});

const buttonValue = z.object({ r: z.string().optional(), l: z.enum(['ar', 'en']), t: z.string().optional() });

/** 👍 / 👎 / "Ask the secretariat" under a reply → a feedback or ask-secretariat message in its thread. */
export function fromReplyAction(body: unknown): ReplyActionResult {
  const parsed = replyActionBody.safeParse(body);
  if (!parsed.success) return { kind: 'ignored', reason: 'malformed' };
  const b = parsed.data;
  const action = b.actions[0];
  let value: ReplyButtonValue;
  try {
    value = buttonValue.parse(JSON.parse(action.value ?? ''));
  } catch {
    return { kind: 'ignored', reason: 'malformed' };
  }
  const messageTs = b.message?.ts ?? b.container?.message_ts;
  if (!messageTs) return { kind: 'ignored', reason: 'malformed' };
  // A top-level message in a channel (the answer to /arcp) is the root of its conversation's thread.
  const threadTs = b.message?.thread_ts ?? b.container?.thread_ts ?? value.t ?? (isDirectMessage(b.channel.id) ? undefined : messageTs);
  const ephemeral = b.container?.is_ephemeral === true || !b.message;
  // An ephemeral message cannot hold a thread: its buttons name the one it belongs to.
  const thread: SlackThread = { channel: b.channel.id, threadTs, ...(ephemeral ? {} : { rootTs: messageTs }) };
  const msg: InboundMessage = {
    // One choice per person, button and reply: a double click is the same message.
    id: `slack:action:${b.channel.id}:${messageTs}:${action.action_id}:${b.user.id}`,
    ref: slackRef(thread),
    origin: 'user',
    sender: { id: `slack:${b.user.id}`, name: b.user.name ?? b.user.username },
    text: '',
    lang: value.l,
    action: actionOf(action.action_id, value),
    receivedAt: new Date(),
  };
  if (!msg.action) return { kind: 'ignored', reason: 'malformed' };
  return { kind: 'message', msg, thread, user: b.user.id, ephemeral };
}

function actionOf(actionId: string, value: ReplyButtonValue): InboundMessage['action'] {
  if (actionId === ACTIONS.askSecretariat) return { type: 'ask-secretariat', replyId: value.r };
  if (!value.r) return undefined;
  if (actionId === ACTIONS.helpful) return { type: 'feedback', replyId: value.r, helpful: true };
  if (actionId === ACTIONS.notHelpful) return { type: 'feedback', replyId: value.r, helpful: false };
  return undefined;
}

export function langOfValue(value: string | undefined): Lang | undefined {
  try {
    return buttonValue.parse(JSON.parse(value ?? '')).l;
  } catch {
    return undefined;
  }
}
