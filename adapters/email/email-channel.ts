import { createHash, randomUUID } from 'node:crypto';
import type { ChannelHost } from '../../src/channel/host.js';
import type { Channel, ConversationRef, Lang, OutboundReply, SendOptions } from '../../src/channel/types.js';
import { AppError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { composeRaw, type MailAttachment, type Mailbox } from './compose.js';
import type { EmailLedger } from './ledger.js';
import { renderMail, type RenderedMail } from './render.js';
import type { SmtpTransport } from './smtp-transport.js';
import { readReplyHandle } from './threading.js';

export interface EmailChannelDeps {
  ledger: Pick<EmailLedger, 'linkThread'>;
  smtp: Pick<SmtpTransport, 'send'>;
  from: Mailbox;
  /** Queues the copy of a sent message for the Sent folder. */
  keepCopy(messageId: string, raw: Buffer): Promise<unknown>;
  /** Where documents attached to staff answers are read from. */
  files?: Pick<ChannelHost<unknown>['files'], 'read'>;
  logger: Logger;
}

export interface Notification {
  to: string;
  subject: string;
  body: RenderedMail;
  lang: Lang;
  /** One Message-ID per key, whatever retries happen. */
  key: string;
  /** Replies to it are threaded to this conversation (`ticket:ARCP-00012`). */
  conversationId: string;
}

/**
 * The email channel port: a reply becomes a complete message — threaded under the asker's mail, from the
 * secretariat's address — sent over SMTP. Its Message-ID comes from the delivery it belongs to, so every
 * attempt at one delivery sends the same message; the delivery queue makes the attempts.
 */
export class EmailChannel implements Channel {
  readonly name = 'email' as const;

  constructor(private readonly deps: EmailChannelDeps) {}

  async send(ref: ConversationRef, reply: OutboundReply, options: SendOptions = {}): Promise<{ externalId: string }> {
    const handle = readReplyHandle(ref.replyHandle);
    const messageId = this.messageId(options.deliveryId ?? randomUUID());
    const raw = await composeRaw({
      from: this.deps.from,
      to: [{ address: handle.to, name: handle.toName }],
      subject: handle.subject,
      body: renderMail(reply),
      lang: reply.lang,
      messageId,
      inReplyTo: handle.inReplyTo,
      references: handle.references,
      // A person wrote a staff answer; everything else is the assistant answering by itself.
      autoSubmitted: reply.kind === 'staff-answer' ? undefined : 'auto-replied',
      attachments: await this.attachmentsOf(reply),
    });
    await this.transmit({ messageId, conversationId: ref.conversationId, to: handle.to, raw });
    return { externalId: messageId };
  }

  async notify(n: Notification): Promise<string> {
    const messageId = this.messageId(createHash('sha256').update(n.key).digest('hex').slice(0, 32));
    const raw = await composeRaw({
      from: this.deps.from, to: [{ address: n.to }], subject: n.subject, body: n.body, lang: n.lang, messageId, autoSubmitted: 'auto-generated',
    });
    await this.transmit({ messageId, conversationId: n.conversationId, to: n.to, raw });
    return messageId;
  }

  /** A message composed before the outbound queue existed (migration 082): sent as it was composed. */
  async sendComposed(m: { messageId: string; envelopeFrom: string; recipients: string[]; raw: Buffer }): Promise<{ externalId: string }> {
    await this.deps.smtp.send({ from: m.envelopeFrom, to: m.recipients }, m.raw);
    await this.deps.keepCopy(m.messageId, m.raw);
    return { externalId: m.messageId };
  }

  private async transmit(m: { messageId: string; conversationId: string; to: string; raw: Buffer }): Promise<void> {
    // Linked before it is sent: a reply to it, however fast, finds its conversation.
    await this.deps.ledger.linkThread([m.messageId], m.conversationId);
    await this.deps.smtp.send({ from: this.deps.from.address, to: [m.to] }, m.raw);
    this.deps.logger.info({ messageId: m.messageId, conversationId: m.conversationId }, 'mail sent');
    await this.deps.keepCopy(m.messageId, m.raw);
  }

  /** The document staff attached, as a MIME part; a missing one fails the delivery (staff see it as a dead letter). */
  private async attachmentsOf(reply: OutboundReply): Promise<MailAttachment[]> {
    if (reply.kind !== 'staff-answer' || !reply.attachment) return [];
    const file = await this.deps.files?.read(reply.attachment.id);
    if (!file) throw new AppError('NOT_FOUND', `the attached file ${reply.attachment.filename} is no longer kept`);
    return [{ filename: file.filename, content: file.bytes, contentType: file.mediaType }];
  }

  private messageId(local: string): string {
    return `${local}@${this.deps.from.address.slice(this.deps.from.address.lastIndexOf('@') + 1)}`;
  }
}
