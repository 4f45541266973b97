import type { ConversationReference } from 'botbuilder';
import type { Channel, ConversationRef, OutboundReply } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import type { BotConnector } from './bot-adapter.js';
import { sendReply } from './reply-cards.js';
import type { TeamsState } from './state.js';

/**
 * Delivers a reply to a Teams conversation at any later time (a staff answer after a restart): the reply
 * handle is the Bot Framework ConversationReference taken from the asker's message, so the answer lands
 * in the same personal chat, group chat or channel thread.
 */
export class TeamsChannel implements Channel {
  readonly name = 'teams' as const;

  /** `fileUrl`: the signed download link of a staff answer's attachment (the card links to it). */
  constructor(private readonly connector: BotConnector, private readonly state: TeamsState, private readonly fileUrl?: (id: string) => string) {}

  async send(ref: ConversationRef, reply: OutboundReply): Promise<{ externalId: string }> {
    if (ref.channel !== 'teams') throw new AppError('BAD_REQUEST', `a ${ref.channel} conversation cannot be reached through Teams`);
    const reference = ref.replyHandle as Partial<ConversationReference>;
    let externalId = '';
    try {
      await this.connector.continueConversation(reference, async (context) => {
        const sent = await sendReply(context, reply, this.state, { fileUrl: this.fileUrl });
        externalId = sent.map((r) => r?.id ?? '').filter(Boolean).pop() ?? '';
      });
    } catch (cause) {
      throw AppError.is(cause) ? cause : new AppError('SEND_FAILED', 'the Teams message could not be delivered', { cause });
    }
    return { externalId };
  }
}
