import type { webApi } from '@slack/bolt';
import type { Channel, ConversationRef, OutboundReply, SendOptions } from '../../src/channel/types.js';
import type { Delivery } from '../../src/delivery/types.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { label } from '../../src/replies/labels.js';
import { bidiText } from './bidi.js';
import type { SlackFileUploads, UploadOutcome } from './file-upload.js';
import { laterThread, threadOf, type SlackThread } from './inbound.js';
import { renderReply, type SlackMessage } from './render.js';

export type WebClient = webApi.WebClient;

/** The metadata event our queued messages carry, so that the delivery queue can ask Slack whether one arrived. */
const DELIVERY_EVENT = 'arcp_delivery';

/**
 * How many of the thread's (or DM's) messages since the delivery was queued are looked through for it:
 * Slack's page size for history is 100 at most; a delivery is retried within minutes, long before 50
 * other messages follow it in one thread.
 */
const LOOKUP_LIMIT = 50;

/** Slack's refusals of the lookup that no retry changes: the app cannot read that conversation's history. */
const CANNOT_LOOK = new Set(['missing_scope', 'not_in_channel', 'channel_not_found']);

export interface DeliveryMetadata {
  event_type: typeof DELIVERY_EVENT;
  event_payload: { delivery_id: string };
}

/** The metadata a queued post carries: found in the conversation, it proves the delivery arrived. */
export function deliveryMetadata(deliveryId: string): DeliveryMetadata {
  return { event_type: DELIVERY_EVENT, event_payload: { delivery_id: deliveryId } };
}

/** The Slack error code of a failed Web API call (`not_in_channel`, `channel_not_found`, …), if any. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** How a staff answer's document reaches Slack (uploaded into the thread, else a signed download link), and queued posts are made. */
export interface SlackChannelOptions {
  uploads?: SlackFileUploads;
  link?: (id: string) => string;
  /**
   * A client that does not repeat a call, for queued posts: the WebClient's own retry of a post whose
   * answer was lost would post it twice; the delivery queue retries instead, after looking for it.
   */
  onceClient?: WebClient;
}

/**
 * The Slack side of the channel port: renders a reply as Block Kit and posts it into the stored thread or
 * DM. Everything needed is in the reference (channel + thread_ts), so staff answers arrive days later too.
 */
export class SlackChannel implements Channel {
  readonly name = 'slack' as const;

  private readonly onceClient: WebClient;

  constructor(private readonly client: WebClient, private readonly logger: Logger, private readonly files: SlackChannelOptions = {}) {
    this.onceClient = files.onceClient ?? client;
  }

  async send(ref: ConversationRef, reply: OutboundReply, options: SendOptions = {}): Promise<{ externalId: string }> {
    // A reply in the turn answers at once where the question was asked; one sent later (the delivery
    // queue: staff answers, late notices) goes in the question's thread, also at the top of a DM.
    const thread = options.deliveryId ? laterThread(threadOf(ref)) : threadOf(ref);
    // A document shared in the thread needs no link; one that could not be is linked to (signed, expiring).
    const upload = await this.upload(reply, thread, options.deliveryId);
    const messages = renderReply(reply, { fileUrl: upload?.uploaded ? undefined : this.files.link });
    // The last message carries the delivery id: found in the thread, it proves the whole reply arrived.
    // A reply in the turn is its own delivery, named by its reply id.
    const ts = options.deliveryId
      ? await this.post(thread, messages, deliveryMetadata(options.deliveryId))
      : await this.postInTurn(thread, messages, reply.replyId);
    this.logger.debug({ conversationId: ref.conversationId, kind: reply.kind, ts }, 'Slack reply posted');
    return { externalId: `${thread.channel}:${ts}` };
  }

  /** A staff answer's document, uploaded into the thread before the answer (queued deliveries only: their id keeps it to one upload). */
  private async upload(reply: OutboundReply, thread: SlackThread, deliveryId?: string): Promise<UploadOutcome | undefined> {
    if (reply.kind !== 'staff-answer' || !reply.attachment || !deliveryId || !this.files.uploads) return undefined;
    const comment = bidiText(`📎 ${label(reply.lang, 'attachmentComment', { ticketId: reply.ticketId })}`);
    return this.files.uploads.upload({ deliveryId, thread, attachment: reply.attachment, comment });
  }

  /**
   * Whether an earlier attempt at a delivery reached Slack (its answer lost, or the process stopped during
   * it): its message is looked for in the thread (or the DM) by the delivery id in its metadata, among the
   * latest messages since the delivery was queued. Undefined when the app cannot read that history.
   */
  async confirm(d: Delivery): Promise<{ externalId: string } | false | undefined> {
    const thread = laterThread(threadOf(d.ref!));
    const ts = await this.findDelivery(thread, d);
    return typeof ts === 'string' ? { externalId: `${thread.channel}:${ts}` } : ts;
  }

