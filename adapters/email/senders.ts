import type { DeliverySender } from '../../src/delivery/sender.js';
import type { Delivery } from '../../src/delivery/types.js';
import { replyOf } from '../../src/delivery/channel-registry.js';
import type { EmailChannel } from './email-channel.js';
import type { SentCopies } from './sent-folder.js';
import { isPermanentSmtpError } from './smtp-transport.js';

export const SENT_COPY_SENDER = 'email-sent-copy';

/**
 * Replies to askers by mail. SMTP cannot be asked whether an interrupted send arrived, so a delivery in
 * doubt is held for staff (a dead letter) rather than mailed twice.
 */
export function emailReplySender(channel: EmailChannel): DeliverySender {
  return {
    name: channel.name,
    inDoubt: 'hold',
    isPermanent: isPermanentSmtpError,
    async send(d: Delivery) {
      const p = d.payload as { rawHex?: string; messageId?: string; envelopeFrom?: string; recipients?: string[] };
      if (p.rawHex) return channel.sendComposed({ messageId: p.messageId!, envelopeFrom: p.envelopeFrom!, recipients: p.recipients!, raw: Buffer.from(p.rawHex, 'hex') });
      return channel.send(d.ref!, replyOf(d), { deliveryId: d.id });
    },
  };
}

/** A copy of each sent message in the Sent folder (APPENDed again after a crash: a copy twice is harmless). */
export function sentCopySender(sent: SentCopies): DeliverySender {
  return {
    name: SENT_COPY_SENDER,
    inDoubt: 'resend',
    async send(d: Delivery) {
      await sent.append(Buffer.from(String(d.payload.rawHex), 'hex'));
      return { externalId: String(d.payload.messageId) };
    },
  };
}
