import type { OutboundReply } from '../channel/types.js';
import type { ConversationLog } from '../core/conversation-log.js';
import type { Deliveries } from './deliveries.js';

/**
 * Whatever reaches an asker joins their transcript (idempotent on the reply id): the console shows it,
 * and for the web chat, which keeps no socket, the transcript is how a staff answer arrives at all.
 */
export function keepDeliveredInTranscript(deliveries: Pick<Deliveries, 'afterSent'>, conversations: Pick<ConversationLog, 'recordOutbound'>): void {
  deliveries.afterSent(async (d) => {
    if (d.ref && d.payload.reply) await conversations.recordOutbound(d.ref, d.payload.reply as OutboundReply);
  });
}