  /** The ts of the message carrying this delivery in the thread (or at the top of the channel), false if none, undefined if it cannot be read. */
  async findDelivery(thread: SlackThread, d: Pick<Delivery, 'id' | 'createdAt'>): Promise<string | false | undefined> {
    const oldest = String(Math.floor(Date.parse(d.createdAt) / 1000) - 60);
    const args = { channel: thread.channel, oldest, include_all_metadata: true, limit: LOOKUP_LIMIT };
    let messages: { ts?: string; metadata?: unknown }[];
    try {
      const res = thread.threadTs ? await this.onceClient.conversations.replies({ ...args, ts: thread.threadTs }) : await this.onceClient.conversations.history(args);
      messages = res.messages ?? [];
    } catch (err) {
      const code = slackErrorCode(err);
      if (!code || !CANNOT_LOOK.has(code)) throw sendFailed(err, thread.channel);
      this.logger.warn({ deliveryId: d.id, channelId: thread.channel, slackError: code }, `Slack: cannot look in the conversation for an earlier attempt (${code}${code === 'missing_scope' ? ': add the history scopes of adapters/slack/manifest.yaml' : ''}); posting again`);
      return undefined;
    }
    return messages.find((m) => isDeliveryOf(m.metadata, d.id))?.ts ?? false;
  }

  /**
   * A reply only `user` sees, in the thread (or the DM) it answers: what someone thought of an answer is
   * theirs, not the channel's. Its buttons name the thread, as Slack's payload for them carries no message.
   */
  async sendEphemeral(thread: SlackThread, user: string, reply: OutboundReply): Promise<void> {
    for (const m of renderReply(reply, { threadTs: thread.threadTs ?? thread.rootTs })) {
      try {
        await this.client.chat.postEphemeral({
          channel: thread.channel,
          user,
          ...(thread.threadTs ? { thread_ts: thread.threadTs } : {}),
          text: m.text,
          ...(m.blocks.length ? { blocks: m.blocks } : {}),
        });
      } catch (err) {
        throw sendFailed(err, thread.channel);
      }
    }
  }

  /**
   * The answer to a slash command, written into the message that shows the question (`at`), so that one
   * command leaves one message in the channel; a reply too long for one message goes on in its thread.
   */
  async answerInPlace(at: { channel: string; ts: string }, reply: OutboundReply, lead: string): Promise<void> {
    const [first, ...rest] = renderReply(reply, { lead });
    const thread = { channel: at.channel, threadTs: at.ts };
    try {
      await this.client.chat.update({ channel: at.channel, ts: at.ts, text: first.text, blocks: first.blocks });
    } catch (err) {
      // The question was deleted meanwhile (or cannot be edited): the answer is posted under it instead.
      this.logger.warn({ err, channelId: at.channel, slackError: slackErrorCode(err) }, 'Slack command answer not written in place; posted in its thread');
      await this.post(thread, [first]);
    }
    if (rest.length) await this.post(thread, rest);
  }

  /**
   * A reply in the turn, posted once: the turn has no queue behind it, so a post whose answer was lost
   * (Slack not answering; not a refusal) is looked for in the thread once and posted again only if absent.
   */
  private async postInTurn(thread: SlackThread, messages: SlackMessage[], replyId: string | undefined): Promise<string> {
    if (!replyId) return this.post(thread, messages);
    const metadata = deliveryMetadata(`reply:${replyId}`);
    const since = { id: metadata.event_payload.delivery_id, createdAt: new Date().toISOString() };
    try {
      return await this.post(thread, messages, metadata);
    } catch (err) {
      if (slackErrorCode(AppError.is(err) ? err.cause : err)) throw err;
      const found = await this.findDelivery(thread, since).catch(() => undefined);
      if (typeof found === 'string') return found;
      this.logger.warn({ err, channelId: thread.channel }, 'Slack did not answer a reply’s post, and it is not in the thread: posted again');
      return this.post(thread, messages, metadata);
    }
  }

  /** Posts messages in order into a thread (or a DM when there is no thread); returns the first ts. */
  async post(thread: SlackThread, messages: SlackMessage[], lastMetadata?: DeliveryMetadata): Promise<string> {
    let first = '';
    for (const [i, m] of messages.entries()) {
      const ts = await this.postOne(thread, m, i === messages.length - 1 ? lastMetadata : undefined);
      first ||= ts;
    }
    return first;
  }

  /** A queued post (with its delivery's metadata) is made once: the queue retries it after a lookup. */
  async postOne(thread: SlackThread, m: SlackMessage, metadata?: DeliveryMetadata): Promise<string> {
    const client = metadata ? this.onceClient : this.client;
    try {
      const res = await client.chat.postMessage({
        channel: thread.channel,
        ...(thread.threadTs ? { thread_ts: thread.threadTs } : {}),
        text: m.text,
        ...(m.blocks.length ? { blocks: m.blocks } : {}),
        ...(metadata ? { metadata } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      if (!res.ts) throw new Error('chat.postMessage returned no ts');
      return res.ts;
    } catch (err) {
      throw sendFailed(err, thread.channel);
    }
  }
}

/** Whether a message's metadata names this delivery (`delivery` was the key of the first build). */
function isDeliveryOf(metadata: unknown, deliveryId: string): boolean {
  const meta = metadata as { event_type?: unknown; event_payload?: { delivery_id?: unknown; delivery?: unknown } } | undefined;
  if (meta?.event_type !== DELIVERY_EVENT) return false;
  return meta.event_payload?.delivery_id === deliveryId || meta.event_payload?.delivery === deliveryId;
}

export function sendFailed(err: unknown, channel: string): AppError {
  const code = slackErrorCode(err);
  return new AppError('SEND_FAILED', `Slack did not take the message${code ? ` (${code})` : ''}`, { cause: err, details: { channel, slackError: code } });
}
