import type { App } from '@slack/bolt';
import type { InboundMessage } from '../../src/channel/types.js';
import type { TurnGateway } from '../../src/core/turn-gateway.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { bidiText } from './bidi.js';
import { commandSchema, fromCommand, fromMessageEvent, fromReplyAction, isDirectMessage, langOfValue, questionOf, type BotIdentity, type SlackThread, type SlashCommand } from './inbound.js';
import { label } from '../../src/replies/labels.js';
import { toMrkdwn } from './mrkdwn.js';
import { ACTIONS, markChoice } from './render.js';
import type { SlackChannel, WebClient } from './slack-channel.js';

export interface UserHandlerDeps {
  turns: Pick<TurnGateway, 'handle'>;
  channel: SlackChannel;
  logger: Logger;
  client: WebClient;
  identity: BotIdentity;
  command: string;
}

/** Where /arcp cannot post (the bot is not in that channel), the conversation moves to a DM with the asker. */
const MOVE_TO_DM = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** Mentions, DMs, /arcp and the buttons under replies: each is acknowledged first, answered after. */
export function registerUserHandlers(app: App, deps: UserHandlerDeps): void {
  const onMessage = async ({ event }: { event: unknown }) => onMessageEvent(deps, event);
  app.event('app_mention', onMessage);
  app.event('message', onMessage);
  app.command(deps.command, async ({ ack, command }) => {
    await ack();
    await onCommand(deps, command);
  });
  for (const actionId of Object.values(ACTIONS)) {
    app.action(actionId, async ({ ack, body }) => {
      await ack();
      await onReplyAction(deps, body);
    });
  }
}

async function onMessageEvent(deps: UserHandlerDeps, event: unknown): Promise<void> {
  const result = fromMessageEvent(event, deps.identity);
  if (result.kind === 'ignored') {
    const level = result.reason === 'malformed' ? 'warn' : 'debug';
    deps.logger[level]({ reason: result.reason }, 'Slack event ignored');
    return;
  }
  await runTurn(deps, result.msg);
}

async function onCommand(deps: UserHandlerDeps, raw: unknown): Promise<void> {
  const parsed = commandSchema.safeParse(raw);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.length }, 'Slack slash command malformed');
    return;
  }
  const lead = `<@${parsed.data.user_id}>: ${toMrkdwn(bidiText(questionOf(parsed.data.text) || parsed.data.command))}`;
  const thread = await echoQuestion(deps, parsed.data, lead);
  if (!thread?.threadTs) return;
  const at = { channel: thread.channel, ts: thread.threadTs };
  // One command, one message: the answer is written into the message showing the question.
  await deps.turns.handle(fromCommand(parsed.data, thread), { deliver: (reply) => deps.channel.answerInPlace(at, reply, lead) });
}

/**
 * A slash command leaves no message of its own, so the question is posted first (everyone in the channel
 * sees what was asked) and the answer replaces it in place; the conversation is the thread under it, where
 * follow-ups and a staff answer days later go.
 */
async function echoQuestion(deps: UserHandlerDeps, command: SlashCommand, text: string): Promise<SlackThread | undefined> {
  try {
    const ts = await deps.channel.postOne({ channel: command.channel_id }, { text, blocks: [] });
    return { channel: command.channel_id, threadTs: ts };
  } catch (err) {
    const code = AppError.is(err) ? (err.details?.slackError as string | undefined) : undefined;
    if (!code || !MOVE_TO_DM.has(code)) {
      deps.logger.error({ err, channelId: command.channel_id }, 'Slack slash command: question not posted');
      return undefined;
    }
    const dm = await deps.client.conversations.open({ users: command.user_id });
    if (!dm.channel?.id) throw new AppError('SEND_FAILED', 'Slack opened no DM channel');
    const ts = await deps.channel.postOne({ channel: dm.channel.id }, { text, blocks: [] });
    deps.logger.info({ channelId: command.channel_id, slackError: code }, 'Slack slash command moved to a DM');
    return { channel: dm.channel.id, threadTs: ts };
  }
}

/**
 * One Slack turn, after Slack was acknowledged: the core answers (once, whatever Slack retries), and the
 * reply is posted in the asker's thread.
 */
async function runTurn(deps: UserHandlerDeps, msg: InboundMessage): Promise<void> {
  await deps.turns.handle(msg, { deliver: (reply) => deps.channel.send(msg.ref, reply) });
}

async function onReplyAction(deps: UserHandlerDeps, body: unknown): Promise<void> {
  const result = fromReplyAction(body);
  if (result.kind === 'ignored') {
    deps.logger.warn({ reason: result.reason }, 'Slack button payload ignored');
    return;
  }
  const { msg, thread, user } = result;
  if (msg.action?.type !== 'feedback') {
    if (!result.ephemeral) await showChoice(deps, body, undefined);
    await runTurn(deps, msg);
    return;
  }
  // What one person thought of an answer is theirs: the reply to it is shown to them alone, and the
  // answer's buttons are marked with the choice only where nobody else reads it (their DM).
  if (isDirectMessage(thread.channel)) await showChoice(deps, body, msg.action.helpful ? '👍' : '👎');
  await deps.turns.handle(msg, { deliver: (reply) => deps.channel.sendEphemeral(thread, user, reply) });
}

/** Replaces the buttons under the reply with the choice made, so that a reply is judged once. */
async function showChoice(deps: UserHandlerDeps, body: unknown, emoji: string | undefined): Promise<void> {
  const b = body as { channel?: { id?: string }; message?: { ts?: string; text?: string; blocks?: unknown[] }; actions?: { value?: string }[] };
  if (!b.channel?.id || !b.message?.ts || !Array.isArray(b.message.blocks)) return;
  const lang = langOfValue(b.actions?.[0]?.value) ?? 'en';
  const choice = emoji ?? label(lang, 'askSecretariat');
  try {
    await deps.client.chat.update({
      channel: b.channel.id,
      ts: b.message.ts,
      text: b.message.text ?? '',
      blocks: markChoice(b.message.blocks as Parameters<typeof markChoice>[0], choice, lang),
    });
  } catch (err) {
    deps.logger.warn({ err, channelId: b.channel.id }, 'Slack reply buttons not updated');
  }
}
