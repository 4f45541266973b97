import type { webApi } from '@slack/bolt';
import type { Channel, ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { threadOf, type SlackThread } from './inbound.js';
import { renderReply, type SlackMessage } from './render.js';

export type WebClient = webApi.WebClient;

/** The Slack error code of a failed Web API call (`not_in_channel`, `channel_not_found`, …), if any. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * The Slack side of the channel port: renders a reply as Block Kit and posts it into the stored thread or
 * DM. Everything needed is in the reference (channel + thread_ts), so staff answers arrive days later too.
 */
export class SlackChannel implements Channel {
  readonly name = 'slack' as const;

  constructor(private readonly client: WebClient, private readonly logger: Logger) {}

  async send(ref: ConversationRef, reply: OutboundReply): Promise<{ externalId: string }> {
    const thread = threadOf(ref);
    const ts = await this.post(thread, renderReply(reply));
    this.logger.debug({ conversationId: ref.conversationId, kind: reply.kind, ts }, 'Slack reply posted');
    return { externalId: `${thread.channel}:${ts}` };
  }

  /** Posts messages in order into a thread (or a DM when there is no thread); returns the first ts. */
  async post(thread: SlackThread, messages: SlackMessage[]): Promise<string> {
    let first = '';
    for (const m of messages) {
      const ts = await this.postOne(thread, m);
      first ||= ts;
    }
    return first;
  }

  async postOne(thread: SlackThread, m: SlackMessage): Promise<string> {
    try {
      const res = await this.client.chat.postMessage({
        channel: thread.channel,
        ...(thread.threadTs ? { thread_ts: thread.threadTs } : {}),
        text: m.text,
        ...(m.blocks.length ? { blocks: m.blocks } : {}),
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

export function sendFailed(err: unknown, channel: string): AppError {
  const code = slackErrorCode(err);
  return new AppError('SEND_FAILED', `Slack did not take the message${code ? ` (${code})` : ''}`, { cause: err, details: { channel, slackError: code } });
}
